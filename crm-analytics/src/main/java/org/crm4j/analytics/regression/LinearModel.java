package org.crm4j.analytics.regression;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.linalg.Workers;
import org.crm4j.analytics.stats.FisherF;
import org.crm4j.analytics.stats.StudentT;

/**
 * A fitted linear model, produced by {@link LinearRegression}: coefficients and their classical (homoscedastic)
 * inference. Immutable and thread-safe: every array is copied in and out.
 *
 * <p>Coefficients are ordered intercept first (when the model has one), then one per column of x. With an
 * intercept, R² is {@code 1 - RSS/TSS} about the (weighted) mean; without, it is the uncentred
 * {@code 1 - RSS/Σwy²}, as in R and the NIST StRD certificates, and the F-test is against the zero model.
 * When the fit is exact (RSS = 0) the standard errors are 0, t-values infinite (or NaN for a zero coefficient) and
 * p-values 0.
 */
public final class LinearModel {

    /** Smallest chunk of the parallel residual pass. */
    private static final int RESIDUAL_CHUNK = 65_536;

    private final boolean intercept;
    private final int observations;
    private final int rank;
    private final double[] coefficients;
    private final double[] standardErrors;
    private final double[] residuals;
    private final double[] fitted;
    private final double rss;
    private final double tss;
    private final double sigma;

    private LinearModel(boolean intercept, int observations, int rank, double[] coefficients,
                        double[] standardErrors, double[] residuals, double[] fitted, double rss, double tss) {
        this.intercept = intercept;
        this.observations = observations;
        this.rank = rank;
        this.coefficients = coefficients;
        this.standardErrors = standardErrors;
        this.residuals = residuals;
        this.fitted = fitted;
        this.rss = rss;
        this.tss = tss;
        this.sigma = Math.sqrt(rss / (observations - rank));
    }

