package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Currency;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link SegmentationOptions} refuses bad values naming the field and the rule, and copies keep the others. */
class SegmentationOptionsTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant AS_OF = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void of_defaults_chooseKFromTwoToEightWithSeed42() {
        SegmentationOptions options = SegmentationOptions.of(EUR, AS_OF);

        assertEquals(new SegmentationOptions(EUR, AS_OF, 2, 8, 42L, 0), options);
        assertEquals(false, options.fixedK());
    }

    @Test
    void withK_fixesK() {
        SegmentationOptions options = SegmentationOptions.of(EUR, AS_OF).withSeed(7L).withK(4);

        assertEquals(new SegmentationOptions(EUR, AS_OF, 4, 4, 7L, 0), options);
        assertTrue(options.fixedK());
    }

    @Test
    void currency_null_isRefused() {
        assertRefused("currency", "must not be null", () -> SegmentationOptions.of(null, AS_OF));
    }

    @Test
    void asOf_null_isRefused() {
        assertRefused("asOf", "must not be null", () -> SegmentationOptions.of(EUR, null));
    }

    @Test
    void asOf_notAfterTheEpoch_isRefused() {
        assertRefused("asOf", "must be after 1970-01-01T00:00:00Z", () -> SegmentationOptions.of(EUR, Instant.EPOCH));
    }

    @Test
    void kMin_belowTwo_isRefused() {
        assertRefused("kMin", "must be in [2, 20]", () -> SegmentationOptions.of(EUR, AS_OF).withK(1));
    }

    @Test
    void kMin_aboveTwenty_isRefused() {
        assertRefused("kMin", "must be in [2, 20]", () -> SegmentationOptions.of(EUR, AS_OF).withKRange(21, 22));
    }

    @Test
    void kMax_belowKMin_isRefused() {
        assertRefused("kMax", "must be in [kMin, 20] (kMin = 5)",
                () -> SegmentationOptions.of(EUR, AS_OF).withKRange(5, 4));
    }

    @Test
    void kMax_aboveTwenty_isRefused() {
        ValidationException e = assertRefused("kMax", "must be in [kMin, 20] (kMin = 2)",
                () -> SegmentationOptions.of(EUR, AS_OF).withKRange(2, 21));

        assertEquals("kMax must be in [kMin, 20] (kMin = 2), was 21", e.getMessage());
    }

    @Test
    void outlierMinPoints_outOfRange_isRefused() {
        assertRefused("outlierMinPoints", "must be 0 or in [2, 100]",
                () -> SegmentationOptions.of(EUR, AS_OF).withOutliers(1));
        assertRefused("outlierMinPoints", "must be 0 or in [2, 100]",
                () -> SegmentationOptions.of(EUR, AS_OF).withOutliers(101));
        assertEquals(5, SegmentationOptions.of(EUR, AS_OF).withOutliers(5).outlierMinPoints());
    }

    private static ValidationException assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
        return e;
    }
}
