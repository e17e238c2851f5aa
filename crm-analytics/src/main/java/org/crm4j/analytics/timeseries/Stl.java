package org.crm4j.analytics.timeseries;

/**
 * Seasonal-trend decomposition by loess (Cleveland et al. 1990), non-robust, with the defaults of R's
 * {@code stl(x, s.window)}: seasonal degree 0, trend and low-pass degree 1, two inner passes, no outer
 * (robustness) pass, loess evaluated every {@code ceiling(window / 10)} points and linearly interpolated between.
 * Used by {@link AutoArima} for the seasonal-strength heuristic of forecast's {@code nsdiffs(test = "seas")}.
 *
 * <p>Reference: R. B. Cleveland, W. S. Cleveland, J. E. McRae, I. Terpenning (1990), STL: A seasonal-trend
 * decomposition procedure based on loess, Journal of Official Statistics 6, 3–73.
 */
final class Stl {

    private final int n;
    private final int np;
    private final double[] seasonal;
    private final double[] trend;

    private Stl(int n, int np) {
        this.n = n;
        this.np = np;
        this.seasonal = new double[n];
        this.trend = new double[n];
    }

    /**
     * Decomposes {@code y} with seasonal window {@code sWindow}.
     *
     * @param y       the series, at least two full periods plus one (not modified)
     * @param period  the period, {@code >= 2}
     * @param sWindow the seasonal loess window (made odd and at least 3)
     * @return {@code {seasonal, trend}}
     */
    static double[][] decompose(double[] y, int period, int sWindow) {
        int ns = odd(Math.max(3, sWindow));
        int nt = odd(Math.max(3, (int) Math.ceil(1.5 * period / (1 - 1.5 / ns))));
        int nl = odd(Math.max(3, period));
        Stl stl = new Stl(y.length, Math.max(2, period));
        stl.run(y, ns, nt, nl, jump(ns), jump(nt), jump(nl));
        return new double[][] {stl.seasonal, stl.trend};
    }

    /**
     * forecast's seasonal strength {@code max(0, min(1, 1 - var(R) / var(R + S)))} of {@code mstl(x)} with its
     * default seasonal window 11.
     *
     * @param y      the series (not modified)
     * @param period the period
     * @return the strength in [0, 1]
     */
    static double seasonalStrength(double[] y, int period) {
        double[][] st = decompose(y, period, 11);
        int len = y.length;
        double[] rem = new double[len];
        double[] remSeas = new double[len];
        for (int i = 0; i < len; i++) {
            rem[i] = y[i] - st[0][i] - st[1][i];
            remSeas[i] = rem[i] + st[0][i];
        }
        double ratio = variance(rem) / variance(remSeas);
        return Math.max(0, Math.min(1, 1 - ratio));
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }

    private static int odd(int v) {
        return v % 2 == 0 ? v + 1 : v;
    }

    private static int jump(int window) {
        return (int) Math.ceil(window / 10.0);
    }

