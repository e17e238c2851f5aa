package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** {@link PipelineOptions} refuses every bad value naming the field and the rule. */
class PipelineOptionsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void of_learnsFromAllClosedHistory() {
        PipelineOptions options = PipelineOptions.of(DAY, DAY.plusMonths(3));
        assertEquals(Instant.EPOCH, options.closedFrom());
        assertEquals(PipelineOptions.HISTORY_END, options.closedTo());
    }

    @Test
    void badValues_areRefusedNamingFieldAndRule() {
        assertRefused("from", "must not be null", () -> PipelineOptions.of(null, DAY));
        assertRefused("to", "must not be null", () -> PipelineOptions.of(DAY, null));
        assertRefused("to", "must be after from", () -> PipelineOptions.of(DAY, DAY));
        assertRefused("to", "must be at most 120 months after from",
                () -> PipelineOptions.of(DAY, DAY.plusMonths(120).plusDays(1)));
        PipelineOptions options = PipelineOptions.of(DAY, DAY.plusMonths(1));
        assertRefused("closedFrom", "must not be null", () -> options.withHistory(null, Instant.EPOCH));
        assertRefused("closedTo", "must not be null", () -> options.withHistory(Instant.EPOCH, null));
        assertRefused("closedTo", "must be after closedFrom",
                () -> options.withHistory(Instant.EPOCH, Instant.EPOCH));
    }

    private static void assertRefused(String field, String rule, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
