package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The BG/NBD on the CDNOW cohort against Fader, Hardie & Lee (2005) and against the mpmath references of
 * {@code references.csv} (see {@code make_references.py}).
 */
class BgNbdReferenceTest {

    private static final Cdnow DATA = Cdnow.load();
    private static final BgNbdModel FIT = BgNbd.fit(DATA.x, DATA.tx, DATA.age);
    /** The published estimates, used as exact parameters for the prediction references. */
    private static final BgNbdModel PUBLISHED = BgNbdModel.withParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void cdnow_reproducesThePublishedEstimates() {
        assertEquals(2357, FIT.customers());
        assertTrue(FIT.converged());
        // published to three decimals (Fader, Hardie & Lee 2005, p. 280): within half a unit of the last digit
        assertEquals(0.243, FIT.r(), 0.0005);
        assertEquals(4.414, FIT.alpha(), 0.0005);
        assertEquals(0.793, FIT.a(), 0.0005);
        assertEquals(2.426, FIT.b(), 0.0005);
        assertEquals(-9582.4, FIT.logLikelihood(), 0.05);
    }

    @Test
    void cdnow_matchesTheMpmathMaximumAndStandardErrors() {
        String[] names = {"r", "alpha", "a", "b"};
        double[] estimates = {FIT.r(), FIT.alpha(), FIT.a(), FIT.b()};
        double[] se = FIT.standardErrors();
        for (int i = 0; i < 4; i++) {
            double mle = References.get("mle_bgnbd", names[i]);
            // measured: 2e-10 relative for the estimates, 4e-10 for the standard errors
            assertEquals(mle, estimates[i], 1e-8 * mle, names[i]);
            double reference = References.get("se_bgnbd", names[i]);
            assertEquals(reference, se[i], 1e-8 * reference, "SE of " + names[i]);
        }
        assertEquals(References.get("mle_bgnbd", "logLikelihood"), FIT.logLikelihood(), 1e-9);
    }

    @Test
    void probabilityAlive_matchesQuadratureOverTheMixingDistributions() {
        List<References.Row> rows = References.of("palive");
        assertEquals(11, rows.size());
        for (References.Row row : rows) {
            double[] v = row.arguments();
            double actual = PUBLISHED.probabilityAlive(v[0], v[1], v[2]);
            assertEquals(row.value(), actual, 1e-13 * row.value(), () -> "P(alive) at " + v[0] + ", " + v[1]);
        }
    }

    @Test
    void conditionalExpectedPurchases_matchesQuadratureOverTheMixingDistributions() {
        List<References.Row> rows = References.of("cond");
        assertEquals(38, rows.size());
        for (References.Row row : rows) {
            double[] v = row.arguments();
            double actual = PUBLISHED.conditionalExpectedPurchases(v[0], v[1], v[2], v[3]);
            assertEquals(row.value(), actual, 1e-13 * row.value(),
                    () -> "E[Y(" + v[0] + ")] at " + v[1] + ", " + v[2] + ", " + v[3]);
        }
    }

    @Test
    void expectedPurchases_matchesQuadratureForANewCustomer() {
        List<References.Row> rows = References.of("uncond");
        assertEquals(5, rows.size());
        for (References.Row row : rows) {
            double t = row.arguments()[0];
            assertEquals(row.value(), PUBLISHED.expectedPurchases(t), 1e-13 * row.value(), "t = " + t);
        }
    }

    @Test
    void summary_namesTheParametersAndFitStatistics() {
        String s = FIT.summary();
        for (String word : new String[] {"r ", "alpha", "a ", "b ", "Std. Error", "log-likelihood: -9582.4255",
                "Newton iterations"}) {
            assertTrue(s.contains(word), () -> word + " missing from\n" + s);
        }
    }
}
