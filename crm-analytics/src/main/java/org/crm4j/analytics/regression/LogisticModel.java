package org.crm4j.analytics.regression;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.stats.Normal;

/**
 * A fitted binary logistic regression, produced by {@link LogisticRegression}. Immutable and thread-safe: every
 * array is copied in and out.
 *
 * <p>Coefficients are log-odds ratios, intercept first when present. Standard errors are the square roots of the
 * diagonal of the inverse Fisher information {@code (XᵀWX)⁻¹} at the estimate; z-tests and confidence intervals are
 * Wald's (R's {@code summary.glm} and {@code confint.default}).
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

    private LogisticModel(boolean intercept, int observations, double[] coefficients, double[] standardErrors,
                          double deviance, double nullDeviance, int iterations, boolean converged) {
        this.intercept = intercept;
        this.observations = observations;
        this.coefficients = coefficients;
        this.standardErrors = standardErrors;
        this.deviance = deviance;
        this.nullDeviance = nullDeviance;
        this.iterations = iterations;
        this.converged = converged;
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
        return new LogisticModel(intercept, used, beta, se, deviance, nullDeviance, iterations, converged);
    }

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

    /** @return the log-likelihood, {@code -deviance / 2} */
    public double logLikelihood() {
        return -0.5 * deviance;
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
        s.append(Checks.message("AIC: %.6g; IRLS iterations: %d%s%n", aic(), iterations,
                converged ? "" : " (not converged)"));
        return s.toString();
    }

    @Override
    public String toString() {
        return "LogisticModel" + Arrays.toString(coefficients);
    }
}
