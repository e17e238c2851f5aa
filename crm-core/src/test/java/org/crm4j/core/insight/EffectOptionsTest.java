package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** {@link EffectOptions} refuses every bad value naming the field and the rule. */
class EffectOptionsTest {

    @Test
    void defaults_are365DaysAnd95Percent() {
        assertEquals(new EffectOptions(365, 0.95), EffectOptions.defaults());
    }

    @Test
    void lookbackDays_outOfRange_isRefused() {
        for (int days : new int[] {0, -1, 3651}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> EffectOptions.defaults().withLookbackDays(days));
            assertEquals("lookbackDays", e.field());
            assertEquals("must be in [1, 3650]", e.rule());
        }
    }

    @Test
    void level_outOfRangeOrNaN_isRefused() {
        for (double level : new double[] {0.49, 1.0, Double.NaN}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> EffectOptions.defaults().withLevel(level));
            assertEquals("level", e.field());
            assertEquals("must be in [0.5, 0.999]", e.rule());
        }
    }
}
