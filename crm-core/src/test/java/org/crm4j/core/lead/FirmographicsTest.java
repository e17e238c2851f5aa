package org.crm4j.core.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.crm4j.core.CountryCode;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** {@link CompanySize}, {@link IndustryCode} and {@link CountryCode}: what a lead says about its company. */
class FirmographicsTest {

    private static void assertRefused(String field, String rule, Runnable action) {
        ValidationException e = assertThrows(ValidationException.class, action::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }

    @Test
    void companySize_ofEmployees_bandEdges() {
        assertEquals(CompanySize.MICRO, CompanySize.ofEmployees(1));
        assertEquals(CompanySize.MICRO, CompanySize.ofEmployees(9));
        assertEquals(CompanySize.SMALL, CompanySize.ofEmployees(10));
        assertEquals(CompanySize.SMALL, CompanySize.ofEmployees(49));
        assertEquals(CompanySize.MEDIUM, CompanySize.ofEmployees(50));
        assertEquals(CompanySize.MEDIUM, CompanySize.ofEmployees(249));
        assertEquals(CompanySize.LARGE, CompanySize.ofEmployees(250));
        assertEquals(CompanySize.LARGE, CompanySize.ofEmployees(999));
        assertEquals(CompanySize.ENTERPRISE, CompanySize.ofEmployees(1_000));
        assertEquals(CompanySize.ENTERPRISE, CompanySize.ofEmployees(Integer.MAX_VALUE));
        for (CompanySize size : CompanySize.values()) {
            assertEquals(size, CompanySize.ofEmployees(size.minEmployees()));
            assertEquals(size, CompanySize.ofEmployees(size.maxEmployees()));
        }
    }

    @Test
    void companySize_ofNoEmployees_isRefused() {
        assertRefused("employees", CompanySize.POSITIVE, () -> CompanySize.ofEmployees(0));
        assertRefused("employees", CompanySize.POSITIVE, () -> CompanySize.ofEmployees(-5));
    }

    @Test
    void industryCode_isStrippedAndUpperCased() {
        assertEquals("J62.01", IndustryCode.of(" j62.01\t").value());
        assertEquals("RETAIL/FOOD-ONLINE_EU", IndustryCode.of("Retail/Food-Online_EU").value());
        assertEquals(IndustryCode.of("software"), IndustryCode.of("SOFTWARE"));
        assertEquals("X".repeat(IndustryCode.MAX_LENGTH), IndustryCode.of("x".repeat(IndustryCode.MAX_LENGTH)).value());
    }

    @Test
    void industryCode_malformed_isRefused() {
        for (String bad : List.of("", "  ", "-J62", ".A", "J 62", "Software & IT", "Ä", "x".repeat(41))) {
            assertRefused("industry", IndustryCode.RULE, () -> IndustryCode.of(bad));
        }
        assertRefused("industry", "must not be null", () -> IndustryCode.of(null));
    }

    @Test
    void countryCode_assignedCodes_anyCase() {
        assertEquals("DE", CountryCode.of("de").value());
        assertEquals("GB", CountryCode.of(" Gb ").value());
        assertEquals(CountryCode.of("us"), CountryCode.of("US"));
        assertEquals("BR", CountryCode.of("BR").toString());
    }

    @Test
    void countryCode_notAnAssignedAlpha2Code_isRefused() {
        // UK is exceptionally reserved (GB is assigned), XK and ZZ are user-assigned, DEU is alpha-3, 276 numeric
        for (String bad : List.of("UK", "XK", "ZZ", "DEU", "D", "", "276", "E1")) {
            assertRefused("country", CountryCode.RULE, () -> CountryCode.of(bad));
        }
        assertRefused("country", "must not be null", () -> CountryCode.of(null));
    }
}
