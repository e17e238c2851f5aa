package org.crm4j.analytics.timeseries;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Forecast means and variances of ETS models, the three analytic classes of Hyndman et al. (2008, ch. 6) as
 * forecast's {@code forecast.ets} computes them, and simulated quantiles for the other models.
 * <ul>
 *   <li>Class 1, linear homoscedastic: {@code ETS(A, N|A|Ad, N|A)}. Mean {@code w' F^(h-1) x_n}, variance
 *       {@code sigma² (1 + sum_{j<h} c_j²)} with {@code c_j = w' F^(j-1) g}.</li>
 *   <li>Class 2, linear heteroscedastic: {@code ETS(M, N|A|Ad, N|A)}. The class-1 mean; variance
 *       {@code (1 + sigma²) theta_h - mu_h²} with {@code theta_h = mu_h² + sigma² sum_{j<h} c_j² theta_(h-j)}.</li>
 *   <li>Class 3: {@code ETS(M, N|A|Ad, M)}. Mean and variance from the recursions of the first two moments of
 *       the (level, trend) x season product (Hyndman et al. 2008, §6.4); the mean includes the
 *       {@code sigma²} correction, so it differs slightly from the point recursion.</li>
 * </ul>
 * In class 1 the seasonal smoothing enters {@code g} at the first seasonal state; forecast 8.20 put it at the third
 * state, which is the second seasonal state when there is no trend, fixed in its commit 84689588.
 */
final class EtsForecasting {

    /**
     * Means and variances (or, simulated, means and quantiles).
     *
     * @param mean     the means
     * @param variance the variances, null when simulated
     * @param paths    the simulated paths, sorted per horizon ({@code paths[t]} sorted, NaNs dropped), null when
     *                 analytic
     */
    record Moments(double[] mean, double[] variance, double[][] paths) {
    }

    private EtsForecasting() {
    }

    /** @return whether the model has analytic forecast variances (classes 1 to 3) */
    static boolean analytic(EtsSpec spec) {
        return spec.trend() != EtsSpec.Component.MULTIPLICATIVE
                && (spec.season() != EtsSpec.Component.MULTIPLICATIVE
                        || spec.error() == EtsSpec.Component.MULTIPLICATIVE);
    }

    static Moments moments(EtsModel model, double[] last, int h) {
        EtsSpec spec = model.spec();
        if (!analytic(spec)) {
            return simulate(model, last, h);
        }
        double phi = spec.damped() ? model.phi() : 1;
        if (spec.season() == EtsSpec.Component.MULTIPLICATIVE) {
            return classThree(spec, last, model.period(), model.alpha(), model.beta(), model.gamma(), phi,
                    model.sigma2(), h);
        }
        double[][] one = classOne(spec, last, model.period(), model.alpha(), model.beta(), model.gamma(), phi, h);
        double[] mu = one[0];
        double[] c = one[1];
        double s2 = model.sigma2();
        double[] var = new double[h];
        if (spec.error() == EtsSpec.Component.ADDITIVE) {
            double cum = 0;
            for (int i = 0; i < h; i++) {
                var[i] = s2 * (1 + cum);
                cum += c[i] * c[i];
            }
        } else {
            double[] theta = new double[h];
            for (int j = 0; j < h; j++) {
                double sum = 0;
                for (int i = 0; i < j; i++) {
                    sum += c[i] * c[i] * theta[j - 1 - i];
                }
                theta[j] = mu[j] * mu[j] + s2 * sum;
                var[j] = (1 + s2) * theta[j] - mu[j] * mu[j];
            }
        }
        return new Moments(mu, var, null);
    }

    /** @return {@code {mu[h], c[h]}} of class 1: {@code mu_j = w' F^(j-1) x}, {@code c_j = w' F^(j-1) g} */
    private static double[][] classOne(EtsSpec spec, double[] x, int m, double alpha, double beta, double gamma,
            double phi, int h) {
        boolean trend = spec.hasTrend();
        boolean season = spec.hasSeason();
        int p = x.length;
        int s0 = trend ? 2 : 1;
        double[] v = x.clone();
        double[] g = new double[p];
        g[0] = alpha;
        if (trend) {
            g[1] = beta;
        }
        if (season) {
            g[s0] = gamma;
        }
        double[] mu = new double[h];
        double[] c = new double[h];
        for (int j = 0; j < h; j++) {
            mu[j] = observe(v, trend, season, phi);
            c[j] = observe(g, trend, season, phi);
            transition(v, trend, season, m, phi);
            transition(g, trend, season, m, phi);
        }
        return new double[][] {mu, c};
    }

    /** {@code w' v} with {@code w = (1, phi, 0, ..., 0, 1)}: level, damped trend, oldest seasonal index. */
    private static double observe(double[] v, boolean trend, boolean season, double phi) {
        double r = v[0];
        if (trend) {
            r += phi * v[1];
        }
        if (season) {
            r += v[v.length - 1];
        }
        return r;
    }

    /** {@code v <- F v}: level plus damped trend, damped trend, seasonal rotation (in place). */
    private static void transition(double[] v, boolean trend, boolean season, int m, double phi) {
        if (trend) {
            v[0] += phi * v[1];
            v[1] *= phi;
        }
        if (season) {
            int s0 = v.length - m;
            double oldest = v[v.length - 1];
            System.arraycopy(v, s0, v, s0 + 1, m - 1);
            v[s0] = oldest;
        }
    }

    /** Class 3 moments by the recursions of forecast's {@code class3} (Kronecker form). */
    private static Moments classThree(EtsSpec spec, double[] x, int m, double alpha, double beta, double gamma,
            double phi, double s2, int h) {
        int q = spec.hasTrend() ? 2 : 1;
        double[][] f1 = q == 1 ? new double[][] {{1}} : new double[][] {{1, 1}, {0, phi}};
        double[][] g1 = q == 1 ? new double[][] {{alpha}} : new double[][] {{alpha, alpha}, {beta, beta}};
        double[][] f2 = new double[m][m];
        f2[0][m - 1] = 1;
        for (int i = 1; i < m; i++) {
            f2[i][i - 1] = 1;
        }
        double[][] g2 = new double[m][m];
        g2[0][m - 1] = gamma;
        double[][] mh = new double[q][m];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < m; j++) {
                mh[i][j] = x[i] * x[q + j];
            }
        }
        int d = q * m;
        double[][] vh = new double[d][d];
        double[][] f21 = EtsMatrices.kron(f2, f1);
        double[][] g21 = EtsMatrices.kron(g2, g1);
        double[][] k = EtsMatrices.add(EtsMatrices.kron(g2, f1), EtsMatrices.kron(f2, g1));
        double[][] f2t = EtsMatrices.transpose(f2);
        double[][] g2t = EtsMatrices.transpose(g2);
        double[] mean = new double[h];
        double[] var = new double[h];
        for (int i = 0; i < h; i++) {
            double mu = 0;
            for (int r = 0; r < q; r++) {
                mu += mh[r][m - 1];
            }
            double quad = 0;
            for (int a = d - q; a < d; a++) {
                for (int b = d - q; b < d; b++) {
                    quad += vh[a][b];
                }
            }
            mean[i] = mu;
            var[i] = (1 + s2) * quad + s2 * mu * mu;
            double[] vec = new double[d];
            for (int col = 0; col < m; col++) {
                for (int row = 0; row < q; row++) {
                    vec[col * q + row] = mh[row][col];
                }
            }
            double[][] outer = EtsMatrices.outer(vec);
            double[][] next = EtsMatrices.sandwich(f21, vh, f21);
            double[][] cross = EtsMatrices.add(EtsMatrices.sandwich(f21, vh, g21), EtsMatrices.sandwich(g21, vh, f21));
            double[][] kk = EtsMatrices.sandwich(k, EtsMatrices.add(vh, outer), k);
            double[][] gg = EtsMatrices.sandwich(g21, EtsMatrices.add(EtsMatrices.scale(vh, 3), EtsMatrices.scale(outer, 2)),
                    g21);
            vh = EtsMatrices.add(next, EtsMatrices.scale(EtsMatrices.add(EtsMatrices.add(cross, kk), EtsMatrices.scale(gg, s2)),
                    s2));
            mh = EtsMatrices.add(EtsMatrices.multiply(EtsMatrices.multiply(f1, mh), f2t),
                    EtsMatrices.scale(EtsMatrices.multiply(EtsMatrices.multiply(g1, mh), g2t), s2));
        }
        return new Moments(mean, var, null);
    }

    /**
     * Simulated future paths for models without analytic variances, R's {@code simulate.ets(future = TRUE)}:
     * Gaussian errors of standard deviation {@code sqrt(sigma²)} (relative for multiplicative errors), the
     * model's seed and number of paths; the mean is the point forecast.
     */
    static Moments simulate(EtsModel model, double[] last, int h) {
        EtsSpec spec = model.spec();
        EtsFilter filter = new EtsFilter(spec, model.period());
        double phi = spec.damped() ? model.phi() : 1;
        double alpha = model.alpha();
        double beta = spec.hasTrend() ? model.beta() : 0;
        double gamma = spec.hasSeason() ? model.gamma() : 0;
        double[] mean = filter.pointForecasts(last, h, phi);
        int paths = model.options().simulationPaths();
        SplittableRandom random = new SplittableRandom(model.options().seed());
        double sd = Math.sqrt(model.sigma2());
        double[][] byStep = new double[h][paths];
        double[] e = new double[h];
        double[] path = new double[h];
        for (int r = 0; r < paths; r++) {
            for (int t = 0; t < h; t++) {
                e[t] = sd * random.nextGaussian();
            }
            filter.simulate(last, e, alpha, beta, gamma, phi, path);
            for (int t = 0; t < h; t++) {
                byStep[t][r] = path[t];
            }
        }
        for (int t = 0; t < h; t++) {
            byStep[t] = Arrays.stream(byStep[t]).filter(v -> !Double.isNaN(v)).sorted().toArray();
        }
        return new Moments(mean, null, byStep);
    }

    /**
     * Hyndman–Fan type 8 sample quantile (R's {@code quantile(type = 8)}), median-unbiased.
     *
     * @param sorted the sample, ascending, non-empty
     * @param prob   the probability in [0, 1]
     * @return the quantile
     */
    static double quantile(double[] sorted, double prob) {
        int n = sorted.length;
        double position = prob * (n + 1.0 / 3) + 1.0 / 3;
        int j = (int) Math.floor(position);
        double g = position - j;
        double lo = sorted[Math.max(0, Math.min(n - 1, j - 1))];
        double hi = sorted[Math.max(0, Math.min(n - 1, j))];
        return (1 - g) * lo + g * hi;
    }
}
