package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.regression.LinearModel;
import org.crm4j.analytics.regression.LinearRegression;
import org.crm4j.analytics.stats.ChiSquared;
import org.crm4j.analytics.stats.TestResult;

/**
 * Engle's Lagrange-multiplier test for autoregressive conditional heteroscedasticity (ARCH): do large residuals
 * follow large residuals? As statsmodels' {@code het_arch(resid, nlags)} and R's {@code FinTS::ArchTest}: the
 * squared residuals {@code u_t = e_t²} are regressed on a constant and {@code u_(t-1), ..., u_(t-q)} over the
 * {@code n - q} complete rows, and
 * <pre>
 *   LM = (n - q) R²,   p = P(χ²(q) > LM)
 * </pre>
 * A small p-value says the variance of the residuals clusters in time (volatility), so constant-variance prediction
 * intervals are too narrow in turbulent stretches and too wide in calm ones.
 *
 * <pre>{@code
 * TestResult arch = ArchLm.test(model.residuals(), 10);
 * }</pre>
 *
 * <p>Reference: R. F. Engle, Autoregressive conditional heteroscedasticity with estimates of the variance of United
 * Kingdom inflation, <i>Econometrica</i> 50 (1982) 987–1007.
 *
 * @see LjungBox
 */
public final class ArchLm {

    private ArchLm() {
    }

    /**
     * Runs the test.
     *
     * @param residuals the series, finite (not modified)
     * @param lags      the number of lags q, in {@code [1, (n - 2) / 2]} so that the auxiliary regression has more
     *                  rows than coefficients
     * @return LM on q degrees of freedom and its p-value
     * @throws IllegalArgumentException when an argument breaks its rule, or the squared residuals are constant
     * @throws org.crm4j.analytics.SingularMatrixException when the lagged squares are collinear (e.g. a periodic
     *                                                     series)
     */
    public static TestResult test(double[] residuals, int lags) {
        int n = Checks.requireFiniteVector(residuals, "residuals");
        Checks.require(lags >= 1 && n - lags > lags + 1, "lags must be in [1, %d] ((n - 2) / 2), was %d",
                (n - 2) / 2, lags);
        int rows = n - lags;
        double[][] x = new double[rows][lags];
        double[] y = new double[rows];
        double mean = 0;
        for (int t = lags; t < n; t++) {
            double[] row = x[t - lags];
            for (int j = 1; j <= lags; j++) {
                row[j - 1] = residuals[t - j] * residuals[t - j];
            }
            y[t - lags] = residuals[t] * residuals[t];
            mean += y[t - lags];
        }
        mean /= rows;
        double tss = 0;
        for (double v : y) {
            tss += (v - mean) * (v - mean);
        }
        Checks.require(tss > 0, "residuals must not have constant squares after the first %d, all were %s", lags,
                y[0]);
        LinearModel aux = LinearRegression.fit(x, y, LinearRegression.Options.defaults().withThreads(1));
        double[] fitted = aux.fittedValues();
        double ess = 0;
        for (double f : fitted) {
            ess += (f - mean) * (f - mean);
        }
        double lm = rows * ess / tss;
        return new TestResult("ARCH LM", lm, lags, ChiSquared.survival(lm, lags));
    }
}
