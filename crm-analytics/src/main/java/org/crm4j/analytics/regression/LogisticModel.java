package org.crm4j.analytics.regression;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.internal.Significance;
import org.crm4j.analytics.stats.Normal;
import org.crm4j.analytics.stats.TestResult;

/**
 * A fitted binary logistic regression, produced by {@link LogisticRegression}. Immutable and thread-safe: every
 * array is copied in and out.
 *
 * <p>Coefficients are log-odds ratios, intercept first when present. Standard errors are the square roots of the
 * diagonal of the inverse Fisher information {@code (XᵀWX)⁻¹} at the estimate; z-tests and confidence intervals are
 * Wald's (R's {@code summary.glm} and {@code confint.default}).
 *
 * <p>Diagnostics: {@link #logLikelihood()}, {@link #aic()}, {@link #bic()}, and from the rows the model was fitted
 * on, {@link #devianceResiduals(double[][], int[])} and the Hosmer–Lemeshow goodness-of-fit test
 * {@link #hosmerLemeshow(double[][], int[], int)}; checked against R 4.2.2 {@code glm} and statsmodels 0.13.5
 * {@code Logit} to 1e-8 relative. The model keeps no copy of the data, so the per-row diagnostics take x and y again
 * (checked against the fitted deviance); they are defined for unweighted fits.
 */
public final class LogisticModel {

    private final boolean intercept;
    private final int observations;
    private final double[] coefficients;
    private final double[] standardErrors;
    private final double deviance;
    private final double nullDeviance;
    private final int iterations;
    private final boolean converged;
    private final boolean weighted;

    private LogisticModel(boolean intercept, int observations, double[] coefficients, double[] standardErrors,
                          double deviance, double nullDeviance, int iterations, boolean converged, boolean weighted) {
        this.intercept = intercept;
        this.observations = observations;
        this.coefficients = coefficients;
        this.standardErrors = standardErrors;
        this.deviance = deviance;
        this.nullDeviance = nullDeviance;
        this.iterations = iterations;
        this.converged = converged;
        this.weighted = weighted;
    }

    static LogisticModel of(double[][] x, double[] y, double[] w, boolean intercept, int used, double[] beta,
                            double[] unscaledVariance, double deviance, int iterations, boolean converged) {
        double[] se = new double[beta.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = Math.sqrt(unscaledVariance[j]);
        }
        double nullDeviance;
        if (intercept) {
            double sw = 0;
            double swy = 0;
            for (int i = 0; i < y.length; i++) {
                sw += w[i];
                swy += w[i] * y[i];
            }
            double mu = swy / sw;
            nullDeviance = 0;
            for (int i = 0; i < y.length; i++) {
                if (w[i] > 0) {
                    nullDeviance -= 2 * w[i] * Math.log(y[i] == 1 ? mu : 1 - mu);
                }
            }
        } else {
            double sw = 0;
            for (double wi : w) {
                sw += wi;
            }
            nullDeviance = 2 * sw * Math.log(2);
        }
        boolean weighted = false;
        for (double wi : w) {
            weighted |= wi != 1;
        }
        return new LogisticModel(intercept, used, beta, se, deviance, nullDeviance, iterations, converged,
                weighted);
    }

    /**
     * x and y are the fitted data when they give the model's deviance to this relative difference: the same
     * arithmetic in the same order gives the same bits, anything beyond rounding is other data.
     */
    private static final double SAME_DEVIANCE = 1e-12;

    static double sigmoid(double eta) {
        return eta >= 0 ? 1.0 / (1.0 + Math.exp(-eta)) : Math.exp(eta) / (1.0 + Math.exp(eta));
    }

    /** {@code log(1 + e^t)} without overflow. */
    private static double softplus(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }

    static void linearPredictor(double[][] x, double[] beta, boolean intercept, double[] eta) {
        int offset = intercept ? 1 : 0;
        for (int i = 0; i < x.length; i++) {
            double[] row = x[i];
            double e = intercept ? beta[0] : 0.0;
            for (int j = 0; j < row.length; j++) {
                e += beta[j + offset] * row[j];
            }
            eta[i] = e;
        }
    }

