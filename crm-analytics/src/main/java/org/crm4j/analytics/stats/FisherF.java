package org.crm4j.analytics.stats;

import org.crm4j.analytics.internal.Checks;

/**
 * Fisher–Snedecor's F distribution with {@code d1} numerator and {@code d2} denominator degrees of freedom (real,
 * positive, finite).
 *
 * <p>{@code P(F <= f) = I_x(d1/2, d2/2)} with {@code x = d1 f / (d1 f + d2)}; the survival function is the complement
 * {@code I_{1-x}(d2/2, d1/2)} with {@code 1 - x = d2 / (d1 f + d2)} formed directly, so overall F-test p-values keep
 * their relative accuracy when they are tiny. With a large denominator df ({@code d2 >= } {@link #LARGE_D2}) the
 * continued fraction of the upper tail above the mean is ill-conditioned (1.2e-11 at d2 = 1e6, 2.8e-10 at 1e7 for
 * small d1; with d1 = 2000 already 1e-7 at d2 = 1e12 and 9% at 1e20), so that tail is a Gauss–Legendre quadrature
 * of its Mills-ratio integral instead ({@code FisherFLargeD2}); from {@code d2 >= 1e25 (1500 + 2 d1)²} on, the
 * chi-squared limit. Measured against mpmath (40 digits) for d2 up to 1e9 and d1 up to 1000: relative error below
 * 3e-14 in the body and below 3e-13 in tails down to 1e-300; for larger d1 (2000) the quadrature agrees with the
 * chi-squared limit to 1.3e-12 at d2 = 1e16 and 5e-13 at 1e20. Quantiles invert the smaller tail by safeguarded
 * Newton iteration.
 *
 * <pre>{@code
 * double p = FisherF.survival(fStatistic, p - 1, n - p);   // the overall F-test of a regression
 * }</pre>
 *
 * <p>Reference: M. Abramowitz and I. A. Stegun, <i>Handbook of Mathematical Functions</i>, 26.6.2.
 *
 * @see SpecialFunctions#regularizedBeta(double, double, double)
 */
public final class FisherF {

    /** From this denominator df on, upper tails above the mean use {@link FisherFLargeD2}. */
    static final double LARGE_D2 = 1e4;

    /**
     * With {@code d2 >= CHI_SQUARED_LIMIT (1500 + 2 d1)²} the chi-squared limit {@code d1 F ~ χ²(d1)} is used: it
     * then differs from the F tail by less than 1e-25 relative wherever the tail is representable (there
     * {@code d1 f < 1500 + 2 d1}), and the continued fraction would overflow for {@code d2} near
     * {@code Double.MAX_VALUE}.
     */
    static final double CHI_SQUARED_LIMIT = 1e25;

    private FisherF() {
    }

    /**
     * The cumulative distribution function {@code P(F <= f)}.
     *
     * @param f  any number (negative values give 0, {@code +∞} gives 1)
     * @param d1 numerator degrees of freedom, positive and finite
     * @param d2 denominator degrees of freedom, positive and finite
     * @return the probability; NaN when {@code f} is NaN
     * @throws IllegalArgumentException when a degree of freedom is not positive and finite
     */
    public static double cdf(double f, double d1, double d2) {
        return tail(f, d1, d2, false);
    }

    /**
     * The survival function {@code P(F > f)}, accurate in the upper tail.
     *
     * @param f  any number (negative values give 1)
     * @param d1 numerator degrees of freedom, positive and finite
     * @param d2 denominator degrees of freedom, positive and finite
     * @return the probability; NaN when {@code f} is NaN
     * @throws IllegalArgumentException when a degree of freedom is not positive and finite
     */
    public static double survival(double f, double d1, double d2) {
        return tail(f, d1, d2, true);
    }

    /**
     * The quantile function: the {@code f} with {@code P(F <= f) = p}.
     *
     * @param p  a probability in [0, 1]
     * @param d1 numerator degrees of freedom, positive and finite
     * @param d2 denominator degrees of freedom, positive and finite
     * @return the quantile; 0 for {@code p = 0} and {@code +∞} for {@code p = 1}
     * @throws IllegalArgumentException when {@code p} is outside [0, 1] or a degree of freedom is not positive and
     *                                  finite
     */
    public static double quantile(double p, double d1, double d2) {
        requireDf(d1, "d1");
        requireDf(d2, "d2");
        Checks.require(p >= 0 && p <= 1, "p must be a probability in [0, 1], was %s", p);
        if (p == 0) {
            return 0.0;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // Guess from the chi-squared limit d2 -> ∞: d1 F ~ chi2(d1).
        double guess = ChiSquared.quantile(p, d1) / d1;
        if (p <= 0.5) {
            return Inversion.positive(f -> tail(f, d1, d2, false), f -> density(f, d1, d2), p, false, guess);
        }
        return Inversion.positive(f -> tail(f, d1, d2, true), f -> density(f, d1, d2), 1.0 - p, true, guess);
    }

    /** The density, used by the quantile iteration. */
    static double density(double f, double d1, double d2) {
        double logDensity = 0.5 * d1 * Math.log(d1) + 0.5 * d2 * Math.log(d2) + (0.5 * d1 - 1) * Math.log(f)
                - 0.5 * (d1 + d2) * Math.log(d2 + d1 * f) - SpecialFunctions.logBeta(0.5 * d1, 0.5 * d2);
        return Math.exp(logDensity);
    }

    private static double tail(double f, double d1, double d2, boolean upper) {
        requireDf(d1, "d1");
        requireDf(d2, "d2");
        if (Double.isNaN(f)) {
            return Double.NaN;
        }
        if (f <= 0) {
            return upper ? 1.0 : 0.0;
        }
        if (f == Double.POSITIVE_INFINITY) {
            return upper ? 0.0 : 1.0;
        }
        double x;
        double y;
        double d1f = d1 * f;
        if (d1f > d2) {
            y = d2 / (d1f + d2);
            x = 1.0 / (1.0 + d2 / d1f);
        } else {
            x = d1f / (d1f + d2);
            y = 1.0 / (1.0 + d1f / d2);
        }
        if (d2 >= CHI_SQUARED_LIMIT * (1500 + 2 * d1) * (1500 + 2 * d1)) {
            // d1 F -> chi2(d1): relative difference O((d1 f)² / d2) < 1e-25 wherever the tail is representable
            return upper ? ChiSquared.survival(d1f, d1) : ChiSquared.cdf(d1f, d1);
        }
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        if (d2 >= LARGE_D2 && x > (a + 1) / (a + b + 2)) {
            double tail = FisherFLargeD2.upperTail(f, d1, d2);
            return upper ? tail : 1.0 - tail;
        }
        return SpecialFunctions.incompleteBeta(x, y, a, b, upper);
    }

    private static void requireDf(double df, String name) {
        Checks.require(df > 0 && df < Double.POSITIVE_INFINITY, "%s must be positive and finite, was %s", name, df);
    }
}
