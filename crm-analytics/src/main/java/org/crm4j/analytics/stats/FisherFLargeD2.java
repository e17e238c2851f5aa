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
 * + δ(b) - δ(a+b)} with Stirling's remainder δ, which does not cancel for large {@code b}. The half line is cut where
 * {@code -log g} reaches 60 (found by a short fixed-point iteration, since the factor {@code (1 + s/f)^{a-1}} slows
 * the decay) into panels of about 5 e-folds of the dominant factor, each integrated by {@link GaussLegendre}.
 *
 * <p>Used for {@code d2 >= } {@link FisherF#LARGE_D2} and {@code d1 <= } {@link FisherF#MAX_D1_FOR_QUADRATURE}.
 * Measured against mpmath (40 digits, {@code make_references.py}): see {@link FisherF}.
 */
final class FisherFLargeD2 {

    /** Where the integration stops: {@code -log g(s) = W_MAX}. */
    private static final double W_MAX = 60.0;
    /** Decay of the dominant factor per panel. */
    private static final double PANEL_DECAY = 5.0;

    private FisherFLargeD2() {
    }

    /** {@code P(F > f)} for finite {@code f > 0} above the mode. */
    static double upperTail(double f, double d1, double d2) {
        double a = 0.5 * d1;
        double b = 0.5 * d2;
        double ab = a + b;
        double scale = (b + a * f) / a; // s = expm1(w / (a+b)) * scale inverts the dominant factor
        double logGammaRatio = -b * SpecialFunctions.log1pMinus(a / b) - (a - 0.5) * Math.log1p(a / b)
                + SpecialFunctions.stirlingRemainder(b) - SpecialFunctions.stirlingRemainder(ab);
        double logDensity = a * Math.log(a) + (a - 1) * Math.log(f) - ab * Math.log1p(a * f / b)
                - SpecialFunctions.logGamma(a) - logGammaRatio;
        if (logDensity < -800) {
            return 0.0;
        }
        // -log g(s) = w - (a-1) log1p(s/f) at s = expm1(w/(a+b)) scale: the increasing, concave fixed-point map
        // below converges monotonically from W_MAX to the w where -log g = W_MAX; the last loop guarantees it.
        double wEnd = W_MAX;
        if (a > 1) {
            for (int i = 0; i < 100_000; i++) {
                double next = W_MAX + (a - 1) * Math.log1p(Math.expm1(wEnd / ab) * scale / f);
                boolean done = next - wEnd <= 1e-9 * next;
                wEnd = next;
                if (done) {
                    break;
                }
            }
            while (wEnd - (a - 1) * Math.log1p(Math.expm1(wEnd / ab) * scale / f) < W_MAX - 1) {
                wEnd *= 1.25;
            }
        }
        int panels = (int) Math.ceil(wEnd / PANEL_DECAY);
        double sum = 0.0;
        double lo = 0.0;
        for (int k = 1; k <= panels; k++) {
            double hi = Math.expm1(wEnd * k / panels / ab) * scale;
            sum += GaussLegendre.integrate(s -> g(s, f, a, ab, scale), lo, hi);
            lo = hi;
        }
        return Math.exp(logDensity + Math.log(sum));
    }

    /** {@code g(s) = (1 + s/f)^{a-1} (1 + s/scale)^{-(a+b)}}. */
    private static double g(double s, double f, double a, double ab, double scale) {
        return Math.exp((a - 1) * Math.log1p(s / f) - ab * Math.log1p(s / scale));
    }
}