    /** The deviance {@code -2 Σ w [y log μ + (1-y) log(1-μ)]} at beta; leaves the linear predictor in eta. */
    static double deviance(double[][] x, double[] y, double[] w, double[] beta, boolean intercept, double[] eta) {
        linearPredictor(x, beta, intercept, eta);
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            if (w[i] > 0) {
                d += 2 * w[i] * softplus(y[i] == 1 ? -eta[i] : eta[i]); // -log μ = log(1 + e^-η)
            }
        }
        return d;
    }

    /** @return the coefficients (log-odds ratios), intercept first when present (a copy) */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return the standard errors from the inverse Fisher information (a copy) */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the Wald statistics {@code b_j / se_j} (a copy) */
    public double[] zValues() {
        double[] z = new double[coefficients.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = coefficients[j] / standardErrors[j];
        }
        return z;
    }

    /** @return the two-sided p-values of the Wald tests {@code b_j = 0} against the standard normal */
    public double[] pValues() {
        double[] z = zValues();
        double[] p = new double[z.length];
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.min(1.0, 2 * Normal.survival(Math.abs(z[j])));
        }
        return p;
    }

    /**
     * Wald confidence intervals {@code b_j ± z_{(1+level)/2} se_j} on the log-odds scale.
     *
     * @param level the confidence level, in (0, 1)
     * @return {@code double[p][2]}: lower and upper bound per coefficient
     * @throws IllegalArgumentException when {@code level} is outside (0, 1)
     */
    public double[][] confidenceIntervals(double level) {
        Checks.require(level > 0 && level < 1, "level must be in (0, 1), was %s", level);
        double q = Normal.quantile(0.5 + 0.5 * level);
        double[][] ci = new double[coefficients.length][2];
        for (int j = 0; j < ci.length; j++) {
            ci[j][0] = coefficients[j] - q * standardErrors[j];
            ci[j][1] = coefficients[j] + q * standardErrors[j];
        }
        return ci;
    }

    /** @return the residual deviance, {@code -2 log L} for 0/1 responses */
    public double deviance() {
        return deviance;
    }

    /** @return the deviance of the intercept-only model (of η = 0 without intercept) */
    public double nullDeviance() {
        return nullDeviance;
    }

    /** @return Akaike's information criterion, {@code deviance + 2p} */
    public double aic() {
        return deviance + 2 * coefficients.length;
    }

    /**
     * @return the maximised log-likelihood {@code -deviance / 2} (0/1 responses: the saturated model's is 0), R's
     *         {@code logLik} and statsmodels' {@code llf}; {@code <= 0}
     */
    public double logLikelihood() {
        return -0.5 * deviance;
    }

    /**
     * Schwarz's Bayesian information criterion, {@code deviance + log(n) k} with n the observations of positive
     * weight and k the coefficients (R's {@code BIC(glm)}, statsmodels' {@code Logit.bic}: no scale parameter, so
     * the two conventions agree).
     *
     * @return the BIC; smaller is better
     */
    public double bic() {
        return deviance + Math.log(observations) * coefficients.length;
    }

    /**
     * The deviance residuals {@code d_i = sign(y_i - μ_i) √(-2 [y_i log μ_i + (1 - y_i) log(1 - μ_i)])}, R's
     * {@code residuals(fit, type = "deviance")} and statsmodels' {@code resid_dev}: their squares sum to the
     * deviance. Values beyond about ±2 mark observations the model explains badly.
     *
     * @param x the predictors the model was fitted on (not modified)
     * @param y the labels the model was fitted on, 0 or 1 (not modified)
     * @return one residual per row, dimensionless (a new array)
     * @throws IllegalArgumentException when x or y is null, ragged, not finite, not 0/1, of another shape than the
     *                                  fit's, or when they do not reproduce the model's deviance (they are not the
     *                                  data it was fitted on)
     * @throws IllegalStateException    when the model was fitted with (non-unit) weights
     */
    public double[] devianceResiduals(double[][] x, int[] y) {
        double[] eta = requireFittedData(x, y, "devianceResiduals");
        double[] d = new double[eta.length];
        for (int i = 0; i < d.length; i++) {
            double r = Math.sqrt(2 * softplus(y[i] == 1 ? -eta[i] : eta[i]));
            d[i] = y[i] == 1 ? r : -r;
        }
        return d;
    }

    /**
     * The Hosmer–Lemeshow goodness-of-fit test with 10 groups; see {@link #hosmerLemeshow(double[][], int[], int)}.
     *
     * @param x the predictors the model was fitted on (not modified)
     * @param y the labels the model was fitted on (not modified)
     * @return the statistic, its degrees of freedom (groups - 2) and p-value
     * @throws IllegalArgumentException as {@link #hosmerLemeshow(double[][], int[], int)}
     * @throws IllegalStateException    as {@link #hosmerLemeshow(double[][], int[], int)}
     */
    public TestResult hosmerLemeshow(double[][] x, int[] y) {
        return hosmerLemeshow(x, y, 10);
    }

    /**
     * The Hosmer–Lemeshow goodness-of-fit test: observations are grouped by their fitted probability and the
     * observed and expected counts of both outcomes compared,
     * <pre>
     *   C = Σ_groups [(O1 - E1)² / E1 + (O0 - E0)² / E0],   O1 = Σ y_i, E1 = Σ μ_i, O0 = Σ (1 - y_i), E0 = Σ (1 - μ_i)
     * </pre>
     * referred to χ² with (number of groups - 2) degrees of freedom. The grouping is that of R's
     * {@code ResourceSelection::hoslem.test}: the boundaries are the type-7 quantiles (R's default) of the fitted
     * probabilities at {@code 0, 1/g, ..., 1}, with repeated values dropped, and group k holds
     * {@code q_(k-1) < μ ≤ q_k}, the first also {@code μ = q_0}. The quantile positions {@code (n - 1) k / g} are
     * computed exactly (R rounds {@code k/g} first: the two differ only when a probability ties with a boundary at an
     * integer position). Unlike ResourceSelection, which keeps {@code g - 2} degrees of freedom when tied
     * probabilities merge groups, the degrees of freedom follow the groups actually formed, and a group that holds no
     * observation (two boundaries between the same two neighbouring probabilities, possible when g is close to n) is
     * left out where R would give NA. A small p-value says the
     * fitted probabilities do not match the observed frequencies; with few observations per group (E below about 5)
     * the chi-squared reference is rough.
     *
     * <p>References: D. W. Hosmer and S. Lemeshow, Goodness of fit tests for the multiple logistic regression model,
     * <i>Communications in Statistics — Theory and Methods</i> 9 (1980) 1043–1069; Hosmer, Lemeshow and Sturdivant,
     * <i>Applied Logistic Regression</i>, 3rd ed., Wiley 2013, §5.2.2.
     *
     * @param x      the predictors the model was fitted on (not modified)
     * @param y      the labels the model was fitted on, 0 or 1 (not modified)
     * @param groups the number of groups g, in [3, n]
     * @return the statistic C, its degrees of freedom and p-value
     * @throws IllegalArgumentException as {@link #devianceResiduals(double[][], int[])}, when {@code groups} is out of
     *                                  range, or when the fitted probabilities take too few distinct values to form
     *                                  3 groups
     * @throws IllegalStateException    when the model was fitted with (non-unit) weights
     */
    public TestResult hosmerLemeshow(double[][] x, int[] y, int groups) {
        double[] eta = requireFittedData(x, y, "hosmerLemeshow");
        int n = eta.length;
        Checks.require(groups >= 3 && groups <= n, "groups must be in [3, %d] (n), was %d", n, groups);
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = sigmoid(eta[i]);
        }
        return HosmerLemeshow.test(mu, y, groups);
    }

    /** Checks x and y against the fit and returns the linear predictor of each row. */
    private double[] requireFittedData(double[][] x, int[] y, String method) {
        if (weighted) {
            throw new IllegalStateException(method + " is defined for unweighted fits only; this model was fitted "
                    + "with weights");
        }
        int p = LinearRegression.requireFiniteMatrix(x, "x");
        int n = x.length;
        Checks.requireLength(p, coefficients.length - (intercept ? 1 : 0), "x",
                "the number of columns the model was fitted on");
        Checks.require(y != null, "y must not be null");
        Checks.requireLength(y.length, n, "y", "the number of rows of x");
        double[] yd = new double[n];
        double[] ones = new double[n];
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) {
                Checks.require(false, "y[%d] must be 0 or 1, was %d", i, y[i]);
            }
            yd[i] = y[i];
            ones[i] = 1;
        }
        double[] eta = new double[n];
        double d = deviance(x, yd, ones, coefficients, intercept, eta);
        Checks.require(n == observations && Math.abs(d - deviance) <= SAME_DEVIANCE * deviance,
                "x and y must be the data the model was fitted on: %d rows give the deviance %s, the model has %s "
                        + "from %d rows", n, d, deviance, observations);
        return eta;
    }

    /** @return the number of IRLS iterations performed */
    public int iterations() {
        return iterations;
    }

    /** @return whether the relative deviance change fell below the tolerance within the iteration limit */
    public boolean converged() {
        return converged;
    }

    /** @return observations of positive weight minus coefficients */
    public int residualDegreesOfFreedom() {
        return observations - coefficients.length;
    }

    /**
     * The fitted probability of class 1 for one new observation.
     *
     * @param row the p predictor values, finite (not modified)
     * @return {@code 1 / (1 + exp(-(b0 + rowᵀb)))}, in [0, 1]
     * @throws IllegalArgumentException when {@code row} is null, of the wrong length or not finite
     */
    public double probability(double[] row) {
        LinearRegression.requireFiniteVector(row, "row");
        int offset = intercept ? 1 : 0;
        Checks.requireLength(row.length, coefficients.length - offset, "row", "the number of columns of x");
        double eta = intercept ? coefficients[0] : 0.0;
        for (int j = 0; j < row.length; j++) {
            eta += coefficients[j + offset] * row[j];
        }
        return sigmoid(eta);
    }

    /** @return a table in the style of R's {@code summary.glm} */
    public String summary() {
        StringBuilder s = new StringBuilder("Logistic regression (IRLS)\n");
        s.append(Checks.message("%-14s %14s %14s %9s %11s%n", "", "Estimate", "Std. Error", "z value", "Pr(>|z|)"));
        double[] z = zValues();
        double[] p = pValues();
        int offset = intercept ? 1 : 0;
        for (int j = 0; j < coefficients.length; j++) {
            String name = intercept && j == 0 ? "(Intercept)" : "x" + (j - offset);
            s.append(Checks.message("%-14s %14.6g %14.6g %9.3f %11.4g %s%n", name, coefficients[j],
                    standardErrors[j], z[j], p[j], Significance.stars(p[j])));
        }
        s.append("---\n").append(Significance.LEGEND).append('\n');
        s.append(Checks.message("Null deviance: %.6g on %d degrees of freedom%n", nullDeviance,
                observations - offset));
        s.append(Checks.message("Residual deviance: %.6g on %d degrees of freedom%n", deviance,
                residualDegreesOfFreedom()));
        s.append(Checks.message("AIC: %.6g, BIC: %.6g, log-likelihood: %.6g; IRLS iterations: %d%s%n", aic(), bic(),
                logLikelihood(), iterations, converged ? "" : " (not converged)"));
        return s.toString();
    }

    @Override
    public String toString() {
        return "LogisticModel" + Arrays.toString(coefficients);
    }
}
