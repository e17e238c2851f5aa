package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** {@link LeadScoringOptions} refuses every bad value naming the field and the rule. */
class LeadScoringOptionsTest {

    @Test
    void defaults_areLaplaceAnd30Percent() {
        assertEquals(new LeadScoringOptions(LeadModel.NAIVE_BAYES, 1.0, 0.3, 42L), LeadScoringOptions.defaults());
    }

    @Test
    void model_null_isRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> LeadScoringOptions.defaults().withModel(null));
        assertEquals("model", e.field());
        assertEquals("must not be null", e.rule());
    }

    @Test
    void alpha_outOfRangeOrNaN_isRefused() {
        for (double alpha : new double[] {0, -1, 100.5, Double.NaN}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> LeadScoringOptions.defaults().withAlpha(alpha));
            assertEquals("alpha", e.field());
            assertEquals("must be in (0, 100]", e.rule());
        }
    }

    @Test
    void testShare_outOfRangeOrNaN_isRefused() {
        for (double share : new double[] {0.09, 0.51, Double.NaN}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> LeadScoringOptions.defaults().withTestShare(share));
            assertEquals("testShare", e.field());
            assertEquals("must be in [0.1, 0.5]", e.rule());
        }
    }
}
