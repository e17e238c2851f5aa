package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link ChurnOptions} refuses bad values naming the field and the rule. */
class ChurnOptionsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant CUTOFF = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void of_defaults_areAForestOverNinetyDaysHoldingOutThirtyPercent() {
        assertEquals(new ChurnOptions(EUR, CUTOFF, 90, ChurnModel.FOREST, 0.3, 42L, Set.of("COMPLAINT")),
                ChurnOptions.of(EUR, CUTOFF));
        assertEquals(new ChurnOptions(EUR, CUTOFF, 30, ChurnModel.TREE, 0.5, 7L, Set.of()), ChurnOptions.of(EUR, CUTOFF)
                .withWindowDays(30).withModel(ChurnModel.TREE).withTestShare(0.5).withSeed(7L)
                .withComplaintCategories(Set.of()));
    }

    @Test
    void nulls_areRefused() {
        assertRefused("currency", "must not be null", () -> ChurnOptions.of(null, CUTOFF));
        assertRefused("cutoff", "must not be null", () -> ChurnOptions.of(EUR, null));
        assertRefused("model", "must not be null", () -> ChurnOptions.of(EUR, CUTOFF).withModel(null));
        assertRefused("complaintCategories", "must not be null",
                () -> ChurnOptions.of(EUR, CUTOFF).withComplaintCategories(null));
        assertRefused("complaintCategories", "must not contain null",
                () -> ChurnOptions.of(EUR, CUTOFF).withComplaintCategories(new java.util.HashSet<>(
                        java.util.Arrays.asList("COMPLAINT", null))));
    }

    @Test
    void cutoff_notAfterTheEpoch_isRefused() {
        assertRefused("cutoff", "must be after 1970-01-01T00:00:00Z", () -> ChurnOptions.of(EUR, Instant.EPOCH));
    }

    @Test
    void windowDays_outOfRange_isRefused() {
        assertRefused("windowDays", "must be in [1, 3650]", () -> ChurnOptions.of(EUR, CUTOFF).withWindowDays(0));
        assertRefused("windowDays", "must be in [1, 3650]", () -> ChurnOptions.of(EUR, CUTOFF).withWindowDays(3651));
    }

    @Test
    void testShare_outOfRangeOrNaN_isRefused() {
        assertRefused("testShare", "must be in [0.1, 0.5]", () -> ChurnOptions.of(EUR, CUTOFF).withTestShare(0.05));
        assertRefused("testShare", "must be in [0.1, 0.5]", () -> ChurnOptions.of(EUR, CUTOFF).withTestShare(0.6));
        assertRefused("testShare", "must be in [0.1, 0.5]",
                () -> ChurnOptions.of(EUR, CUTOFF).withTestShare(Double.NaN));
    }

    private static void assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
