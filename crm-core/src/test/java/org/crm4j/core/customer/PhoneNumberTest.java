package org.crm4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class PhoneNumberTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "030 1234567          | DE | +49301234567",
        "030/123 45 67        | DE | +49301234567",
        "+49 (0)30 1234567    | DE | +49301234567",
        "0049 30 1234567      | FR | +49301234567",
        "(415) 555-2671       | US | +14155552671",
        "1-415-555-2671       | US | +14155552671",
        "415.555.2671         | CA | +14155552671",
        "011 44 20 7946 0958  | US | +442079460958",
        "020 7946 0958        | GB | +442079460958",
        "06 12 34 56 78       | FR | +33612345678",
        "06 1234 5678         | IT | +390612345678",
        "612 34 56 78         | ES | +34612345678",
        "0412 345 678         | AU | +61412345678",
        "+1 415 555 2671      | DE | +14155552671",
    })
    void parse_commonFormats_normaliseToE164(String raw, PhoneRegion region, String e164) {
        assertEquals(new PhoneNumber(e164), PhoneNumber.parse(raw, region));
    }

    @Test
    void parse_nationalNumberWithoutRegion_isRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> PhoneNumber.parse("030 1234567", null));

        assertEquals("phone", e.field());
        assertEquals("must be international (+ or 00) when no default region is given", e.rule());
    }

    @Test
    void parse_internationalNumberWithoutRegion_isAccepted() {
        assertEquals("+493012345678", PhoneNumber.parse("+49 30 12345678", null).value());
    }

    @Test
    void parse_nanpNumberOfNineDigits_isRefused() {
        assertEquals("must have 10 digits in NANP regions",
                assertThrows(ValidationException.class, () -> PhoneNumber.parse("415 555 267", PhoneRegion.US)).rule());
    }

    @Test
    void parse_moreThanFifteenDigits_isRefused() {
        assertEquals("must be in E.164 form (+ and 8 to 15 digits)", assertThrows(ValidationException.class,
                () -> PhoneNumber.parse("+49 1234 5678 9012 34", null)).rule());
    }

    @Test
    void parse_blank_isRefused() {
        assertEquals("must not be blank",
                assertThrows(ValidationException.class, () -> PhoneNumber.parse("  ", PhoneRegion.DE)).rule());
    }

    @Test
    void new_numberWithSeparators_isNotE164() {
        assertEquals("phone", assertThrows(ValidationException.class, () -> new PhoneNumber("+49 30 1234")).field());
    }

    @Test
    void parse_e164Number_isItself() {
        qt().withFixedSeed(20260302L).withExamples(1000)
                .forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(7, 14),
                        Generate.enumValues(PhoneRegion.class))
                .checkAssert((rest, region) -> {
                    String e164 = "+" + (1 + Math.floorMod(rest.hashCode(), 9)) + rest;

                    assertEquals(e164, PhoneNumber.parse(e164, region).value());
                });
    }

    @Test
    void parse_separatorsBetweenDigits_doNotChangeTheNumber() {
        qt().withFixedSeed(20260302L).withExamples(300)
                .forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(6, 9),
                        lists().of(Generate.pick(List.of("", " ", "-", ".", "/"))).ofSize(9))
                .checkAssert((subscriber, separators) -> {
                    StringBuilder written = new StringBuilder("030");
                    for (int i = 0; i < subscriber.length(); i++) {
                        written.append(separators.get(i)).append(subscriber.charAt(i));
                    }

                    assertEquals("+4930" + subscriber, PhoneNumber.parse(written.toString(), PhoneRegion.DE).value());
                });
    }
}
