package org.crm4j.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per invalid argument, plus the documented edge values. */
class DistributionArgumentsTest {

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "message '" + e.getMessage() + "' lacks " + fragment);
        }
    }

    @Test
    void normalQuantile_probabilityAboveOne() {
        assertRejected(() -> Normal.quantile(1.5), "p", "[0, 1]", "1.5");
    }

    @Test
    void normalQuantile_nanProbability() {
        assertRejected(() -> Normal.quantile(Double.NaN), "p", "NaN");
    }

    @Test
    void studentT_zeroDf() {
        assertRejected(() -> StudentT.cdf(1, 0), "df", "positive", "0.0");
    }

    @Test
    void studentT_nanDf() {
        assertRejected(() -> StudentT.survival(1, Double.NaN), "df", "NaN");
    }

    @Test
    void studentTQuantile_negativeProbability() {
        assertRejected(() -> StudentT.quantile(-0.1, 3), "p", "-0.1");
    }

    @Test
    void chiSquared_infiniteDf() {
        assertRejected(() -> ChiSquared.cdf(1, Double.POSITIVE_INFINITY), "df", "finite", "Infinity");
    }

    @Test
    void chiSquared_negativeDf() {
        assertRejected(() -> ChiSquared.survival(1, -2), "df", "-2.0");
    }

    @Test
    void fisherF_zeroNumeratorDf() {
        assertRejected(() -> FisherF.cdf(1, 0, 3), "d1", "0.0");
    }

    @Test
    void fisherF_negativeDenominatorDf() {
        assertRejected(() -> FisherF.survival(1, 3, -1), "d2", "-1.0");
    }

    @Test
    void logGamma_nonPositive() {
        assertRejected(() -> SpecialFunctions.logGamma(0), "x", "positive", "0.0");
    }

    @Test
    void regularizedBeta_xOutsideUnitInterval() {
        assertRejected(() -> SpecialFunctions.regularizedBeta(1.2, 1, 1), "x", "[0, 1]", "1.2");
    }

    @Test
    void regularizedGamma_negativeX() {
        assertRejected(() -> SpecialFunctions.regularizedGammaP(1, -1), "x", "-1.0");
    }

    @Test
    void edges_infinitiesZerosAndNaN() {
        assertEquals(Double.NEGATIVE_INFINITY, Normal.quantile(0));
        assertEquals(Double.POSITIVE_INFINITY, StudentT.quantile(1, 4));
        assertEquals(0.0, ChiSquared.quantile(0, 4));
        assertEquals(1.0, ChiSquared.survival(-1, 4));
        assertEquals(0.0, FisherF.cdf(0, 2, 3));
        assertEquals(1.0, StudentT.cdf(Double.POSITIVE_INFINITY, 4));
        assertEquals(Normal.cdf(1.3), StudentT.cdf(1.3, Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(StudentT.cdf(Double.NaN, 4)));
        assertTrue(Double.isNaN(Normal.survival(Double.NaN)));
    }
}
