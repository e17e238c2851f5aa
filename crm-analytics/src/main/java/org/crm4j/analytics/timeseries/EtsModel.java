package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.stats.Normal;

/**
 * A fitted exponential smoothing model, made by {@link Ets#fit} or {@link AutoEts#fit}. Immutable and
 * thread-safe: arrays are copied in and out, and forecasting does not change the model.
 *
 * <p>The statistics are R's {@code forecast::ets} ones, with {@code n} observations, {@code k} estimated values
 * (smoothing parameters plus free initial states, R's {@code length(par)}) and {@code SSE} the sum of squared
 * errors (relative errors for multiplicative-error models):
 * <pre>
 *   log L = -(n/2) log(SSE) [- sum log|f_t| for multiplicative errors]     (R's loglik, without constants)
 *   AIC = -2 log L + 2 (k + 1),  AICc = AIC + 2 (k + 1)(k + 2) / (n - k - 2),  BIC = -2 log L + (k + 1) log n
 *   sigma² = SSE / (n - k)
 * </pre>
 * The log-likelihood omits the constant {@code -(n/2)(1 + log(2 pi / n))}, as R does, so values compare with
 * R's ets but not with ARIMA log-likelihoods.
 */
public final class EtsModel {

    /** The fit statistics. */
    record Fit(double logLikelihood, double aic, double aicc, double bic, double sigma2) {
    }

    private static final double[] DEFAULT_LEVELS = {0.80, 0.95};

    private final EtsSpec spec;
    private final int period;
    private final double[] parameters;
    private final double[] initialStates;
    private final double[] lastState;
    private final Fit fit;
    private final double[] residuals;
    private final double[] fitted;
    private final boolean converged;
    private final int iterations;
    private final Ets.Options options;

    EtsModel(EtsSpec spec, int period, double[] parameters, double[] initialStates, double[] lastState, Fit fit,
            double[] residuals, double[] fitted, boolean converged, int iterations, Ets.Options options) {
        this.spec = spec;
        this.period = period;
        this.parameters = parameters.clone();
        this.initialStates = initialStates.clone();
        this.lastState = lastState.clone();
        this.fit = fit;
        this.residuals = residuals.clone();
        this.fitted = fitted.clone();
        this.converged = converged;
        this.iterations = iterations;
        this.options = options;
    }

    /** @return the model's spec */
    public EtsSpec spec() {
        return spec;
    }

    /** @return R's name of the model, e.g. {@code "ETS(M,Ad,M)"} */
    public String method() {
        return spec.label();
    }

    /** @return the seasonal period of the state (the frequency for seasonal models, 1 otherwise) */
    public int period() {
        return period;
    }

    /** @return the level smoothing parameter alpha */
    public double alpha() {
        return parameters[0];
    }

    /** @return the trend smoothing parameter beta (R's, {@code alpha beta*}), NaN without a trend */
    public double beta() {
        return parameters[1];
    }

    /** @return the seasonal smoothing parameter gamma, NaN without a season */
    public double gamma() {
        return parameters[2];
    }

    /** @return the damping parameter phi, NaN without a damped trend */
    public double phi() {
        return parameters[3];
    }

    /**
     * @return R's {@code initstate}: the initial state {@code (l, b, s_0, ..., s_{m-1})} at time 0, the trend only
     *         with a trend and the m seasonal indices only with a season ({@code s_{m-1}} enters the first
     *         forecast)
     */
    public double[] initialStates() {
        return initialStates.clone();
    }

    /** @return the state after the last observation, from which forecasts start (same layout) */
    public double[] finalStates() {
        return lastState.clone();
    }

    /** @return R's log-likelihood (without constants, see the class comment); NaN for a constant series */
    public double logLikelihood() {
        return fit.logLikelihood();
    }

    /** @return the AIC, NaN for a constant series */
    public double aic() {
        return fit.aic();
    }

    /** @return the AICc, NaN for a constant series */
    public double aicc() {
        return fit.aicc();
    }

    /** @return the BIC, NaN for a constant series */
    public double bic() {
        return fit.bic();
    }

    /**
     * @return the error variance {@code SSE / (n - k)}; in units of y² for additive errors, dimensionless (relative
     *         errors) for multiplicative errors
     */
    public double sigma2() {
        return fit.sigma2();
    }

    /** @return the one-step errors: {@code y - f} (additive errors) or {@code (y - f) / f} (multiplicative) */
    public double[] residuals() {
        return residuals.clone();
    }

    /** @return the one-step forecasts {@code f_t} of the observations */
    public double[] fitted() {
        return fitted.clone();
    }

    /** @return whether Nelder–Mead met its stopping rule within the budget (true for a constant series) */
    public boolean converged() {
        return converged;
    }

    /** @return the objective evaluations Nelder–Mead used (R's {@code fncount}) */
    public int iterations() {
        return iterations;
    }

    Ets.Options options() {
        return options;
    }

