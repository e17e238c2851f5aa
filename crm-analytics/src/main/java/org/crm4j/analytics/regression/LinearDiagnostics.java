package org.crm4j.analytics.regression;

import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.linalg.PivotedQR;
import org.crm4j.analytics.linalg.SingularValues;
import org.crm4j.analytics.stats.ChiSquared;
import org.crm4j.analytics.stats.TestResult;

/**
 * The arithmetic behind {@link LinearModel}'s diagnostics (see the methods there for the definitions and
 * references). Pure static functions of the fitted quantities; nothing here keeps state.
 */
final class LinearDiagnostics {

    /**
     * A row of x reproduces the model's fitted value when {@code |x_iᵀb - ŷ_i|} is at most this fraction of
     * {@code |b0| + Σ|b_j x_ij|}: the same arithmetic gives the same bits, so anything above rounding means that x is
     * not the design the model was fitted on.
     */
    static final double FITTED_MATCH = 1e-12;

    /**
     * A fit counts as exact when {@code RSS <= EXACT_FIT · TSS} (R² = 1 to 1e-24): the residuals are then below
     * 1e-12 of the response's variation, at the level of rounding, and say nothing about the errors.
     */
    static final double EXACT_FIT = 1e-24;

    private LinearDiagnostics() {
    }

    /** R's {@code logLik.lm}: {@code ½ (Σ log w_i - n (log 2π + 1 - log n + log RSS))} over the n positive weights. */
    static double logLikelihood(int n, double rss, double logWeightSum) {
        return 0.5 * (logWeightSum - n * (Math.log(2 * Math.PI) + 1 - Math.log(n) + Math.log(rss)));
    }

    /**
     * The 2-norm condition number of {@code √W [1 | X]}: the ratio of the extreme singular values of its triangular
     * factor, which has the same singular values. With an intercept the stored factor is of the centred design
     * {@code [1 | X - 1x̄ᵀ]}; adding {@code r00 x̄_j} to its first row undoes the centring
     * ({@code [1 | X] = [1 | X_c] [[1, x̄ᵀ], [0, I]]}).
     */
    static double conditionNumber(double[] triangle, int k, double[] xMean) {
        double[] r = triangle.clone();
        if (xMean != null) {
            for (int j = 0; j < xMean.length; j++) {
                r[j + 1] += r[0] * xMean[j];
            }
        }
        double[] s = SingularValues.of(r, k, k);
        return s[0] / s[k - 1];
    }

    /**
     * {@code VIF_j = (G⁻¹)_jj G_jj} with G the Gram matrix of the (centred, with an intercept) weighted design: the
     * unscaled variance of b_j times the squared norm of its column, i.e. {@code 1 / (1 - R_j²)}.
     */
    static double[] varianceInflationFactors(double[] triangle, int k, double[] unscaledVariance, boolean intercept) {
        int offset = intercept ? 1 : 0;
        double[] vif = new double[k - offset];
        for (int j = 0; j < vif.length; j++) {
            double norm2 = 0;
            for (int i = 0; i <= j + offset; i++) {
                double v = triangle[i * k + j + offset];
                norm2 += v * v;
            }
            vif[j] = unscaledVariance[j + offset] * norm2;
        }
        return vif;
    }

    /** {@code Σ_(t≥2) (e_t - e_(t-1))² / Σ e_t²}. */
    static double durbinWatson(double[] e) {
        double num = 0;
        double den = e[0] * e[0];
        for (int t = 1; t < e.length; t++) {
            double d = e[t] - e[t - 1];
            num += d * d;
            den += e[t] * e[t];
        }
        return num / den;
    }

    /**
     * Breusch–Pagan by the auxiliary regression of {@code e²} on {@code [1 | z]}: with the explained sum of squares
     * {@code ESS = Σ(û_i - ū)²}, Koenker's statistic is {@code n ESS / Σ(u_i - ū)²} (n R²) and the classic one
     * {@code ESS / (2 σ̂⁴)} with {@code σ̂² = RSS / n}.
     */
    static TestResult breuschPagan(double[] e, double[][] z, boolean studentize) {
        int n = e.length;
        int q = LinearRegression.requireFiniteMatrix(z, "z");
        Checks.requireLength(z.length, n, "z", "the number of residuals (rows of the fit)");
        double[] u = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            u[i] = e[i] * e[i];
            mean += u[i];
        }
        mean /= n;
        LinearModel aux = LinearRegression.fit(z, u, LinearRegression.Options.defaults().withThreads(1));
        double[] fitted = aux.fittedValues();
        double ess = 0;
        double tss = 0;
        for (int i = 0; i < n; i++) {
            double f = fitted[i] - mean;
            double d = u[i] - mean;
            ess += f * f;
            tss += d * d;
        }
        double statistic;
        if (studentize) {
            statistic = n * ess / tss;
        } else {
            double sigma2 = mean; // σ̂² = RSS / n, the mean of e²
            statistic = ess / (2 * sigma2 * sigma2);
        }
        return new TestResult(studentize ? "Breusch-Pagan (Koenker)" : "Breusch-Pagan", statistic, q,
                ChiSquared.survival(statistic, q));
    }

    /**
     * Leverages {@code h_i = x̃_iᵀ(X̃ᵀX̃)⁻¹x̃_i} with {@code x̃_i = (1, x_i - x̄)} (or {@code x_i} without intercept),
     * from the pivoted QR factor, after checking that x reproduces the fitted values.
     */
    static double[] leverages(double[][] x, double[] beta, double[] fitted, boolean intercept, double[] xMean,
                              PivotedQR qr) {
        int n = fitted.length;
        int offset = intercept ? 1 : 0;
        int p = LinearRegression.requireFiniteMatrix(x, "x");
        Checks.requireLength(x.length, n, "x", "the number of rows the model was fitted on");
        Checks.requireLength(p, beta.length - offset, "x", "the number of columns the model was fitted on");
        int k = beta.length;
        double[] a = new double[k];
        double[] work = new double[k];
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            double f = intercept ? beta[0] : 0.0;
            double scale = Math.abs(f);
            for (int j = 0; j < p; j++) {
                double term = beta[j + offset] * row[j];
                f += term;
                scale += Math.abs(term);
            }
            if (!(Math.abs(f - fitted[i]) <= FITTED_MATCH * scale)) {
                Checks.require(false, "x must be the design the model was fitted on: row %d gives the fitted value "
                        + "%s, the model has %s", i, f, fitted[i]);
            }
            if (intercept) {
                a[0] = 1;
                for (int j = 0; j < p; j++) {
                    a[j + 1] = row[j] - xMean[j];
                }
            } else {
                System.arraycopy(row, 0, a, 0, p);
            }
            h[i] = qr.inverseGramQuadratic(a, work);
        }
        return h;
    }
}
