package org.crm4j.analytics.regression;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.internal.Significance;
import org.crm4j.analytics.linalg.PivotedQR;
import org.crm4j.analytics.linalg.Workers;
import org.crm4j.analytics.stats.FisherF;
import org.crm4j.analytics.stats.JarqueBera;
import org.crm4j.analytics.stats.StudentT;
import org.crm4j.analytics.stats.TestResult;

/**
 * A fitted linear model, produced by {@link LinearRegression}: coefficients and their classical (homoscedastic)
 * inference. Immutable and thread-safe: every array is copied in and out.
 *
 * <p>Coefficients are ordered intercept first (when the model has one), then one per column of x. With an
 * intercept, R² is {@code 1 - RSS/TSS} about the (weighted) mean; without, it is the uncentred
 * {@code 1 - RSS/Σwy²}, as in R and the NIST StRD certificates, and the F-test is against the zero model.
 * When the fit is exact (RSS = 0) the standard errors are 0, t-values infinite (or NaN for a zero coefficient) and
 * p-values 0.
 *
 * <p>Diagnostics (does the model fit? do the residuals look like the errors the inference assumes?):
 * {@link #logLikelihood()}, {@link #aic()} and {@link #bic()} (R's conventions), {@link #durbinWatson()},
 * {@link #breuschPagan(double[][])}, {@link #jarqueBera()}, {@link #varianceInflationFactors()},
 * {@link #conditionNumber()} and, per row, {@link #influence(double[][])} (leverage, Cook's distance, standardised
 * and studentised residuals). They are checked against R 4.2.2 ({@code stats}, {@code lmtest}, {@code car},
 * {@code tseries}) and statsmodels 0.13.5 on Longley, stackloss and a heteroscedastic sample to 1e-8 relative. The
 * model keeps no copy of x (it would double the memory of a large fit), so the two diagnostics that need the rows
 * take them as an argument. The residual tests and the influence measures are defined here for unweighted fits only.
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
    /** What the diagnostics need of the design. */
    private final Design design;

    /**
     * What the diagnostics need of the fit, O(k²): the pivoted QR of the (centred, with an intercept) weighted
     * design, its k × k triangle as accumulated (row-major, before pivoting), the column means and the unscaled
     * variances {@code diag((XᵀWX)⁻¹)}.
     */
    private record Design(PivotedQR qr, double[] triangle, double[] xMean, double[] unscaledVariance,
                          boolean weighted, double logWeightSum) {
    }

    private LinearModel(boolean intercept, int observations, int rank, double[] coefficients,
                        double[] standardErrors, double[] residuals, double[] fitted, double rss, double tss,
                        Design design) {
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
        this.design = design;
    }

    static LinearModel of(double[][] x, double[] y, double[] weights, boolean intercept, int used, double[] beta,
                          double[] unscaledVariance, int rank, int threads, PivotedQR qr, double[] triangle,
                          double[] xMean) {
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
        int k = beta.length;
        int m = k + 1;
        double[] square = new double[k * k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(triangle, i * m, square, i * k, k);
        }
        double logWeightSum = 0;
        if (weights != null) {
            for (double w : weights) {
                logWeightSum += w > 0 ? Math.log(w) : 0;
            }
        }
        Design design = new Design(qr, square, xMean == null ? null : xMean.clone(), unscaledVariance.clone(),
                weights != null, logWeightSum);
        return new LinearModel(intercept, used, rank, beta, se, residuals, fitted, rss, tss, design);
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

    /**
     * The maximised Gaussian log-likelihood, R's {@code logLik.lm}:
     * {@code ½ (Σ log w_i - n (log 2π + 1 - log n + log RSS))} over the n observations of positive weight
     * ({@code Σ log w_i = 0} without weights). statsmodels' {@code llf} is the same number.
     *
     * @return log L, in log-density units of y; {@code +∞} for an exact fit (RSS = 0)
     */
    public double logLikelihood() {
        return LinearDiagnostics.logLikelihood(observations, rss, design.logWeightSum());
    }

    /**
     * Akaike's information criterion by R's convention, {@code AIC = -2 log L + 2 (k + 1)}: the error variance σ²
     * counts as a parameter next to the k coefficients (R's {@code AIC(lm)}, and {@link
     * org.crm4j.analytics.timeseries.ArimaModel#aic()}). statsmodels' OLS counts only the k coefficients, so its
     * {@code aic} is exactly 2 less; differences between models fitted to the same data are the same either way.
     *
     * @return the AIC; smaller is better
     */
    public double aic() {
        return -2 * logLikelihood() + 2 * (rank + 1);
    }

    /**
     * Schwarz's Bayesian information criterion, R's convention {@code BIC = -2 log L + log(n) (k + 1)} (σ² counted;
     * statsmodels' OLS {@code bic} is {@code log n} less).
     *
     * @return the BIC; smaller is better
     */
    public double bic() {
        return -2 * logLikelihood() + Math.log(observations) * (rank + 1);
    }

    /**
     * The Durbin–Watson statistic of first-order autocorrelation of the residuals in row order,
     * {@code d = Σ_(t≥2) (e_t - e_(t-1))² / Σ e_t²}, as statsmodels' {@code durbin_watson} and the statistic of R's
     * {@code lmtest::dwtest}. {@code d} is in [0, 4]: about 2 without autocorrelation, towards 0 for positive and
     * towards 4 for negative autocorrelation. Only meaningful when the rows are in time (or another natural) order. No
     * p-value: its null distribution depends on X (lmtest computes it by Pan's algorithm), not done here.
     *
     * <p>Reference: J. Durbin and G. S. Watson, Testing for serial correlation in least squares regression I and II,
     * <i>Biometrika</i> 37 (1950) 409–428 and 38 (1951) 159–178.
     *
     * @return d, dimensionless
     * @throws IllegalStateException when the model was fitted with weights or fits exactly (RSS ≤ 1e-24 TSS)
     */
    public double durbinWatson() {
        requireResidualTests("durbinWatson");
        return LinearDiagnostics.durbinWatson(residuals);
    }

    /**
     * The Jarque–Bera test of normality of the residuals, with their skewness and kurtosis (statsmodels'
     * {@code jarque_bera(resid)}, R's {@code tseries::jarque.bera.test(residuals(fit))}); see {@link JarqueBera}.
     *
     * @return JB on 2 degrees of freedom, its p-value, the skewness and the (non-excess) kurtosis
     * @throws IllegalStateException when the model was fitted with weights or fits exactly (RSS ≤ 1e-24 TSS)
     */
    public JarqueBera.Result jarqueBera() {
        requireResidualTests("jarqueBera");
        return JarqueBera.test(residuals);
    }

    /**
     * The Breusch–Pagan test of heteroscedasticity in Koenker's studentised form (R's {@code lmtest::bptest}
     * default, statsmodels' {@code het_breuschpagan(robust=True)}); see {@link #breuschPagan(double[][], boolean)}.
     *
     * @param z the variables the error variance may depend on, n rows of q finite values, usually the x the model
     *          was fitted on (not modified)
     * @return the statistic on q degrees of freedom and its p-value
     * @throws IllegalArgumentException as {@link #breuschPagan(double[][], boolean)}
     * @throws IllegalStateException    as {@link #breuschPagan(double[][], boolean)}
     */
    public TestResult breuschPagan(double[][] z) {
        return breuschPagan(z, true);
    }

    /**
     * The Breusch–Pagan test of the null hypothesis that the error variance does not depend on z: the squared
     * residuals {@code u_i = e_i²} are regressed on {@code [1 | z]}, and with the explained sum of squares
     * {@code ESS = Σ(û_i - ū)²}
     * <pre>
     *   studentised (Koenker 1981):  LM = n ESS / Σ(u_i - ū)²  = n R²_aux
     *   classic (Breusch-Pagan 1979): LM = ESS / (2 σ̂⁴),  σ̂² = RSS / n
     * </pre>
     * both χ²(q) under the null. The classic form assumes normal errors and is oversized when they have heavy tails;
     * Koenker's is robust to that, hence the default. A small p-value says the variance changes with z: consider
     * heteroscedasticity-consistent standard errors or weights.
     *
     * <p>References: T. S. Breusch and A. R. Pagan, A simple test for heteroscedasticity and random coefficient
     * variation, <i>Econometrica</i> 47 (1979) 1287–1294; R. Koenker, A note on studentizing a test for
     * heteroscedasticity, <i>Journal of Econometrics</i> 17 (1981) 107–112.
     *
     * @param z          the variance regressors, n rows of q finite values without a constant column (one is
     *                   added), usually the model's x (not modified)
     * @param studentize true for Koenker's form, false for the classic one
     * @return the statistic on q degrees of freedom and its p-value
     * @throws IllegalArgumentException when z is null, ragged, not finite or does not have one row per residual
     * @throws org.crm4j.analytics.SingularMatrixException when the columns of z are collinear with each other or
     *                                                     with the constant
     * @throws IllegalStateException    when the model was fitted with weights or fits exactly (RSS ≤ 1e-24 TSS)
     */
    public TestResult breuschPagan(double[][] z, boolean studentize) {
        requireResidualTests("breuschPagan");
        return LinearDiagnostics.breuschPagan(residuals, z, studentize);
    }

    /**
     * Variance inflation factors of the slopes, {@code VIF_j = 1 / (1 - R_j²)} with {@code R_j²} the R² of column
     * j regressed on the other columns (and the intercept), as R's {@code car::vif} and statsmodels'
     * {@code variance_inflation_factor}: the factor by which collinearity inflates {@code Var(b_j)}. Computed as
     * {@code (G⁻¹)_jj G_jj} from the fit's own QR factor, G the Gram matrix of the centred (weighted) design; without
     * an intercept, of the uncentred design (R_j² then uncentred, as statsmodels on a design without a constant).
     * Values above 10 (some say 5) flag a coefficient that the data cannot separate from the others.
     *
     * <p>Reference: D. W. Marquardt, Generalized inverses, ridge regression, biased linear estimation, and nonlinear
     * estimation, <i>Technometrics</i> 12 (1970) 591–612; Belsley, Kuh and Welsch, <i>Regression Diagnostics</i>,
     * Wiley 1980, §3.1.
     *
     * @return one factor {@code >= 1} per column of x, in column order (a new array)
     */
    public double[] varianceInflationFactors() {
        return LinearDiagnostics.varianceInflationFactors(design.triangle(), rank, design.unscaledVariance(),
                intercept);
    }

    /**
     * The 2-norm condition number {@code κ = σ_max / σ_min} of the design matrix as fitted: the columns of x
     * <em>without</em> centring or scaling, with the column of ones when the model has an intercept, rows scaled by
     * {@code √w_i} when weighted. This is statsmodels' {@code condition_number} ("Cond. No." in its OLS summary) and
     * R's {@code kappa(qr.R(qr(model.matrix(fit))), exact = TRUE)}. It depends on the units of the columns (a
     * column of years next to the intercept alone gives about 10⁴), so it measures how hard the design is for a
     * solver more than collinearity; read {@link #varianceInflationFactors()} for the latter. The singular values
     * come from the fit's triangular factor by one-sided Jacobi, accurate to about 1e-14 relative even for
     * κ ≈ 5e9 (NIST Longley).
     *
     * <p>Reference: Belsley, Kuh and Welsch, <i>Regression Diagnostics</i>, Wiley 1980, ch. 3 (who recommend the
     * condition indexes of the column-scaled design for collinearity; statsmodels and R report this unscaled one).
     *
     * @return κ, dimensionless, {@code >= 1}
     */
    public double conditionNumber() {
        return LinearDiagnostics.conditionNumber(design.triangle(), rank, intercept ? design.xMean() : null);
    }

    /**
     * Per-observation influence: leverages, standardised and studentised residuals and Cook's distances (see
     * {@link LinearInfluence}). Costs about {@code n k²} flops. The model keeps no copy of its design, so x is
     * passed again; it is checked against the fitted values.
     *
     * @param x the predictors the model was fitted on, the same n rows of p values (not modified)
     * @return the influence measures, one per row
     * @throws IllegalArgumentException when x is null, ragged, not finite, of another shape than the fit's, or when
     *                                  its rows do not reproduce the fitted values (to rounding), i.e. it is not the
     *                                  design the model was fitted on
     * @throws IllegalStateException    when the model was fitted with weights or fits exactly (RSS ≤ 1e-24 TSS)
     */
    public LinearInfluence influence(double[][] x) {
        requireResidualTests("influence");
        double[] h = LinearDiagnostics.leverages(x, coefficients, fitted, intercept, design.xMean(), design.qr());
        return LinearInfluence.of(h, residuals, rss, rank);
    }

    private void requireResidualTests(String method) {
        if (design.weighted()) {
            throw new IllegalStateException(method + " is defined for unweighted fits only; this model was fitted "
                    + "with weights");
        }
        if (!(rss > LinearDiagnostics.EXACT_FIT * tss)) {
            throw new IllegalStateException(Checks.message("%s needs residual variation; this model fits exactly "
                    + "(RSS = %s, at most %s times TSS = %s)", method, rss, LinearDiagnostics.EXACT_FIT, tss));
        }
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
        appendDiagnostics(s);
        return s.toString();
    }

    /**
     * The fit statistics statsmodels' OLS summary shows below the table: log-likelihood, AIC, BIC (R's convention),
     * and for unweighted, inexact fits Durbin–Watson, Jarque–Bera with skewness and kurtosis, and the condition
     * number.
     */
    private void appendDiagnostics(StringBuilder s) {
        s.append(Checks.message("Log-likelihood: %.6g, AIC: %.6g, BIC: %.6g%n", logLikelihood(), aic(), bic()));
        if (!design.weighted() && rss > LinearDiagnostics.EXACT_FIT * tss) {
            JarqueBera.Result jb = jarqueBera();
            s.append(Checks.message("Durbin-Watson: %.4f, Jarque-Bera: %.4g (p-value %.4g), skew: %.4f, "
                    + "kurtosis: %.4f%n", durbinWatson(), jb.statistic(), jb.pValue(), jb.skewness(), jb.kurtosis()));
        }
        s.append(Checks.message("Condition number: %.4g%n", conditionNumber()));
    }

    @Override
    public String toString() {
        return "LinearModel" + Arrays.toString(coefficients);
    }
}
