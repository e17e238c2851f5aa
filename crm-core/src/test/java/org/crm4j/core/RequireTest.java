package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one argument-check helper: field first, the rule named, the value in the message. */
class RequireTest {

    @Test
    void nonNull_null_namesTheFieldAndRule() {
        ValidationException e = assertThrows(ValidationException.class, () -> Require.nonNull("startDate", null));

        assertEquals("startDate", e.field());
        assertEquals(Require.NOT_NULL, e.rule());
        assertEquals("startDate must not be null, was null", e.getMessage());
    }

    @Test
    void text_stripsAndChecksBlankAndLength() {
        assertEquals("Ada", Require.text("name", "  Ada ", 3));
        assertEquals(Require.NOT_BLANK, assertThrows(ValidationException.class,
                () -> Require.text("name", " \t", 3)).rule());
        ValidationException tooLong = assertThrows(ValidationException.class, () -> Require.text("name", "Adam", 3));
        assertEquals("name must be at most 3 characters, was \"Adam\"", tooLong.getMessage());
    }

    @Test
    void positiveAndNotNegative_checkTheBoundary() {
        assertEquals(1, Require.positive("quantity", 1));
        assertEquals("quantity must be > 0, was 0",
                assertThrows(ValidationException.class, () -> Require.positive("quantity", 0)).getMessage());
        assertEquals(0, Require.notNegative("stock", 0));
        assertEquals("stock must be >= 0, was -1",
                assertThrows(ValidationException.class, () -> Require.notNegative("stock", -1)).getMessage());
        assertEquals("version must be >= 0, was -1",
                assertThrows(ValidationException.class, () -> Require.notNegative("version", -1L)).getMessage());
    }

    @Test
    void period_emptyIsAllowed_reversedIsRefusedOnTheEnd() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        Require.period("from", day, "to", day);

        ValidationException e = assertThrows(ValidationException.class,
                () -> Require.period("from", day, "to", day.minusDays(1)));

        assertEquals("to", e.field());
        assertEquals("must not be before from", e.rule());
        assertEquals("from", assertThrows(ValidationException.class,
                () -> Require.period("from", null, "to", day)).field());
    }

    @Test
    void notBefore_openEnds_areAccepted() {
        assertNull(Require.notBefore("to", null, "from", LocalDate.of(2026, 3, 1)));
        assertEquals(LocalDate.EPOCH, Require.notBefore("to", LocalDate.EPOCH, "from", null));
    }
}
