package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.Test;

/** Rejected values are cut in messages, so a huge input never makes a huge message or log line. */
class ExceptionMessagesTest {

    @Test
    void validation_hugeRejectedValue_isCutAfterOneHundredCharactersWithItsLength() {
        try (Crm crm = Crm.inMemory()) {
            String huge = "x".repeat(100_000);
            ValidationException e = assertThrows(ValidationException.class,
                    () -> crm.customers().register(NewCustomer.of(huge, "ada@example.org")));
            assertEquals("name", e.field());
            assertTrue(e.getMessage().length() < 300, () -> "message of " + e.getMessage().length() + " characters");
            assertTrue(e.getMessage().endsWith("x\u2026 (100000 characters)\""), e.getMessage());
        }
    }

    @Test
    void validation_valueOfExactlyOneHundredCharacters_staysWhole() {
        String value = "y".repeat(100);
        assertEquals("f must be z, was \"" + value + "\"", new ValidationException("f", "must be z", value)
                .getMessage());
    }

    @Test
    void cut_neverSplitsASurrogatePair() {
        String value = "a".repeat(99) + "\uD83D\uDE00" + "b".repeat(50);
        assertEquals("a".repeat(99) + "\u2026 (151 characters)", ValidationException.cut(value));
    }

    @Test
    void duplicate_hugeValue_isCut() {
        DuplicateException e = new DuplicateException("email", "z".repeat(5_000));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertEquals("z".repeat(5_000), e.value());
    }
}
