package org.crm4j.analytics.stats;

/**
 * The upper tail of the F distribution with a large denominator df, above the mean, where the continued fraction of
 * {@code I_y(d2/2, d1/2)} near {@code y = 1} is ill-conditioned (measured against mpmath: 1.2e-11 at d2 = 1e6,
 * 2.8e-10 at d2 = 1e7).
 *
 * <p>Method, as for {@link StudentTLargeDf}: with {@code a = d1/2}, {@code b = d2/2} and the density
 * {@code p(f) = a^a f^{a-1} (1 + af/b)^{-(a+b)} / (Γ(a) Γ(b) / Γ(a+b) · b^a)},
 * <pre>
 *   P(F &gt; f) = p(f) ∫_0^∞ g(s) ds,   g(s) = p(f + s) / p(f) = (1 + s/f)^{a-1} (1 + as / (b + af))^{-(a+b)},
 * </pre>
 * a positive, decreasing integrand above the mode, so the quadrature does not cancel. {@code log g} is made of
 * {@code log1p} of small ratios, and {@code log(Γ(b) b^a / Γ(a+b)) = -b (log1p(a/b) - a/b) - (a - 1/2) log1p(a/b)
 * + δ(b) - δ(a+b)} with Stirling's remainder δ, which does not cancel for large {@code b}. {@code -log g} is
 * increasing above the mode; the half line is cut where it reaches 60 into 12 panels over which it grows by 5 each
 * (end points by bisection, to 1e-6 relative: only coverage depends on them), each integrated by
 * {@link GaussLegendre}, about 10 µs per call whatever d1 and f.
 *
 * <p>Used for {@code d2 >= } {@link FisherF#LARGE_D2}, above the mean.
 * Measured against mpmath (40 digits, {@code make_references.py}): see {@link FisherF}.
 */
final class FisherFLargeD2 {

    /** Where the integration stops: {@code -log g(s) = W_MAX}. */
    private static final double W_MAX = 60.0;
    /** Number of panels, of equal decay {@code W_MAX / PANELS} of the integrand. */
    private static final int PANELS = 12;

    private FisherFLargeD2() {
    }

    /** {@code P(F > f)} for finite {@code f > 0} above the mode. */
    static double upperTail(double f, double d1, double d2) {
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        double ab = a + b;
        double u = a * f / b;
        double scale = (b + a * f) / a; // 1 + as/(b + af) = 1 + s/scale
        double logGammaRatio = -b * SpecialFunctions.log1pMinus(a / b) - (a - 0.5) * Math.log1p(a / b)
                + SpecialFunctions.stirlingRemainder(b) - SpecialFunctions.stirlingRemainder(ab);
        // a log a + (a-1) log f - (a+b) log1p(u) - log Γ(a) with a log a - log Γ(a) = a + log √(a/2π) - δ(a);
        // for u <= 1 regrouped so that the terms of size a f do not cancel, for u > 1 (huge f) as it stands
        double body = u <= 1
                ? a * SpecialFunctions.log1pMinus(f - 1) - b * SpecialFunctions.log1pMinus(u) - a * Math.log1p(u)
                : a + a * Math.log(f) - ab * Math.log1p(u);
        double logDensity = 0.5 * Math.log(a) - SpecialFunctions.LOG_SQRT_2PI - SpecialFunctions.stirlingRemainder(a)
                - Math.log(f) + body - logGammaRatio;
        if (logDensity < -800) {
            return 0.0;
        }
        double sum = 0.0;
        double lo = 0.0;
        for (int k = 1; k <= PANELS; k++) {
            double hi = decayPoint(W_MAX * k / PANELS, lo, f, a, ab, scale);
            sum += GaussLegendre.integrate(s -> g(s, f, a, ab, scale), lo, hi);
            lo = hi;
        }
        return Math.exp(logDensity + Math.log(sum));
    }

    /**
     * An {@code s > from} with {@code -log g(s)} within 1e-6 relative of {@code w} (bisection; {@code -log g} is
     * increasing above the mode).
     */
    private static double decayPoint(double w, double from, double f, double a, double ab, double scale) {
        double lo = from;
        double hi = Math.max(Math.expm1(w / ab) * scale, 2 * from);
        while (decay(hi, f, a, ab, scale) < w) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > Tolerances.PANEL_END_POINT * hi) {
            double mid = 0.5 * (lo + hi);
            if (decay(mid, f, a, ab, scale) < w) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** {@code -log g(s)}. */
    private static double decay(double s, double f, double a, double ab, double scale) {
        return ab * Math.log1p(s / scale) - (a - 1) * Math.log1p(s / f);
    }

    /** {@code g(s) = (1 + s/f)^{a-1} (1 + s/scale)^{-(a+b)}}. */
    private static double g(double s, double f, double a, double ab, double scale) {
        return Math.exp((a - 1) * Math.log1p(s / f) - ab * Math.log1p(s / scale));
    }
}
