package org.crm4j.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/**
 * The quadratures used for many degrees of freedom ({@code StudentTLargeDf}, {@code FisherFLargeD2}): the identity
 * that links them, monotonicity, complementarity and the hand-off to the normal distribution.
 */
class LargeDegreesOfFreedomTest {

    private static final long SEED = 20261125L;

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    /** F(1, d2) is the square of t(d2): two independent quadratures must agree. */
    @Test
    void fisherFWithOneNumeratorDf_isSquaredStudentT() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(doubles().between(0.05, 37), doubles().between(4, 12))
                .checkAssert(LargeDegreesOfFreedomTest::fisherFWithOneNumeratorDfIsSquaredStudentT);
    }

    private static void fisherFWithOneNumeratorDfIsSquaredStudentT(double t, double log10Df) {
        double df = Math.pow(10, log10Df);
        double expected = 2 * StudentT.survival(t, df);
        assertRelative(expected, FisherF.survival(t * t, 1, df), 1e-12, "t = " + t + ", df = " + df);
    }

    @Test
    void studentT_cdfPlusSurvivalIsOne() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-10, 10), doubles().between(3, 30))
                .checkAssert(LargeDegreesOfFreedomTest::studentTCdfPlusSurvivalIsOne);
    }

    private static void studentTCdfPlusSurvivalIsOne(double t, double log10Df) {
        double df = Math.pow(10, log10Df);
        assertEquals(1.0, StudentT.cdf(t, df) + StudentT.survival(t, df), 2e-16);
        assertRelative(StudentT.cdf(-t, df), StudentT.survival(t, df), 1e-15, "symmetry");
    }

    @Test
    void studentT_survivalDecreasesInTAndStaysPositiveWhileRepresentable() {
        for (double df : new double[] {1e3, 1e4, 1e6, 1e9, 1e20}) {
            double previous = StudentT.survival(0, df);
            for (double t = 0.01; t < 37.5; t += 0.01) {
                double s = StudentT.survival(t, df);
                assertTrue(s > 0 && s <= previous, "df = " + df + ", t = " + t + ": " + s + " after " + previous);
                previous = s;
            }
        }
    }

    @Test
    void studentT_joinsTheNormalSmoothly() {
        double limit = StudentTLargeDf.NORMAL_LIMIT;
        for (double t : new double[] {0.3, 1.96, 5, 8, 20, 37}) {
            double below = StudentT.survival(t, limit * (1 - 1e-9));
            double above = StudentT.survival(t, limit * (1 + 1e-9));
            assertRelative(Normal.survival(t), below, 2e-13, "below the limit, t = " + t);
            assertEquals(Normal.survival(t), above, 0.0, "above the limit, t = " + t);
        }
    }

    @Test
    void studentT_quantileInvertsCdf() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-300, -0.302), doubles().between(3, 12))
                .checkAssert(LargeDegreesOfFreedomTest::studentTQuantileInvertsCdf);
    }

    private static void studentTQuantileInvertsCdf(double log10p, double log10Df) {
        double p = Math.pow(10, log10p);
        double df = Math.pow(10, log10Df);
        double t = StudentT.quantile(p, df);
        // the cdf's relative slope is about t²: one rounding of t moves p by t² ulps
        assertRelative(p, StudentT.cdf(t, df), 1e-14 * Math.max(1, t * t), "p = " + p + ", df = " + df);
    }

    @Test
    void fisherF_survivalIsContinuousAcrossTheSwitchToQuadrature() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(0.5, 200), doubles().between(4, 9))
                .checkAssert(LargeDegreesOfFreedomTest::fisherFSurvivalIsContinuousAcrossTheSwitch);
    }

    private static void fisherFSurvivalIsContinuousAcrossTheSwitch(double d1, double log10D2) {
        double d2 = Math.pow(10, log10D2);
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        // f where x = d1 f / (d1 f + d2) crosses (a+1)/(a+b+2): the continued fraction below, the quadrature above
        double x = (a + 1) / (a + b + 2);
        double f = x * d2 / ((1 - x) * d1);
        double below = FisherF.survival(f * (1 - 1e-15), d1, d2);
        double above = FisherF.survival(f * (1 + 1e-15), d1, d2);
        assertRelative(below, above, 1e-12, "d1 = " + d1 + ", d2 = " + d2);
        assertEquals(1.0, FisherF.cdf(f, d1, d2) + FisherF.survival(f, d1, d2), 2e-16);
    }

    @Test
    void fisherF_extremeDenominatorDf_isSaneAndJoinsTheChiSquaredLimit() {
        for (double d1 : new double[] {0.01, 1, 50, 999, 1001, 1e6}) {
            double limit = FisherF.CHI_SQUARED_LIMIT * (1500 + 2 * d1) * (1500 + 2 * d1);
            for (double f : new double[] {1e-300, 1e-3, 0.5, 1, 1.1, 2, 30, 1e3, 1e100, 1e300, Double.MAX_VALUE}) {
                for (double d2 : new double[] {1e30, 1e300, Double.MAX_VALUE}) {
                    double survival = FisherF.survival(f, d1, d2);
                    double cdf = FisherF.cdf(f, d1, d2);
                    String what = "f = " + f + ", d1 = " + d1 + ", d2 = " + d2;
                    assertTrue(survival >= 0 && survival <= 1 && cdf >= 0 && cdf <= 1, what);
                    assertEquals(1.0, survival + cdf, 4e-16, what);
                }
                if (f < 1e-200) {
                    continue; // below the limit d1 f / (d1 f + d2) underflows: a known gap of the continued fraction
                }
                double below = FisherF.survival(f, d1, limit * (1 - 1e-9));
                double above = FisherF.survival(f, d1, limit * (1 + 1e-9));
                assertEquals(below, above, 1e-12 * below, "across the limit: f = " + f + ", d1 = " + d1);
            }
        }
    }
}
