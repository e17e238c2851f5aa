package org.crm4j.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

/** Invariants of the distributions: complementarity, monotonicity, symmetry and quantile round trips. */
class DistributionPropertiesTest {

    private static final long SEED = 20261125L;

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.abs(expected));
    }

    @Test
    void normal_cdfPlusSurvivalIsOne() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(doubles().between(-30, 30)).checkAssert(x -> {
            assertEquals(1.0, Normal.cdf(x) + Normal.survival(x), 1e-15);
            assertRelative(Normal.cdf(-x), Normal.survival(x), 1e-15);
        });
    }

    @Test
    void normal_quantileInvertsCdf() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(doubles().between(-300, -0.302)).checkAssert(log10p -> {
            double p = Math.pow(10, log10p);
            double x = Normal.quantile(p);
            // the cdf's relative slope is about x²: one rounding of x moves p by x² ulps
            assertRelative(p, Normal.cdf(x), 1e-14 * Math.max(1, x * x));
        });
    }

    @Test
    void studentT_quantileInvertsCdf() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(1e-6, 0.999), doubles().between(0.2, 5000))
                .checkAssert(DistributionPropertiesTest::studentTQuantileInvertsCdf);
    }

    private static void studentTQuantileInvertsCdf(double p, double df) {
        double t = StudentT.quantile(p, df);
        double back = p <= 0.5 ? StudentT.cdf(t, df) : 1 - StudentT.survival(t, df);
        assertRelative(p, back, 1e-12);
    }

    @Test
    void studentT_isSymmetric() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(-50, 50), doubles().between(0.2, 5000))
                .checkAssert((t, df) -> {
                    assertEquals(StudentT.cdf(-t, df), StudentT.survival(t, df),
                            1e-15 * StudentT.survival(t, df) + 1e-300);
                    assertEquals(1.0, StudentT.cdf(t, df) + StudentT.survival(t, df), 1e-15);
                });
    }

    @Test
    void chiSquared_quantileInvertsCdf() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(1e-6, 0.999), doubles().between(0.1, 5000))
                .checkAssert(DistributionPropertiesTest::chiSquaredQuantileInvertsCdf);
    }

    private static void chiSquaredQuantileInvertsCdf(double p, double df) {
        double x = ChiSquared.quantile(p, df);
        double back = p <= 0.5 ? ChiSquared.cdf(x, df) : 1 - ChiSquared.survival(x, df);
        assertRelative(p, back, 1e-12);
    }

    @Test
    void fisherF_quantileInvertsCdf() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(doubles().between(1e-6, 0.999), doubles().between(0.5, 2000), doubles().between(0.5, 2000))
                .checkAssert(DistributionPropertiesTest::fisherFQuantileInvertsCdf);
    }

    private static void fisherFQuantileInvertsCdf(double p, double d1, double d2) {
        double f = FisherF.quantile(p, d1, d2);
        double back = p <= 0.5 ? FisherF.cdf(f, d1, d2) : 1 - FisherF.survival(f, d1, d2);
        assertRelative(p, back, 1e-11);
    }

    @Test
    void fisherF_cdfIsMonotone() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(doubles().between(0, 100), doubles().between(0.5, 500), doubles().between(0.5, 500))
                .checkAssert((f, d1, d2) -> assertTrue(FisherF.cdf(f, d1, d2) <= FisherF.cdf(f * 1.01 + 1e-9, d1, d2),
                        () -> "f = " + f + ", d1 = " + d1 + ", d2 = " + d2));
    }

    @Test
    void fisherF_withOneNumeratorDfIsSquaredT() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(doubles().between(0, 40), doubles().between(0.5, 500))
                .checkAssert((t, df) -> assertRelative(2 * StudentT.survival(t, df), FisherF.survival(t * t, 1, df),
                        1e-12));
    }
}
