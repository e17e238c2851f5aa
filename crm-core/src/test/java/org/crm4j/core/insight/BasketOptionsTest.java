package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@link BasketOptions} refuses bad values naming the field and the rule. */
class BasketOptionsTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void of_defaults_areOnePercentSupportThirtyPercentConfidenceThreeProducts() {
        assertEquals(new BasketOptions(FROM, TO, 0.01, 0.3, 3), BasketOptions.of(FROM, TO));
        assertEquals(new BasketOptions(FROM, TO, 0.2, 1.0, 10),
                BasketOptions.of(FROM, TO).withThresholds(0.2, 1.0).withMaxItems(10));
        assertEquals(FROM, BasketOptions.of(FROM, FROM).to(), "an empty period is allowed");
    }

    @Test
    void badValues_areRefused() {
        assertRefused("from", "must not be null", () -> BasketOptions.of(null, TO));
        assertRefused("to", "must not be null", () -> BasketOptions.of(FROM, null));
        assertRefused("to", "must not be before from", () -> BasketOptions.of(TO, FROM));
        assertRefused("minSupport", "must be in (0, 1]", () -> BasketOptions.of(FROM, TO).withThresholds(0, 0.5));
        assertRefused("minSupport", "must be in (0, 1]", () -> BasketOptions.of(FROM, TO).withThresholds(1.1, 0.5));
        assertRefused("minSupport", "must be in (0, 1]",
                () -> BasketOptions.of(FROM, TO).withThresholds(Double.NaN, 0.5));
        assertRefused("minConfidence", "must be in (0, 1]", () -> BasketOptions.of(FROM, TO).withThresholds(0.1, 0));
        assertRefused("minConfidence", "must be in (0, 1]",
                () -> BasketOptions.of(FROM, TO).withThresholds(0.1, 1.5));
        assertRefused("maxItems", "must be in [2, 10]", () -> BasketOptions.of(FROM, TO).withMaxItems(1));
        assertRefused("maxItems", "must be in [2, 10]", () -> BasketOptions.of(FROM, TO).withMaxItems(11));
    }

    private static void assertRefused(String field, String rule, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }
}
