package org.crm4j.analytics.regression;

/**
 * Per-observation influence measures of a fitted {@link LinearModel}, made by {@link LinearModel#influence}; as R's
 * {@code hatvalues}, {@code cooks.distance}, {@code rstandard} and {@code rstudent}, and statsmodels'
 * {@code OLSInfluence}. Immutable and thread-safe: arrays are copied out.
 *
 * <p>With n observations, k coefficients, residuals {@code e_i}, {@code s² = RSS / (n - k)} and the hat matrix
 * {@code H = X(XᵀX)⁻¹Xᵀ} (X with its column of ones):
 * <pre>
 *   leverage       h_i = H_ii                                      in [1/n, 1] with an intercept, Σ h_i = k
 *   standardised   r_i = e_i / (s √(1 - h_i))                       ("internally studentised")
 *   studentised    t_i = e_i / (s_(i) √(1 - h_i)),  s_(i)² = ((n - k) s² - e_i² / (1 - h_i)) / (n - k - 1)
 *   Cook's         D_i = r_i² h_i / (k (1 - h_i))
 * </pre>
 * {@code s_(i)} is the residual standard error with observation i left out, so {@code t_i} follows Student's t with
 * {@code n - k - 1} degrees of freedom under the model. A common reading: {@code h_i > 2k/n} is high leverage,
 * {@code |t_i| > 2} an outlier, {@code D_i > 4/n} (or {@code > 1}) influential. Where {@code h_i = 1} (the row
 * alone determines a coefficient) the three residual measures are NaN or infinite, as in R; the studentised residuals
 * are NaN when {@code n - k = 1}.
 *
 * <p>References: R. D. Cook, Detection of influential observation in linear regression, <i>Technometrics</i> 19
 * (1977) 15–18; D. A. Belsley, E. Kuh and R. E. Welsch, <i>Regression Diagnostics</i>, Wiley 1980, ch. 2.
 */
public final class LinearInfluence {

    private final double[] leverage;
    private final double[] standardized;
    private final double[] studentized;
    private final double[] cooks;

    private LinearInfluence(double[] leverage, double[] standardized, double[] studentized, double[] cooks) {
        this.leverage = leverage;
        this.standardized = standardized;
        this.studentized = studentized;
        this.cooks = cooks;
    }

    static LinearInfluence of(double[] h, double[] e, double rss, int k) {
        int n = e.length;
        double s2 = rss / (n - k);
        double s = Math.sqrt(s2);
        double[] standardized = new double[n];
        double[] studentized = new double[n];
        double[] cooks = new double[n];
        for (int i = 0; i < n; i++) {
            double oneMinusH = 1 - h[i];
            double r = e[i] / (s * Math.sqrt(oneMinusH));
            standardized[i] = r;
            double s2LeftOut = ((n - k) * s2 - e[i] * e[i] / oneMinusH) / (n - k - 1);
            studentized[i] = e[i] / Math.sqrt(s2LeftOut * oneMinusH);
            cooks[i] = r * r * h[i] / (k * oneMinusH);
        }
        return new LinearInfluence(h, standardized, studentized, cooks);
    }

    /** @return the leverages (hat values) {@code h_i}, dimensionless, one per row (a copy) */
    public double[] leverage() {
        return leverage.clone();
    }

    /** @return the standardised ("internally studentised") residuals {@code r_i}, R's {@code rstandard} (a copy) */
    public double[] standardizedResiduals() {
        return standardized.clone();
    }

    /**
     * @return the ("externally") studentised residuals {@code t_i}, R's {@code rstudent}, t-distributed with
     *         {@code n - k - 1} degrees of freedom under the model (a copy)
     */
    public double[] studentizedResiduals() {
        return studentized.clone();
    }

    /** @return Cook's distances {@code D_i}, dimensionless, {@code >= 0} (a copy) */
    public double[] cooksDistance() {
        return cooks.clone();
    }
}
