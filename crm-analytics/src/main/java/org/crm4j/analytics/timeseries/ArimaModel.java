package org.crm4j.analytics.timeseries;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.internal.Significance;
import org.crm4j.analytics.stats.JarqueBera;
import org.crm4j.analytics.stats.Normal;
import org.crm4j.analytics.stats.TestResult;

/**
 * A fitted seasonal ARIMA model, made by {@link Arima#fit} or {@link AutoArima#fit}. Immutable and thread-safe:
 * arrays are copied in and out, and forecasting does not change the model.
 *
 * <p>Information criteria are R's and forecast's, with {@code k} the number of estimated coefficients,
 * {@code m = n - d - sD} the number of differenced observations and {@code L} the maximised likelihood:
 * <pre>
 *   AIC = -2 log L + 2 (k + 1),  AICc = AIC + 2 (k + 1)(k + 2) / (m - k - 2),  BIC = AIC + (k + 1)(log m - 2)
 * </pre>
 * (AICc is {@code +Infinity} when {@code m <= k + 2}). For {@link ArimaMethod#CSS} fits the log-likelihood is
 * R's CSS pseudo-likelihood and the three criteria are {@code NaN}, as R's {@code NA}.
 *
 * <p>{@link #residualDiagnostics()} tests the residuals for remaining autocorrelation (Ljung–Box, with forecast's
 * {@code checkresiduals} lag and degrees of freedom), for normality (Jarque–Bera) and for ARCH effects
 * ({@link ArchLm}), in the shared {@link TestResult} shape; {@link #summary()} prints them.
 */
public final class ArimaModel {

    private final ArimaSpec spec;
    private final String[] names;
    private final double[] coefficients;
    private final double[] standardErrors;
    private final double sigma2;
    private final double logLikelihood;
    private final int used;
    private final double[] residuals;
    private final int iterations;
    private final boolean converged;
    private final ForecastState forecastState;

    ArimaModel(ArimaSpec spec, String[] names, double[] coefficients, double[] standardErrors, double sigma2,
            double logLikelihood, int used, double[] residuals, int iterations, boolean converged,
            ForecastState forecastState) {
        this.spec = spec;
        this.names = names.clone();
        this.coefficients = coefficients.clone();
        this.standardErrors = standardErrors.clone();
        this.sigma2 = sigma2;
        this.logLikelihood = logLikelihood;
        this.used = used;
        this.residuals = residuals.clone();
        this.iterations = iterations;
        this.converged = converged;
        this.forecastState = forecastState;
    }

    /** @return the model's spec, with the mean resolved as fitted */
    public ArimaSpec spec() {
        return spec;
    }

    /**
     * @return the estimates in R's names and order: {@code ar1.., ma1.., sar1.., sma1.., intercept, drift}
     *         (unmodifiable, iteration in that order)
     */
    public Map<String, Double> coefficients() {
        return toMap(coefficients);
    }

    /** @return the standard errors (square roots of the diagonal of R's {@code var.coef}), same keys */
    public Map<String, Double> standardErrors() {
        return toMap(standardErrors);
    }