    static LinearModel of(double[][] x, double[] y, double[] weights, boolean intercept, int used, double[] beta,
                          double[] unscaledVariance, int rank, int threads) {
        int n = x.length;
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        // chunks by n only, partial sums added in chunk order: the same bits whatever the number of threads
        int chunkRows = Workers.chunkRows(n, RESIDUAL_CHUNK);
        int chunks = (n + chunkRows - 1) / chunkRows;
        double[] sums = new double[3 * chunks]; // per chunk: Σ w r², Σ w, Σ w y
        Workers.forEach(chunks, threads, c -> residualChunk(x, y, weights, intercept, beta, fitted, residuals,
                c * chunkRows, Math.min(n, (c + 1) * chunkRows), sums, 3 * c));
        double rss = 0;
        double sumW = 0;
        double sumWy = 0;
        for (int c = 0; c < chunks; c++) {
            rss += sums[3 * c];
            sumW += sums[3 * c + 1];
            sumWy += sums[3 * c + 2];
        }
        double mean = intercept ? sumWy / sumW : 0.0;
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            double d = y[i] - mean;
            tss += w * d * d;
        }
        double sigma = Math.sqrt(rss / (used - rank));
        double[] se = new double[beta.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = sigma * Math.sqrt(unscaledVariance[j]);
        }
        return new LinearModel(intercept, used, rank, beta, se, residuals, fitted, rss, tss);
    }

    /** Fitted values and residuals of rows {@code [from, to)}; their Σ w r², Σ w, Σ w y into {@code sums[at..]}. */
    private static void residualChunk(double[][] x, double[] y, double[] weights, boolean intercept, double[] beta,
                                      double[] fitted, double[] residuals, int from, int to, double[] sums, int at) {
        int p = x[0].length;
        int offset = intercept ? 1 : 0;
        double rss = 0;
        double sumW = 0;
        double sumWy = 0;
        for (int i = from; i < to; i++) {
            double[] row = x[i];
            double f = intercept ? beta[0] : 0.0;
            for (int j = 0; j < p; j++) {
                f += beta[j + offset] * row[j];
            }
            double w = weights == null ? 1.0 : weights[i];
            fitted[i] = f;
            residuals[i] = y[i] - f;
            rss += w * residuals[i] * residuals[i];
            sumW += w;
            sumWy += w * y[i];
        }
        sums[at] = rss;
        sums[at + 1] = sumW;
        sums[at + 2] = sumWy;
    }

    /** @return the coefficients, intercept first when present (a copy) */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the standard errors of the coefficients, {@code σ √diag((XᵀWX)⁻¹)} (a copy) */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the t statistics {@code b_j / se_j} (a copy) */
    public double[] tValues() {
        double[] t = new double[coefficients.length];
        for (int j = 0; j < t.length; j++) {
            t[j] = coefficients[j] / standardErrors[j];
        }
        return t;
    }

    /** @return the two-sided p-values of the t-tests {@code b_j = 0}, on {@link #residualDegreesOfFreedom()} df */
    public double[] pValues() {
        double[] t = tValues();
        double[] p = new double[t.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = Double.isNaN(t[j]) ? Double.NaN
                    : Math.min(1.0, 2 * StudentT.survival(Math.abs(t[j]), residualDegreesOfFreedom()));
        }
        return p;
    }

    /**
     * Confidence intervals {@code b_j ± t_{(1+level)/2, df} se_j}.
     *
     * @param level the confidence level, in (0, 1), e.g. 0.95
     * @return {@code double[p][2]}: lower and upper bound per coefficient
     * @throws IllegalArgumentException when {@code level} is outside (0, 1)
     */
    public double[][] confidenceIntervals(double level) {
        Checks.require(level > 0 && level < 1, "level must be in (0, 1), was %s", level);
        double q = StudentT.quantile(0.5 + 0.5 * level, residualDegreesOfFreedom());
        double[][] ci = new double[coefficients.length][2];
        for (int j = 0; j < ci.length; j++) {
            ci[j][0] = coefficients[j] - q * standardErrors[j];
            ci[j][1] = coefficients[j] + q * standardErrors[j];
        }
        return ci;
    }

    /** @return R²: centred with an intercept, uncentred without; in [0, 1] */
    public double rSquared() {
        return tss == 0 ? Double.NaN : 1.0 - rss / tss;
    }

    /** @return adjusted R², {@code 1 - (1 - R²)(n - i)/(n - p)} with i = 1 for an intercept, else 0 */
    public double adjustedRSquared() {
        int i = intercept ? 1 : 0;
        return 1.0 - (1.0 - rSquared()) * (observations - i) / residualDegreesOfFreedom();
    }

    /** @return σ, the residual standard error {@code √(RSS / (n - p))}, in the units of y */
    public double residualStandardError() {
        return sigma;
    }

    /** @return the F statistic of the model against the intercept-only model (against 0 without intercept) */
    public double fStatistic() {
        int df1 = numeratorDegreesOfFreedom();
        return ((tss - rss) / df1) / (rss / residualDegreesOfFreedom());
    }

    /** @return the p-value of {@link #fStatistic()} on (p - i, n - p) degrees of freedom; NaN without regressors */
    public double fPValue() {
        int df1 = numeratorDegreesOfFreedom();
        double f = fStatistic();
        return Double.isNaN(f) ? Double.NaN : FisherF.survival(f, df1, residualDegreesOfFreedom());
    }

    private int numeratorDegreesOfFreedom() {
        return rank - (intercept ? 1 : 0);
    }

    /** @return n - p: observations (of positive weight) minus coefficients */
    public int residualDegreesOfFreedom() {
        return observations - rank;
    }

    /** @return the number of coefficients (the model is of full rank, see {@link LinearRegression}) */
    public int rank() {
        return rank;
    }

    /** @return the residual sum of squares (weighted when the fit was) */
    public double residualSumOfSquares() {
        return rss;
    }

    /** @return the residuals {@code y - ŷ}, one per row of x (a copy) */
    public double[] residuals() {
        return residuals.clone();
    }

    /** @return the fitted values ŷ, one per row of x (a copy) */
    public double[] fittedValues() {
        return fitted.clone();
    }

    /** @return whether the model has an intercept */
    public boolean hasIntercept() {
        return intercept;
    }

    /**
     * Predicts the response of one new observation.
     *
     * @param row the p predictor values, finite (not modified)
     * @return {@code b0 + rowᵀb}
     * @throws IllegalArgumentException when {@code row} is null, of the wrong length or not finite
     */
    public double predict(double[] row) {
        Checks.requireFiniteVector(row, "row");
        int offset = intercept ? 1 : 0;
        Checks.requireLength(row.length, coefficients.length - offset, "row", "the number of columns of x");
        double f = intercept ? coefficients[0] : 0.0;
        for (int j = 0; j < row.length; j++) {
            f += coefficients[j + offset] * row[j];
        }
        return f;
    }

    /** @return a table in the style of R's {@code summary.lm} */
    public String summary() {
        StringBuilder s = new StringBuilder("Linear regression (least squares by Householder QR)\n");
        s.append(Checks.message("%-14s %14s %14s %9s %11s%n", "", "Estimate", "Std. Error", "t value", "Pr(>|t|)"));
        double[] t = tValues();
        double[] p = pValues();
        int offset = intercept ? 1 : 0;
        for (int j = 0; j < coefficients.length; j++) {
            String name = intercept && j == 0 ? "(Intercept)" : "x" + (j - offset);
            s.append(Checks.message("%-14s %14.6g %14.6g %9.3f %11.4g %s%n", name, coefficients[j],
                    standardErrors[j], t[j], p[j], Significance.stars(p[j])));
        }
        s.append("---\n").append(Significance.LEGEND).append('\n');
        s.append(Checks.message("Residual standard error: %.6g on %d degrees of freedom%n", sigma,
                residualDegreesOfFreedom()));
        s.append(Checks.message("R-squared: %.6f, adjusted R-squared: %.6f%s%n", rSquared(), adjustedRSquared(),
                intercept ? "" : " (uncentred)"));
        if (numeratorDegreesOfFreedom() > 0) {
            s.append(Checks.message("F-statistic: %.6g on %d and %d DF, p-value: %.4g%n", fStatistic(),
                    numeratorDegreesOfFreedom(), residualDegreesOfFreedom(), fPValue()));
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return "LinearModel" + Arrays.toString(coefficients);
    }
}
