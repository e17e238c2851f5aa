package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link DemandOptions} refuses bad values naming the field and the rule. */
class DemandOptionsTest {

    private static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

    private static DemandOptions monthly() {
        return DemandOptions.of(DemandPeriod.MONTH, NOW);
    }

    @Test
    void of_defaults_areTheBestModelOverAYearWithOneOriginAndAFivePercentRisk() {
        assertEquals(new DemandOptions(DemandPeriod.MONTH, NOW, DemandModel.BEST, 12, 12, 1, 1, 0.95, 0), monthly());
        assertEquals(new DemandOptions(DemandPeriod.WEEK, NOW, DemandModel.BEST, 13, 13, 1, 1, 0.95, 0),
                DemandOptions.of(DemandPeriod.WEEK, NOW));
        assertEquals(new DemandOptions(DemandPeriod.MONTH, NOW, DemandModel.AUTO_ETS, 6, 4, 3, 2, 0.99, 2),
                monthly().withModel(DemandModel.AUTO_ETS).withHorizon(6).withHoldout(4, 3).withInventory(2, 0.99)
                        .withThreads(2));
    }

    @Test
    void nulls_areRefused() {
        assertRefused("period", "must not be null", () -> DemandOptions.of(null, NOW));
        assertRefused("asOf", "must not be null", () -> DemandOptions.of(DemandPeriod.MONTH, null));
        assertRefused("model", "must not be null", () -> monthly().withModel(null));
    }

    @Test
    void asOf_notAfterTheEpoch_isRefused() {
        assertRefused("asOf", "must be after 1970-01-01T00:00:00Z", () -> DemandOptions.of(DemandPeriod.WEEK,
                Instant.EPOCH));
    }

    @Test
    void ranges_outside_areRefused() {
        assertRefused("horizon", "must be in [2, 104]", () -> monthly().withHorizon(1));
        assertRefused("horizon", "must be in [2, 104]", () -> monthly().withHorizon(105));
        assertRefused("holdoutPeriods", "must be in [1, 104]", () -> monthly().withHoldout(0, 1));
        assertRefused("holdoutPeriods", "must be in [1, 104]", () -> monthly().withHoldout(105, 1));
        assertRefused("holdoutOrigins", "must be in [1, 12]", () -> monthly().withHoldout(12, 0));
        assertRefused("holdoutOrigins", "must be in [1, 12]", () -> monthly().withHoldout(12, 13));
        assertRefused("leadTimePeriods", "must be in [1, horizon - 1] (horizon = 12)",
                () -> monthly().withInventory(0, 0.95));
        assertRefused("leadTimePeriods", "must be in [1, horizon - 1] (horizon = 12)",
                () -> monthly().withInventory(12, 0.95));
        assertRefused("leadTimePeriods", "must be in [1, horizon - 1] (horizon = 2)",
                () -> monthly().withInventory(3, 0.95).withHorizon(2));
        assertRefused("serviceLevel", "must be in [0.5, 0.999]", () -> monthly().withInventory(1, 0.49));
        assertRefused("serviceLevel", "must be in [0.5, 0.999]", () -> monthly().withInventory(1, 1.0));
        assertRefused("serviceLevel", "must be in [0.5, 0.999]", () -> monthly().withInventory(1, Double.NaN));
        assertRefused("threads", "must be in [0, 256]", () -> monthly().withThreads(-1));
        assertRefused("threads", "must be in [0, 256]", () -> monthly().withThreads(257));
    }

    private static void assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