    private Map<String, Double> toMap(double[] values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** @return the maximum-likelihood innovation variance (CSS: mean squared CSS residual), R's {@code sigma2} */
    public double sigma2() {
        return sigma2;
    }

    /** @return the maximised Gaussian log-likelihood, R's {@code loglik} */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return the number of estimated coefficients {@code k} (sigma² excluded) */
    public int coefficientCount() {
        return coefficients.length;
    }

    /** @return the number of observations used after differencing, R's {@code nobs} */
    public int observationsUsed() {
        return used;
    }

    /** @return R's AIC, {@code NaN} for CSS fits */
    public double aic() {
        if (spec.method() == ArimaMethod.CSS) {
            return Double.NaN;
        }
        return -2 * logLikelihood + 2 * (coefficients.length + 1);
    }

    /** @return forecast's AICc, {@code NaN} for CSS fits, {@code +Infinity} when {@code m <= k + 2} */
    public double aicc() {
        int npar = coefficients.length + 1;
        if (used - npar - 1 <= 0 && spec.method() != ArimaMethod.CSS) {
            return Double.POSITIVE_INFINITY;
        }
        return aic() + 2.0 * npar * (npar + 1) / (used - npar - 1);
    }

    /** @return forecast's BIC, {@code NaN} for CSS fits */
    public double bic() {
        return aic() + (coefficients.length + 1) * (Math.log(used) - 2);
    }

    /**
     * @return the residuals, one per observation: standardised Kalman innovations for ML fits (R's
     *         {@code residuals}), CSS residuals for CSS fits; the first {@code d + sD} entries, consumed by
     *         differencing, are 0
     */
    public double[] residuals() {
        return residuals.clone();
    }

    /**
     * Tests of the residuals with forecast's {@code checkresiduals} choice of lag: {@code 2 × period} for seasonal
     * data, else 10, at most {@code round(n / 5)} (n the series length), at least {@code fitdf + 3}, where
     * {@code fitdf = p + q + P + Q} (the ARMA coefficients; mean and drift are not counted, as in forecast). See
     * {@link #residualDiagnostics(int)}.
     *
     * @return the Ljung–Box, Jarque–Bera and ARCH LM tests of the residuals
     * @throws IllegalArgumentException when there are not more residuals (after differencing) than that lag
     * @throws IllegalStateException    when the residuals are constant
     */
    public ResidualDiagnostics residualDiagnostics() {
        return residualDiagnostics(defaultLag());
    }

    /** forecast's {@code checkresiduals} lag. */
    private int defaultLag() {
        int lag = spec.period() > 1 ? 2 * spec.period() : 10;
        lag = (int) Math.min(lag, Math.round(residuals.length / 5.0));
        return Math.max(armaCoefficientCount() + 3, lag);
    }

    /** The number of leading residuals that stand for observations consumed by differencing, d + sD. */
    private int differencedAway() {
        return spec.d() + spec.seasonalD() * spec.period();
    }

    private boolean constantFrom(int from) {
        for (int i = from + 1; i < residuals.length; i++) {
            if (residuals[i] != residuals[from]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tests of the residuals: Ljung–Box with {@code fitdf = p + q + P + Q} (R's
     * {@code Box.test(r, lag, type = "Ljung-Box", fitdf)}), Jarque–Bera with skewness and kurtosis, and Engle's ARCH
     * LM with statsmodels' default number of lags ({@code acorr_lm}): {@code min(10, m / 5)}, or
     * {@code min(2 × period, m / 5)} for seasonal data, at least 1, with m the residuals tested. All three use the
     * {@code n - d - sD} residuals of the differenced observations: the first {@code d + sD} entries of
     * {@link #residuals()} stand for observations consumed by differencing and are left out (R's
     * {@code checkresiduals} keeps its diffuse-prior start-up residuals there, so on differenced models its Q* differs
     * slightly from this one, e.g. 26.45 against 23.92 for the airline model of log AirPassengers).
     *
     * @param lag the number of autocorrelations, in {@code [fitdf + 1, n - d - sD - 1]}
     * @return the Ljung–Box, Jarque–Bera and ARCH LM tests of the residuals
     * @throws IllegalArgumentException when {@code lag} is out of that range
     * @throws IllegalStateException    when the residuals are constant (a perfect fit)
     * @throws org.crm4j.analytics.SingularMatrixException when the lagged squared residuals of the ARCH regression
     *                                                     are collinear (not met on residuals of a real fit)
     */
    public ResidualDiagnostics residualDiagnostics(int lag) {
        int skip = differencedAway();
        int fitdf = armaCoefficientCount();
        int m = residuals.length - skip;
        Checks.require(lag > fitdf && lag < m, "lag must be in [%d, %d] (fitdf + 1, residuals - 1), was %d",
                fitdf + 1, m - 1, lag);
        if (constantFrom(skip)) {
            throw new IllegalStateException("the residuals are constant (" + residuals[skip] + "): nothing to test");
        }
        double[] r = Arrays.copyOfRange(residuals, skip, residuals.length);
        LjungBox.Result lb = LjungBox.test(r, lag, fitdf);
        int cap = spec.period() > 1 ? 2 * spec.period() : 10;
        int archLags = Math.max(1, Math.min(cap, r.length / 5));
        return new ResidualDiagnostics(new TestResult("Ljung-Box", lb.statistic(), lb.df(), lb.pValue()), lag,
                JarqueBera.test(r), ArchLm.test(r, archLags));
    }

    private int armaCoefficientCount() {
        return spec.p() + spec.q() + spec.seasonalP() + spec.seasonalQ();
    }

    /** @return optimiser iterations (CSS plus ML) */
    public int iterations() {
        return iterations;
    }

    /**
     * @return whether the last BFGS run (ML, or CSS for {@link ArimaMethod#CSS}) met its relative tolerance within
     *         {@link ArimaSpec#maxIterations()}; false means the coefficients are the best point found, which R
     *         reports as {@code optim} convergence code 1 (a fit with {@link ArimaSpec#strict()} throws instead)
     */
    public boolean converged() {
        return converged;
    }

    /**
     * Forecasts {@code h} steps ahead with prediction intervals (default levels 0.80 and 0.95), from the state at
     * the end of the sample; pure and thread-safe.
     *
     * @param h      the horizon, {@code >= 1}
     * @param levels interval levels as fractions in (0, 1), distinct; none means {@code 0.80, 0.95}
     * @return the forecast
     * @throws IllegalArgumentException when {@code h < 1} or a level is outside (0, 1) or repeated
     */
    public Forecast forecast(int h, double... levels) {
        double[] lv = levels == null || levels.length == 0 ? new double[] {0.80, 0.95} : levels.clone();
        for (int i = 0; i < lv.length; i++) {
            Checks.require(lv[i] > 0 && lv[i] < 1, "levels[%d] must be a fraction in (0, 1), was %s", i, lv[i]);
            for (int j = 0; j < i; j++) {
                Checks.require(lv[j] != lv[i], "levels must be distinct, %s was repeated", lv[i]);
            }
        }
        double[][] ms = forecastMoments(h);
        double[][] lower = new double[lv.length][h];
        double[][] upper = new double[lv.length][h];
        for (int i = 0; i < lv.length; i++) {
            double z = Normal.quantile(0.5 + lv[i] / 2);
            for (int t = 0; t < h; t++) {
                lower[i][t] = ms[0][t] - z * ms[1][t];
                upper[i][t] = ms[0][t] + z * ms[1][t];
            }
        }
        return new Forecast(ms[0], ms[1], lv, lower, upper);
    }

    /**
     * Point forecasts and prediction standard errors, without intervals.
     *
     * @param h the horizon, {@code >= 1}
     * @return {@code {mean[h], standardError[h]}}
     */
    double[][] forecastMoments(int h) {
        Checks.require(h >= 1, "h must be >= 1, was %d", h);
        double[][] mv = forecastState.forecast(h);
        double[] se = new double[h];
        for (int i = 0; i < h; i++) {
            se[i] = Math.sqrt(mv[1][i] * sigma2);
        }
        return new double[][] {mv[0], se};
    }

    /**
     * An R-like printout ({@code print.Arima} with the z-tests of {@code lmtest::coeftest}): the spec, each
     * coefficient with its standard error, z value, two-sided normal p-value and significance code, then sigma²,
     * the log-likelihood, AIC, AICc and BIC, and the optimiser's iterations and convergence.
     *
     * @return the printout, several lines
     */
    public String summary() {
        StringBuilder sb = new StringBuilder(spec.label()).append('\n');
        if (names.length > 0) {
            sb.append(Checks.message("Coefficients:%n%-12s %12s %12s %9s %11s%n", "", "Estimate", "Std. Error",
                    "z value", "Pr(>|z|)"));
            for (int i = 0; i < names.length; i++) {
                double z = coefficients[i] / standardErrors[i];
                double p = 2 * Normal.survival(Math.abs(z));
                sb.append(Checks.message("%-12s %12.4f %12.4f %9.3f %11.4g %s%n", names[i], coefficients[i],
                        standardErrors[i], z, p, Significance.stars(p)));
            }
            sb.append("---\n").append(Significance.LEGEND).append('\n');
        }
        sb.append(Checks.message("sigma^2 = %.6g, log likelihood = %.2f%n", sigma2, logLikelihood));
        sb.append(Checks.message("AIC = %.2f, AICc = %.2f, BIC = %.2f (%d observations used)%n", aic(), aicc(),
                bic(), used));
        sb.append(Checks.message("Method %s, BFGS iterations %d, %s", spec.method(), iterations,
                converged ? "converged" : "NOT converged (best point found)"));
        appendResidualTests(sb);
        return sb.toString();
    }

    /**
     * The residual tests, as statsmodels' SARIMAX summary shows them; omitted when the series is too short for the
     * default lag or the residuals are constant.
     */
    private void appendResidualTests(StringBuilder sb) {
        int lag = defaultLag();
        int skip = differencedAway();
        if (lag >= residuals.length - skip || constantFrom(skip)) {
            sb.append(Checks.message("%n(residual tests omitted: %d residuals for lag %d)", residuals.length - skip,
                    lag));
            return;
        }
        ResidualDiagnostics d = residualDiagnostics(lag);
        sb.append(Checks.message("%nLjung-Box Q* = %.4f on %d df (lag %d), p-value = %.4g%n",
                d.ljungBox().statistic(), d.ljungBox().df(), d.lag(), d.ljungBox().pValue()));
        sb.append(Checks.message("Jarque-Bera = %.4f, p-value = %.4g, skew = %.4f, kurtosis = %.4f%n",
                d.jarqueBera().statistic(), d.jarqueBera().pValue(), d.jarqueBera().skewness(),
                d.jarqueBera().kurtosis()));
        sb.append(Checks.message("ARCH LM = %.4f on %d df, p-value = %.4g", d.arch().statistic(), d.arch().df(),
                d.arch().pValue()));
    }

    @Override
    public String toString() {
        return summary();
    }
}
