package org.crm4j.analytics.lifetime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The Gamma-Gamma model on CDNOW's 946 repeat customers against Fader & Hardie (2013) and the mpmath references.
 */
class GammaGammaReferenceTest {

    private static final double[][] REPEAT = Cdnow.load().repeatCustomers();
    private static final GammaGammaModel FIT = GammaGamma.fit(REPEAT[0], REPEAT[1]);

    @Test
    void cdnow_reproducesThePublishedEstimates() {
        assertEquals(946, FIT.customers());
        assertTrue(FIT.converged());
        // published to two decimals (Fader & Hardie 2013): p and q within half a unit of the last digit
        assertEquals(6.25, FIT.p(), 0.005);
        assertEquals(3.74, FIT.q(), 0.005);
        // γ: the maximum is at 15.4477 (confirmed by Newton in mpmath at 40 digits, below), which rounds to 15.45;
        // the note prints 15.44, 0.0077 (0.002 standard errors) away: a truncated or Solver-stopped value
        assertEquals(15.44, FIT.gamma(), 0.008);
    }

    @Test
    void cdnow_matchesTheMpmathMaximumAndStandardErrors() {
        String[] names = {"p", "q", "gamma"};
        double[] estimates = {FIT.p(), FIT.q(), FIT.gamma()};
        double[] se = FIT.standardErrors();
        for (int i = 0; i < 3; i++) {
            double mle = References.get("mle_gg", names[i]);
            // measured: 2e-13 relative for the estimates, 1.2e-12 for the standard errors
            assertEquals(mle, estimates[i], 1e-10 * mle, names[i]);
            double reference = References.get("se_gg", names[i]);
            assertEquals(reference, se[i], 1e-10 * reference, "SE of " + names[i]);
        }
        assertEquals(References.get("mle_gg", "logLikelihood"), FIT.logLikelihood(), 1e-9);
    }

    @Test
    void conditionalExpectedAverageValue_matchesQuadratureOverThePosterior() {
        GammaGammaModel published = GammaGammaModel.withParameters(6.25, 3.74, 15.44);
        List<References.Row> rows = References.of("ggcond");
        assertEquals(5, rows.size());
        for (References.Row row : rows) {
            double[] v = row.arguments();
            assertEquals(row.value(), published.conditionalExpectedAverageValue(v[0], v[1]), 1e-13 * row.value(),
                    () -> "x = " + v[0]);
        }
    }

    @Test
    void conditionalExpectedAverageValue_withoutRepeatPurchasesIsThePopulationMean() {
        assertEquals(FIT.expectedAverageValue(), FIT.conditionalExpectedAverageValue(0, 0), 1e-12);
        assertEquals(FIT.expectedAverageValue(), FIT.conditionalExpectedAverageValue(0, 123.0), 1e-12);
    }

    @Test
    void summary_namesTheParametersAndFitStatistics() {
        String s = FIT.summary();
        for (String word : new String[] {"p ", "q ", "gamma", "Std. Error", "Repeat customers: 946",
                "Population mean value"}) {
            assertTrue(s.contains(word), () -> word + " missing from\n" + s);
        }
    }
}
