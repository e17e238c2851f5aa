package org.crm4j.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** Invariants of the distributions: complementarity, monotonicity, symmetry and quantile round trips. */
class DistributionPropertiesTest {

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.abs(expected));
    }

    @Property(tries = 300)
    void normal_cdfPlusSurvivalIsOne(@ForAll @DoubleRange(min = -30, max = 30) double x) {
        assertEquals(1.0, Normal.cdf(x) + Normal.survival(x), 1e-15);
        assertRelative(Normal.cdf(-x), Normal.survival(x), 1e-15);
    }

    @Property(tries = 300)
    void normal_quantileInvertsCdf(@ForAll @DoubleRange(min = -300, max = -0.302) @Scale(6) double log10p) {
        double p = Math.pow(10, log10p);
        double x = Normal.quantile(p);
        // the cdf's relative slope is about x²: one rounding of x moves p by x² ulps
        assertRelative(p, Normal.cdf(x), 1e-14 * Math.max(1, x * x));
    }

    @Property(tries = 200)
    void studentT_quantileInvertsCdf(@ForAll @DoubleRange(min = 1e-6, max = 0.999) @Scale(8) double p,
                                     @ForAll @DoubleRange(min = 0.2, max = 5000) double df) {
        double t = StudentT.quantile(p, df);
        double back = p <= 0.5 ? StudentT.cdf(t, df) : 1 - StudentT.survival(t, df);
        assertRelative(p, back, 1e-12);
    }

    @Property(tries = 200)
    void studentT_isSymmetric(@ForAll @DoubleRange(min = -50, max = 50) double t,
                              @ForAll @DoubleRange(min = 0.2, max = 5000) double df) {
        assertEquals(StudentT.cdf(-t, df), StudentT.survival(t, df), 1e-15 * StudentT.survival(t, df) + 1e-300);
        assertEquals(1.0, StudentT.cdf(t, df) + StudentT.survival(t, df), 1e-15);
    }

    @Property(tries = 200)
    void chiSquared_quantileInvertsCdf(@ForAll @DoubleRange(min = 1e-6, max = 0.999) @Scale(8) double p,
                                       @ForAll @DoubleRange(min = 0.1, max = 5000) double df) {
        double x = ChiSquared.quantile(p, df);
        double back = p <= 0.5 ? ChiSquared.cdf(x, df) : 1 - ChiSquared.survival(x, df);
        assertRelative(p, back, 1e-12);
    }

    @Property(tries = 200)
    void fisherF_quantileInvertsCdf(@ForAll @DoubleRange(min = 1e-6, max = 0.999) @Scale(8) double p,
                                    @ForAll @DoubleRange(min = 0.5, max = 2000) double d1,
                                    @ForAll @DoubleRange(min = 0.5, max = 2000) double d2) {
        double f = FisherF.quantile(p, d1, d2);
        double back = p <= 0.5 ? FisherF.cdf(f, d1, d2) : 1 - FisherF.survival(f, d1, d2);
        assertRelative(p, back, 1e-11);
    }

    @Property(tries = 200)
    void fisherF_cdfIsMonotone(@ForAll @DoubleRange(min = 0, max = 100) double f,
                               @ForAll @DoubleRange(min = 0.5, max = 500) double d1,
                               @ForAll @DoubleRange(min = 0.5, max = 500) double d2) {
        assertTrue(FisherF.cdf(f, d1, d2) <= FisherF.cdf(f * 1.01 + 1e-9, d1, d2));
    }

    @Property(tries = 200)
    void fisherF_withOneNumeratorDfIsSquaredT(@ForAll @DoubleRange(min = 0, max = 40) double t,
                                              @ForAll @DoubleRange(min = 0.5, max = 500) double df) {
        assertRelative(2 * StudentT.survival(t, df), FisherF.survival(t * t, 1, df), 1e-12);
    }
}
