package org.crm4j.analytics.lifetime;

import java.util.Arrays;

import org.crm4j.analytics.stats.SpecialFunctions;

/**
 * The BG/NBD log-likelihood of a customer base with its analytic gradient and Hessian in {@code (r, α, a, b)}.
 *
 * <p>Per customer (Fader, Hardie & Lee 2005, eq. 6, in logs):
 * <pre>
 *   ℓ = log Γ(r+x) - log Γ(r) + r log α                                  (depends on x only, plus r log α)
 *     + log B(a, b+x) - log B(a, b)                                      (depends on x only)
 *     + LSE( -(r+x) log(α+T),  [x > 0] (log a - log(b+x-1) - (r+x) log(α+t_x)) )
 * </pre>
 * with {@code LSE(u, v) = max + log1p(exp(min - max))}, so nothing overflows for large {@code x}. The terms that
 * depend on {@code x} alone are evaluated once per distinct frequency and weighted by its count; each customer then
 * costs two logarithms, one exponential and one {@code log1p}.
 *
 * <p>Derivatives: with {@code w} the weight of the second (dropped-out) term in the LSE and {@code v = 1 - w}, the
 * LSE's gradient is {@code v ∇l₃ + w ∇l₄} and its Hessian {@code v ∇²l₃ + w ∇²l₄ + w v δ δ'} with
 * {@code δ = ∇l₄ - ∇l₃}; the frequency terms differentiate to digamma and trigamma differences.
 */
final class BgNbdLikelihood implements LogLikelihood {

    private static final String[] NAMES = {"r", "alpha", "a", "b"};

    private final double[] recency;
    private final double[] age;
    private final int[] group;
    private final double[] distinct;
    private final double[] counts;
    private final int customers;

    /** Arguments already checked by {@link Inputs#requireSummary}; they are read, not kept beyond the fit. */
    BgNbdLikelihood(double[] frequency, double[] recency, double[] age) {
        this.customers = frequency.length;
        this.recency = recency;
        this.age = age;
        double[] sorted = frequency.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        this.distinct = Arrays.copyOf(sorted, k);
        this.counts = new double[k];
        this.group = new int[customers];
        for (int i = 0; i < customers; i++) {
            int g = Arrays.binarySearch(distinct, frequency[i]);
            group[i] = g;
            counts[g]++;
        }
    }

    @Override
    public String[] names() {
        return NAMES.clone();
    }

    /** @return the mean age, for the starting value of {@code α} */
    double meanAge() {
        double s = 0;
        for (double t : age) {
            s += t;
        }
        return s / customers;
    }

    /** @return the mean frequency */
    double meanFrequency() {
        double s = 0;
        for (int g = 0; g < distinct.length; g++) {
            s += distinct[g] * counts[g];
        }
        return s / customers;
    }

    @Override
    public double evaluate(double[] params, double[] gradient, double[][] hessian) {
        double r = params[0];
        double alpha = params[1];
        double a = params[2];
        double b = params[3];
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0) || !Double.isFinite(r + alpha + a + b)) {
            return Double.NaN;
        }
        boolean derivatives = gradient != null;
        double[] g = new double[4];
        double[] h = new double[10]; // rr rα ra rb αα αa αb aa ab bb
        double n = customers;
        double logAlpha = Math.log(alpha);
        double ll = n * r * logAlpha;
        double[] logB1 = new double[distinct.length];
        double[] invB1 = new double[distinct.length];
        double lgR = SpecialFunctions.logGamma(r);
        double lgB = SpecialFunctions.logGamma(b);
        double lgAB = SpecialFunctions.logGamma(a + b);
        for (int k = 0; k < distinct.length; k++) {
            double x = distinct[k];
            if (x == 0) {
                continue;
            }
            double c = counts[k];
            ll += c * (SpecialFunctions.logGamma(r + x) - lgR + lgAB + SpecialFunctions.logGamma(b + x) - lgB
                    - SpecialFunctions.logGamma(a + b + x));
            logB1[k] = Math.log(b + x - 1);
            invB1[k] = 1 / (b + x - 1);
            if (derivatives) {
                double dAB = Polygamma.digamma(a + b) - Polygamma.digamma(a + b + x);
                g[0] += c * (Polygamma.digamma(r + x) - Polygamma.digamma(r));
                g[2] += c * dAB;
                g[3] += c * (dAB + Polygamma.digamma(b + x) - Polygamma.digamma(b));
                double tAB = Polygamma.trigamma(a + b) - Polygamma.trigamma(a + b + x);
                h[0] += c * (Polygamma.trigamma(r + x) - Polygamma.trigamma(r));
                h[7] += c * tAB;
                h[8] += c * tAB;
                h[9] += c * (tAB + Polygamma.trigamma(b + x) - Polygamma.trigamma(b));
            }
        }
        if (derivatives) {
            g[0] += n * logAlpha;
            g[1] += n * r / alpha;
            h[1] += n / alpha;
            h[4] -= n * r / (alpha * alpha);
        }
        double logA = Math.log(a);
        double invA = 1 / a;
        for (int i = 0; i < customers; i++) {
            int k = group[i];
            double x = distinct[k];
            double l3 = Math.log(alpha + age[i]);
            if (x == 0) {
                ll -= r * l3;
                if (derivatives) {
                    double i3 = 1 / (alpha + age[i]);
                    g[0] -= l3;
                    g[1] -= r * i3;
                    h[1] -= i3;
                    h[4] += r * i3 * i3;
                }
                continue;
            }
            double rx = r + x;
            double l4 = Math.log(alpha + recency[i]);
            double d = logA - logB1[k] + rx * (l3 - l4); // log of (second term / first term)
            double w;
            double v;
            if (d > 0) {
                double e = Math.exp(-d);
                ll += logA - logB1[k] - rx * l4 + Math.log1p(e);
                w = 1 / (1 + e);
                v = e / (1 + e);
            } else {
                double e = Math.exp(d);
                ll += -rx * l3 + Math.log1p(e);
                w = e / (1 + e);
                v = 1 / (1 + e);
            }
            if (derivatives) {
                double i3 = 1 / (alpha + age[i]);
                double i4 = 1 / (alpha + recency[i]);
                g[0] -= v * l3 + w * l4;
                g[1] -= rx * (v * i3 + w * i4);
                g[2] += w * invA;
                g[3] -= w * invB1[k];
                double d0 = l3 - l4;
                double d1 = rx * (i3 - i4);
                double d2 = invA;
                double d3 = -invB1[k];
                double wv = w * v;
                h[0] += wv * d0 * d0;
                h[1] += wv * d0 * d1 - (v * i3 + w * i4);
                h[2] += wv * d0 * d2;
                h[3] += wv * d0 * d3;
                h[4] += wv * d1 * d1 + rx * (v * i3 * i3 + w * i4 * i4);
                h[5] += wv * d1 * d2;
                h[6] += wv * d1 * d3;
                h[7] += wv * d2 * d2 - w * invA * invA;
                h[8] += wv * d2 * d3;
                h[9] += wv * d3 * d3 + w * invB1[k] * invB1[k];
            }
        }
        if (derivatives) {
            System.arraycopy(g, 0, gradient, 0, 4);
            int q = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = i; j < 4; j++) {
                    hessian[i][j] = h[q];
                    hessian[j][i] = h[q];
                    q++;
                }
            }
        }
        return ll;
    }
}
