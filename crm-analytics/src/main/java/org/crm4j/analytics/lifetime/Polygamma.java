package org.crm4j.analytics.lifetime;

/**
 * The digamma and trigamma functions {@code ψ(x) = d log Γ(x) / dx} and {@code ψ'(x)} for {@code x > 0}, which the
 * analytic gradients and Hessians of the log-likelihoods need.
 *
 * <p>Method: the recurrences {@code ψ(x) = ψ(x + 1) - 1/x} and {@code ψ'(x) = ψ'(x + 1) + 1/x²} up to
 * {@code x >= 10}, then the asymptotic (Stirling) series with terms up to {@code x^-12} (Abramowitz & Stegun 6.3.18
 * and 6.4.12), whose truncation error at {@code x = 10} is below {@code 1e-17}. For small arguments the upward
 * recurrence adds terms of size up to about 3, so the absolute error is about 3e-15 there (measured at
 * {@code ψ(1)}, {@code ψ(1/2)}); for {@code x >= 10} the relative error is about 1e-15.
 */
final class Polygamma {

    /** From here on the asymptotic series is used; its first omitted term is below 1e-17 at this argument. */
    private static final double ASYMPTOTIC_MIN = 10.0;

    private Polygamma() {
    }

    /**
     * @param x the argument, positive and finite (not checked: internal callers pass model parameters)
     * @return {@code ψ(x)}
     */
    static double digamma(double x) {
        double shift = 0;
        while (x < ASYMPTOTIC_MIN) {
            shift -= 1 / x;
            x += 1;
        }
        double inv2 = 1 / (x * x);
        // B2k / (2k x^2k) for k = 1..6
        double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760))))));
        return shift + Math.log(x) - 0.5 / x - series;
    }

    /**
     * @param x the argument, positive and finite (not checked)
     * @return {@code ψ'(x)}
     */
    static double trigamma(double x) {
        double shift = 0;
        while (x < ASYMPTOTIC_MIN) {
            shift += 1 / (x * x);
            x += 1;
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        // 1/x + 1/(2x²) + Σ B2k / x^(2k+1)
        double series = inv2 * inv * (1.0 / 6 - inv2 * (1.0 / 30 - inv2 * (1.0 / 42 - inv2 * (1.0 / 30
                - inv2 * (5.0 / 66 - inv2 * (691.0 / 2730))))));
        return shift + inv + 0.5 * inv2 + series;
    }
}
