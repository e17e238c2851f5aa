package org.crm4j.analytics.regression;

import org.crm4j.analytics.linalg.PivotedQR;

/**
 * One step of iterative refinement of a least-squares solution by the corrected semi-normal equations (Björck
 * 1996, §2.9.3): {@code s = XᵀW(y - Xb)} is accumulated in double-double arithmetic on the caller's original data,
 * then {@code δ = (XᵀWX)⁻¹ s} is solved with the existing QR factor and added to b. The QR factor may belong to the
 * column-centred design {@code X_c = X T}: then {@code δ = T (X_cᵀWX_c)⁻¹ Tᵀ s}.
 */
final class Refinement {

    private Refinement() {
    }

    /**
     * Refines {@code beta} in place.
     *
     * @param x       the predictors (not modified)
     * @param y       the responses (not modified)
     * @param weights the weights or null (not modified)
     * @param xMean   the centring of the factored design (intercept models), or null for an uncentred design
     *                without intercept
     * @param beta    the solution, intercept first when {@code xMean != null}; modified
     * @param qr      the factor of the (centred) design
     */
    static void refine(double[][] x, double[] y, double[] weights, double[] xMean, double[] beta, PivotedQR qr) {
        int n = x.length;
        int p = x[0].length;
        boolean intercept = xMean != null;
        int offset = intercept ? 1 : 0;
        int k = p + offset;
        double[] sHi = new double[k];
        double[] sLo = new double[k];
        for (int i = 0; i < n; i++) {
            double w = weights == null ? 1.0 : weights[i];
            if (w == 0) {
                continue;
            }
            double[] row = x[i];
            // r = y - b0 - Σ b_j x_j in double-double (hi, lo)
            double hi = y[i];
            double lo = 0;
            if (intercept) {
                double t = hi - beta[0];
                double bb = t - hi;
                lo += (hi - (t - bb)) + (-beta[0] - bb);
                hi = t;
            }
            for (int j = 0; j < p; j++) {
                double prod = beta[j + offset] * row[j];
                double prodErr = Math.fma(beta[j + offset], row[j], -prod);
                double t = hi - prod;
                double bb = t - hi;
                lo += (hi - (t - bb)) + (-prod - bb) - prodErr;
                hi = t;
            }
            double rHi = hi + lo;
            double rLo = lo - (rHi - hi);
            if (w != 1.0) {
                double wr = w * rHi;
                rLo = Math.fma(w, rHi, -wr) + w * rLo;
                rHi = wr;
            }
            if (intercept) {
                accumulate(sHi, sLo, 0, 1.0, rHi, rLo);
            }
            for (int j = 0; j < p; j++) {
                accumulate(sHi, sLo, j + offset, row[j], rHi, rLo);
            }
        }
        double[] s = new double[k];
        for (int j = 0; j < k; j++) {
            s[j] = sHi[j] + sLo[j];
        }
        if (intercept) {
            for (int j = 0; j < p; j++) {
                s[j + 1] -= xMean[j] * s[0]; // Tᵀ s
            }
        }
        double[] u = qr.solveGram(s);
        if (intercept) {
            double d0 = u[0];
            for (int j = 0; j < p; j++) {
                d0 -= xMean[j] * u[j + 1]; // T u
            }
            u[0] = d0;
        }
        for (int j = 0; j < k; j++) {
            beta[j] += u[j];
        }
    }

    /** (sHi[j], sLo[j]) += a * (rHi + rLo), with the product and the sum error-free. */
    private static void accumulate(double[] sHi, double[] sLo, int j, double a, double rHi, double rLo) {
        double prod = a * rHi;
        double prodErr = Math.fma(a, rHi, -prod) + a * rLo;
        double hi = sHi[j];
        double t = hi + prod;
        double bb = t - hi;
        sLo[j] += (hi - (t - bb)) + (prod - bb) + prodErr;
        sHi[j] = t;
    }
}
