package org.crm4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void of_mixedCaseWithBlanks_isTrimmedLowerCase() {
        assertEquals("ada.lovelace+crm@example.co.uk", EmailAddress.of("  Ada.Lovelace+CRM@Example.CO.uk ").value());
    }

    @Test
    void of_sameAddressInOtherCase_isEqual() {
        assertEquals(EmailAddress.of("ADA@EXAMPLE.ORG"), EmailAddress.of("ada@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.org", "ada@example", "ada@@example.org", ".ada@example.org",
        "ada.@example.org", "a..b@example.org", "ada@-example.org", "ada lovelace@example.org", "ada@example.o rg"})
    void of_malformedAddress_isRefused(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> EmailAddress.of(text));

        assertEquals("email", e.field());
        assertEquals("must be a valid e-mail address", e.rule());
    }

    @Test
    void of_blank_isRefused() {
        assertEquals("must not be blank", assertThrows(ValidationException.class, () -> EmailAddress.of(" ")).rule());
    }

    @Test
    void of_longerThan254Characters_isRefused() {
        String local = "a".repeat(60);
        String domain = ("b".repeat(60) + ".").repeat(4) + "org";

        assertEquals("must be at most 254 characters",
                assertThrows(ValidationException.class, () -> EmailAddress.of(local + "@" + domain)).rule());
    }
}
