package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.stats.ChiSquared;

/**
 * The Ljung–Box portmanteau test of residual autocorrelation, as R's
 * {@code Box.test(x, lag, type = "Ljung-Box", fitdf)}:
 * <pre>
 *   Q = n (n + 2) sum_(k=1..lag) r_k² / (n - k),   p = P(chi²(lag - fitdf) > Q)
 * </pre>
 * with {@code r_k} the sample autocorrelations of the mean-corrected series. For ARIMA residuals pass
 * {@code fittedDf = p + q + P + Q}.
 *
 * <pre>{@code
 * LjungBox.Result lb = LjungBox.test(model.residuals(), 24, 2);
 * boolean whiteNoise = lb.pValue() > 0.05;
 * }</pre>
 *
 * <p>Reference: G. M. Ljung, G. E. P. Box (1978), On a measure of lack of fit in time series models, Biometrika
 * 65, 297–303.
 */
public final class LjungBox {

    /**
     * The test result.
     *
     * @param statistic the Q statistic, {@code >= 0}
     * @param df        the chi-squared degrees of freedom {@code lag - fittedDf}
     * @param pValue    the upper-tail probability
     */
    public record Result(double statistic, int df, double pValue) {
    }

    private LjungBox() {
    }

    /**
     * Runs the test.
     *
     * @param residuals the series, finite, not constant (not modified)
     * @param lag       the number of autocorrelations, in [1, n - 1]
     * @param fittedDf  the number of fitted ARMA coefficients, in [0, lag - 1]
     * @return the statistic, degrees of freedom and p-value
     * @throws IllegalArgumentException naming the argument, rule and value when one is broken
     */
    public static Result test(double[] residuals, int lag, int fittedDf) {
        int n = Checks.requireFiniteVector(residuals, "residuals");
        Checks.require(lag >= 1 && lag < n, "lag must be in [1, %d] (n - 1), was %d", n - 1, lag);
        Checks.require(fittedDf >= 0 && fittedDf < lag, "fittedDf must be in [0, %d] (lag - 1), was %d", lag - 1,
                fittedDf);
        double mean = 0;
        for (double v : residuals) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : residuals) {
            c0 += (v - mean) * (v - mean);
        }
        Checks.require(c0 > 0, "residuals must not be constant, all %d values were %s", n, residuals[0]);
        double q = 0;
        for (int k = 1; k <= lag; k++) {
            double ck = 0;
            for (int t = k; t < n; t++) {
                ck += (residuals[t] - mean) * (residuals[t - k] - mean);
            }
            double r = ck / c0;
            q += r * r / (n - k);
        }
        q *= (double) n * (n + 2);
        int df = lag - fittedDf;
        return new Result(q, df, ChiSquared.survival(q, df));
    }
}