    private void run(double[] y, int ns, int nt, int nl, int nsjump, int ntjump, int nljump) {
        int len = n + 2 * np;
        double[] w1 = new double[len];
        double[] w2 = new double[len];
        double[] w3 = new double[len];
        double[] w4 = new double[len];
        double[] w5 = new double[len];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                w1[i] = y[i] - trend[i];
            }
            cycleSubseries(w1, ns, nsjump, w2, w3, w4, w5);
            lowPass(w2, len, w3, w1);
            smooth(w3, n, nl, 1, nljump, w1, 0, w4);
            for (int i = 0; i < n; i++) {
                seasonal[i] = w2[np + i] - w1[i];
            }
            for (int i = 0; i < n; i++) {
                w1[i] = y[i] - seasonal[i];
            }
            smooth(w1, n, nt, 1, ntjump, trend, 0, w3);
        }
    }

    /** Smooths each cycle-subseries with one extra point at each end; result of length n + 2 np in out. */
    private void cycleSubseries(double[] y, int ns, int nsjump, double[] out, double[] sub, double[] smoothed,
            double[] weights) {
        for (int j = 0; j < np; j++) {
            int k = (n - j - 1) / np + 1;
            for (int i = 0; i < k; i++) {
                sub[i] = y[i * np + j];
            }
            smooth(sub, k, ns, 0, nsjump, smoothed, 1, weights);
            int nright = Math.min(ns, k);
            double left = estimate(sub, k, ns, 0, 0, 1, nright, weights);
            smoothed[0] = Double.isNaN(left) ? smoothed[1] : left;
            int nleft = Math.max(1, k - ns + 1);
            double right = estimate(sub, k, ns, 0, k + 1, nleft, k, weights);
            smoothed[k + 1] = Double.isNaN(right) ? smoothed[k] : right;
            for (int m = 0; m < k + 2; m++) {
                out[m * np + j] = smoothed[m];
            }
        }
    }

    /** Moving averages of lengths np, np and 3 (series of length len into n values in out). */
    private void lowPass(double[] x, int len, double[] out, double[] work) {
        movingAverage(x, len, np, out);
        movingAverage(out, len - np + 1, np, work);
        movingAverage(work, len - 2 * np + 2, 3, out);
    }

    private static void movingAverage(double[] x, int len, int window, double[] ave) {
        int m = len - window + 1;
        double v = 0;
        for (int i = 0; i < window; i++) {
            v += x[i];
        }
        ave[0] = v / window;
        for (int j = 1; j < m; j++) {
            v += x[j + window - 1] - x[j - 1];
            ave[j] = v / window;
        }
    }

    /**
     * Loess smoothing of {@code y[0..len)} with window {@code window}, degree {@code degree}, evaluated every
     * {@code jump} points and interpolated; writes {@code ys[offset + i]}.
     */
    private static void smooth(double[] y, int len, int window, int degree, int jump, double[] ys,
            int offset, double[] w) {
        if (len < 2) {
            ys[offset] = y[0];
            return;
        }
        int newnj = Math.min(jump, len - 1);
        int nleft = 0;
        int nright = 0;
        if (window >= len) {
            nleft = 1;
            nright = len;
            for (int i = 1; i <= len; i += newnj) {
                double v = estimate(y, len, window, degree, i, nleft, nright, w);
                ys[offset + i - 1] = Double.isNaN(v) ? y[i - 1] : v;
            }
        } else if (newnj == 1) {
            int nsh = (window + 1) / 2;
            nleft = 1;
            nright = window;
            for (int i = 1; i <= len; i++) {
                if (i > nsh && nright != len) {
                    nleft++;
                    nright++;
                }
                double v = estimate(y, len, window, degree, i, nleft, nright, w);
                ys[offset + i - 1] = Double.isNaN(v) ? y[i - 1] : v;
            }
        } else {
            int nsh = (window + 1) / 2;
            for (int i = 1; i <= len; i += newnj) {
                if (i < nsh) {
                    nleft = 1;
                    nright = window;
                } else if (i >= len - nsh + 1) {
                    nleft = len - window + 1;
                    nright = len;
                } else {
                    nleft = i - nsh + 1;
                    nright = window + i - nsh;
                }
                double v = estimate(y, len, window, degree, i, nleft, nright, w);
                ys[offset + i - 1] = Double.isNaN(v) ? y[i - 1] : v;
            }
        }
        if (newnj != 1) {
            for (int i = 1; i <= len - newnj; i += newnj) {
                double delta = (ys[offset + i + newnj - 1] - ys[offset + i - 1]) / newnj;
                for (int j = i + 1; j <= i + newnj - 1; j++) {
                    ys[offset + j - 1] = ys[offset + i - 1] + delta * (j - i);
                }
            }
            int k = ((len - 1) / newnj) * newnj + 1;
            if (k != len) {
                double v = estimate(y, len, window, degree, len, nleft, nright, w);
                ys[offset + len - 1] = Double.isNaN(v) ? y[len - 1] : v;
                if (k != len - 1) {
                    double delta = (ys[offset + len - 1] - ys[offset + k - 1]) / (len - k);
                    for (int j = k + 1; j <= len - 1; j++) {
                        ys[offset + j - 1] = ys[offset + k - 1] + delta * (j - k);
                    }
                }
            }
        }
    }

    /**
     * Local (degree 0 or 1) tricube-weighted fit at 1-based position {@code xs} using points
     * {@code nleft..nright} (1-based); {@code NaN} when all weights vanish.
     */
    private static double estimate(double[] y, int len, int window, int degree, double xs, int nleft, int nright,
            double[] w) {
        double range = len - 1.0;
        double h = Math.max(xs - nleft, nright - xs);
        if (window > len) {
            h += (window - len) / 2;
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        for (int j = nleft; j <= nright; j++) {
            double wj = 0;
            double r = Math.abs(j - xs);
            if (r <= h9) {
                if (r <= h1) {
                    wj = 1;
                } else {
                    double u = r / h;
                    double t = 1 - u * u * u;
                    wj = t * t * t;
                }
                a += wj;
            }
            w[j - 1] = wj;
        }
        if (a <= 0) {
            return Double.NaN;
        }
        for (int j = nleft; j <= nright; j++) {
            w[j - 1] /= a;
        }
        if (h > 0 && degree > 0) {
            a = 0;
            for (int j = nleft; j <= nright; j++) {
                a += w[j - 1] * j;
            }
            double b = xs - a;
            double c = 0;
            for (int j = nleft; j <= nright; j++) {
                c += w[j - 1] * (j - a) * (j - a);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = nleft; j <= nright; j++) {
                    w[j - 1] *= b * (j - a) + 1;
                }
            }
        }
        double ys = 0;
        for (int j = nleft; j <= nright; j++) {
            ys += w[j - 1] * y[j - 1];
        }
        return ys;
    }
}