    /**
     * Forecasts {@code h} steps ahead with prediction intervals (default levels 0.80 and 0.95); pure and
     * thread-safe.
     *
     * <p>For the three analytic classes of Hyndman et al. (2008, ch. 6) the standard errors are exact and the
     * intervals Gaussian, {@code mean ± z se}, as R's {@code forecast.ets}: class 1 {@code ETS(A, N|A|Ad, N|A)},
     * class 2 {@code ETS(M, N|A|Ad, N|A)}, class 3 {@code ETS(M, N|A|Ad, M)} (whose mean includes a small
     * {@code sigma²} correction, as R's). The other models ({@code Ets.Options#restrict()} off: multiplicative
     * trends, additive errors with a multiplicative season) are simulated as R does: {@link
     * Ets.Options#simulationPaths()} paths with Gaussian errors from the model's {@link Ets.Options#seed()}; the
     * mean is then the point forecast, the bounds are type-8 quantiles of the paths and the standard errors their
     * standard deviations; the result is reproducible for a given seed.
     *
     * @param h      the horizon, {@code >= 1}
     * @param levels interval levels as fractions in (0, 1), distinct; none means {@code 0.80, 0.95}
     * @return the forecast
     * @throws IllegalArgumentException when {@code h < 1} or a level is outside (0, 1) or repeated
     */
    public Forecast forecast(int h, double... levels) {
        Checks.require(h >= 1, "h must be >= 1, was %d", h);
        double[] lv = levels == null || levels.length == 0 ? DEFAULT_LEVELS.clone() : levels.clone();
        for (int i = 0; i < lv.length; i++) {
            Checks.require(lv[i] > 0 && lv[i] < 1, "levels[%d] must be a fraction in (0, 1), was %s", i, lv[i]);
            for (int j = 0; j < i; j++) {
                Checks.require(lv[j] != lv[i], "levels must be distinct, %s was repeated", lv[i]);
            }
        }
        EtsForecasting.Moments moments = EtsForecasting.moments(this, lastState, h);
        double[] mean = moments.mean();
        double[] se = new double[h];
        double[][] lower = new double[lv.length][h];
        double[][] upper = new double[lv.length][h];
        if (moments.variance() != null) {
            for (int t = 0; t < h; t++) {
                se[t] = Math.sqrt(moments.variance()[t]);
            }
            for (int i = 0; i < lv.length; i++) {
                double z = Normal.quantile(0.5 + lv[i] / 2);
                for (int t = 0; t < h; t++) {
                    lower[i][t] = mean[t] - z * se[t];
                    upper[i][t] = mean[t] + z * se[t];
                }
            }
        } else {
            double[][] paths = moments.paths();
            for (int t = 0; t < h; t++) {
                se[t] = standardDeviation(paths[t]);
                for (int i = 0; i < lv.length; i++) {
                    lower[i][t] = paths[t].length == 0 ? Double.NaN
                            : EtsForecasting.quantile(paths[t], 0.5 - lv[i] / 2);
                    upper[i][t] = paths[t].length == 0 ? Double.NaN
                            : EtsForecasting.quantile(paths[t], 0.5 + lv[i] / 2);
                }
            }
        }
        return new Forecast(mean, se, lv, lower, upper);
    }

    private static double standardDeviation(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /**
     * @return R's printout of an ets model: the method, the smoothing parameters, the initial states (values
     *         rounded to 4 decimals as R's {@code round(x, 4)}), sigma and AIC/AICc/BIC
     */
    public String summary() {
        StringBuilder sb = new StringBuilder(method()).append("\n\n  Smoothing parameters:\n");
        sb.append("    alpha = ").append(round4(alpha())).append('\n');
        if (spec.hasTrend()) {
            sb.append("    beta  = ").append(round4(beta())).append('\n');
        }
        if (spec.hasSeason()) {
            sb.append("    gamma = ").append(round4(gamma())).append('\n');
        }
        if (spec.damped()) {
            sb.append("    phi   = ").append(round4(phi())).append('\n');
        }
        sb.append("\n  Initial states:\n");
        sb.append("    l = ").append(round4(initialStates[0])).append('\n');
        int s0 = 1;
        if (spec.hasTrend()) {
            sb.append("    b = ").append(round4(initialStates[1])).append('\n');
            s0 = 2;
        }
        if (spec.hasSeason()) {
            sb.append("    s =");
            for (int j = s0; j < initialStates.length; j++) {
                if (j > s0 && (j - s0) % 6 == 0) {
                    sb.append("\n          ");
                }
                sb.append(' ').append(round4(initialStates[j]));
            }
            sb.append('\n');
        }
        sb.append("\n  sigma:  ").append(round4(Math.sqrt(sigma2()))).append("\n\n");
        sb.append(Checks.message("%12s %12s %12s%n%12.3f %12.3f %12.3f", "AIC", "AICc", "BIC", aic(), aicc(),
                bic()));
        sb.append(Checks.message("%nNelder-Mead evaluations %d, %s", iterations,
                converged ? "converged" : "NOT converged (best point found)"));
        return sb.toString();
    }

    /** R's {@code round(x, 4)} printed without trailing zeros. */
    private static String round4(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        java.math.BigDecimal d = new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
