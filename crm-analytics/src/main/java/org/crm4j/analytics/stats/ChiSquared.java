package org.crm4j.analytics.stats;

import org.crm4j.analytics.internal.Checks;

/**
 * The chi-squared distribution with {@code df} degrees of freedom (real, {@code 0 < df < ∞}).
 *
 * <p>{@code P(X <= x) = P(df/2, x/2)}, the regularised lower incomplete gamma function of
 * {@link SpecialFunctions}; the survival function uses {@code Q(df/2, x/2)} directly, so small upper-tail
 * probabilities (Ljung–Box, likelihood-ratio and Wald tests) keep their relative accuracy. Quantiles invert the
 * smaller tail by safeguarded Newton iteration started from the Wilson–Hilferty approximation.
 *
 * <pre>{@code
 * double p = ChiSquared.survival(lrStatistic, 2);      // likelihood-ratio test with 2 constraints
 * double crit = ChiSquared.quantile(0.95, 1);          // 3.841458820694124
 * }</pre>
 *
 * <p>References: M. Abramowitz and I. A. Stegun, <i>Handbook of Mathematical Functions</i>, 26.4.19;
 * E. B. Wilson and M. M. Hilferty, The distribution of chi-square, <i>PNAS</i> 17 (1931) 684–688.
 *
 * @see SpecialFunctions#regularizedGammaQ(double, double)
 */
public final class ChiSquared {

    private ChiSquared() {
    }

    /**
     * The cumulative distribution function {@code P(X <= x)}.
     *
     * @param x  any number (negative values give 0, {@code +∞} gives 1)
     * @param df the degrees of freedom, {@code 0 < df < ∞}
     * @return the probability; NaN when {@code x} is NaN
     * @throws IllegalArgumentException when {@code df} is not positive and finite
     */
    public static double cdf(double x, double df) {
        requireDf(df);
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0 ? 0.0 : SpecialFunctions.incompleteGamma(0.5 * df, 0.5 * x, false);
    }

    /**
     * The survival function {@code P(X > x)}, accurate in the upper tail.
     *
     * @param x  any number (negative values give 1)
     * @param df the degrees of freedom, {@code 0 < df < ∞}
     * @return the probability; NaN when {@code x} is NaN
     * @throws IllegalArgumentException when {@code df} is not positive and finite
     */
    public static double survival(double x, double df) {
        requireDf(df);
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x <= 0 ? 1.0 : SpecialFunctions.incompleteGamma(0.5 * df, 0.5 * x, true);
    }

    /**
     * The quantile function: the {@code x} with {@code P(X <= x) = p}.
     *
     * @param p  a probability in [0, 1]
     * @param df the degrees of freedom, {@code 0 < df < ∞}
     * @return the quantile; 0 for {@code p = 0} and {@code +∞} for {@code p = 1}
     * @throws IllegalArgumentException when {@code p} is outside [0, 1] or {@code df} is not positive and finite
     */
    public static double quantile(double p, double df) {
        requireDf(df);
        Checks.require(p >= 0 && p <= 1, "p must be a probability in [0, 1], was %s", p);
        if (p == 0) {
            return 0.0;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double guess = guess(p, df);
        if (p <= 0.5) {
            return Inversion.positive(x -> cdf(x, df), x -> density(x, df), p, false, guess);
        }
        return Inversion.positive(x -> survival(x, df), x -> density(x, df), 1.0 - p, true, guess);
    }

    /** The density, used by the quantile iteration. */
    static double density(double x, double df) {
        double k = 0.5 * df;
        return Math.exp((k - 1) * Math.log(x) - 0.5 * x - k * Math.log(2) - SpecialFunctions.logGamma(k));
    }

    private static double guess(double p, double df) {
        double c = 2.0 / (9.0 * df);
        double w = 1.0 - c + Normal.quantile(p) * Math.sqrt(c);
        double wilsonHilferty = df * w * w * w;
        // lower tail: P(k, x/2) ≈ (x/2)^k / Γ(k+1)
        double k = 0.5 * df;
        double small = 2.0 * Math.exp((Math.log(p) + SpecialFunctions.logGamma(k + 1)) / k);
        return wilsonHilferty > 0 && (p > 0.05 || wilsonHilferty > small) ? wilsonHilferty : small;
    }

    private static void requireDf(double df) {
        Checks.require(df > 0 && df < Double.POSITIVE_INFINITY, "df must be positive and finite, was %s", df);
    }
}
