package org.crm4j.analytics.timeseries;

import java.util.function.ToDoubleFunction;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;

/**
 * The estimation procedure of R's {@code arima}, step by step:
 * <ol>
 *   <li>least-squares start for the regression term on the differenced data, with scale {@code 10 * se};</li>
 *   <li>(CSS, CSS-ML) minimise the conditional sum of squares from zero ARMA coefficients;</li>
 *   <li>(CSS-ML) fail when the CSS AR part is not stationary; map the AR blocks to Jones' unconstrained form and
 *       make the MA blocks invertible;</li>
 *   <li>(ML, CSS-ML) minimise the exact concentrated likelihood by BFGS; make the MA blocks invertible again;</li>
 *   <li>standard errors from the numerical Hessian in the unconstrained coordinates, mapped back by the
 *       (forward-difference) Jacobian of the transform, as R's {@code ARIMA_Gradtrans}.</li>
 * </ol>
 */
final class ArimaEstimation {

    private static final double REL_TOLERANCE = Tolerances.BFGS_REL_TOLERANCE;
    private static final double TRANSFORM_STEP = Tolerances.TRANSFORM_STEP;

    /** A point estimate, before standard errors; {@link #converged} false when BFGS ran out of iterations. */
    static final class Estimate {
        final ArimaProblem problem;
        final double[] raw;
        final boolean transformed;
        final double value;
        final int iterations;
        final double[] scale;
        final boolean converged;

        Estimate(ArimaProblem problem, double[] raw, boolean transformed, double value, int iterations,
                double[] scale, boolean converged) {
            this.problem = problem;
            this.raw = raw;
            this.transformed = transformed;
            this.value = value;
            this.iterations = iterations;
            this.scale = scale;
            this.converged = converged;
        }

        /** @return the coefficients in natural form */
        double[] coefficients() {
            return transformed ? untransform(problem, raw) : raw.clone();
        }

        /** @return the maximised log-likelihood, R's {@code -0.5 (2 m f + m + m log 2 pi)} */
        double logLikelihood() {
            int m = problem.used;
            return -0.5 * (2 * m * value + m + m * Math.log(2 * Math.PI));
        }
    }

    private ArimaEstimation() {
    }

    /**
     * Estimates the coefficients (no standard errors).
     *
     * @param y    the series, validated by the caller (not modified)
     * @param spec the validated spec
     * @return the estimate; not converged when the (last) BFGS run exhausted {@code spec.maxIterations()}
     * @throws ConvergenceException when the objective is not finite at the start or at the optimum, or the CSS AR
     *                              part is not stationary (CSS-ML)
     */
    static Estimate estimate(double[] y, ArimaSpec spec) {
        ArimaProblem prob = new ArimaProblem(y, spec);
        int k = prob.narma + prob.nreg;
        double[] init = new double[k];
        double[] scale = new double[k];
        java.util.Arrays.fill(scale, 1);
        if (prob.nreg > 0) {
            double[][] start = prob.regressionStart();
            System.arraycopy(start[0], 0, init, prob.narma, prob.nreg);
            System.arraycopy(start[1], 0, scale, prob.narma, prob.nreg);
        }
        String label = spec.label();
        ArimaMethod method = spec.method();
        if (method == ArimaMethod.CSS) {
            Bfgs.Result res = Bfgs.minimize(x -> prob.cssObjective(x, null), init, scale, REL_TOLERANCE,
                    spec.maxIterations(), label + " (CSS)");
            return new Estimate(prob, res.x(), false, res.value(), res.iterations(), scale, res.converged());
        }
        int iterations = 0;
        if (method == ArimaMethod.CSS_ML) {
            try {
                Bfgs.Result css = Bfgs.minimize(x -> prob.cssObjective(x, null), init, scale, REL_TOLERANCE,
                        spec.maxIterations(), label + " (CSS)");
                // a CSS step that did not converge only supplies no starting values: the ML step decides
                if (css.converged()) {
                    init = css.x();
                    iterations += css.iterations();
                }
            } catch (ConvergenceException e) {
                // as R: a failed CSS step leaves the starting values unchanged
            }
            if (!Polynomials.isStationary(java.util.Arrays.copyOfRange(init, 0, prob.p))) {
                throw new ConvergenceException(label + ": non-stationary AR part from CSS (as R); try method ML");
            }
            if (!Polynomials.isStationary(java.util.Arrays.copyOfRange(init, prob.p + prob.q,
                    prob.p + prob.q + prob.sp))) {
                throw new ConvergenceException(label
                        + ": non-stationary seasonal AR part from CSS (as R); try method ML");
            }
        }
        double[] raw = init.clone();
        putBlock(raw, 0, Polynomials.fromStationary(block(init, 0, prob.p)));
        putBlock(raw, prob.p + prob.q, Polynomials.fromStationary(block(init, prob.p + prob.q, prob.sp)));
        invertMaBlocks(prob, raw);
        Bfgs.Result ml = Bfgs.minimize(x -> prob.likelihoodObjective(x, true), raw, scale, REL_TOLERANCE,
                spec.maxIterations(), label + " (ML)");
        double[] best = ml.x();
        double value = ml.value();
        if (invertMaBlocks(prob, best)) {
            value = prob.likelihoodObjective(best, true);
        }
        if (!Double.isFinite(value)) {
            throw new ConvergenceException(label + ": the likelihood is not finite at the optimum");
        }
        return new Estimate(prob, best, true, value, iterations + ml.iterations(), scale, ml.converged());
    }

    /**
     * Completes an estimate into a model: Hessian-based standard errors, sigma², residuals and forecast state.
     *
     * @param est the estimate
     * @return the fitted model
     * @throws SingularMatrixException when the Hessian is singular or not positive definite (naming the parameter)
     * @throws ConvergenceException     when the final filter fails or the innovation variance is zero
     */
    static ArimaModel complete(Estimate est) {
        ArimaProblem prob = est.problem;
        String label = prob.spec.label();
        int k = est.raw.length;
        String[] names = prob.names();
        double[] coef = est.coefficients();
        double[] se = new double[k];
        if (k > 0) {
            double[][] var;
            if (est.transformed) {
                ToDoubleFunction<double[]> f = x -> prob.likelihoodObjective(x, true);
                double[][] hinv = inverse(scaled(Bfgs.hessian(f, est.raw, est.scale), prob.used), label, names);
                double[][] a = transformJacobian(prob, est.raw);
                var = new double[k][k];
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        double s = 0;
                        for (int u = 0; u < k; u++) {
                            for (int v = 0; v < k; v++) {
                                s += a[u][i] * hinv[u][v] * a[v][j];
                            }
                        }
                        var[i][j] = s;
                    }
                }
            } else {
                ToDoubleFunction<double[]> f = x -> prob.cssObjective(x, null);
                var = inverse(scaled(Bfgs.hessian(f, est.raw, est.scale), prob.used), label, names);
            }
            for (int i = 0; i < k; i++) {
                if (!(var[i][i] > 0) || !Double.isFinite(var[i][i])) {
                    throw new SingularMatrixException(Checks.message(
                            "%s: the Hessian of the likelihood is not positive definite at the optimum "
                                    + "(variance of parameter %s is %s); the model is not identifiable here",
                            label, names[i], var[i][i]));
                }
                se[i] = Math.sqrt(var[i][i]);
            }
        }
        double[] residuals = new double[prob.n];
        double finalValue = prob.finalPass(coef, residuals);
        if (!Double.isFinite(finalValue)) {
            throw new ConvergenceException(label + ": the Kalman filter failed for the final coefficients "
                    + "(non-stationary AR part)");
        }
        double sigma2 = prob.kalman.ssq / prob.used;
        if (prob.spec.method() == ArimaMethod.CSS) {
            prob.cssObjective(coef, residuals);
            sigma2 = prob.cssSigma2(coef);
        }
        if (!(sigma2 > 0)) {
            throw new ConvergenceException(label + ": the innovation variance is zero (the model fits exactly)");
        }
        int r = prob.kalman.dimension();
        double[] state = new double[r];
        double[] cov = new double[r * r];
        prob.kalman.filteredState(state, cov);
        double[][] poly = prob.polynomials(coef, false);
        double[] regression = java.util.Arrays.copyOfRange(coef, prob.narma, coef.length);
        // u = y - X beta, last lost values, most recent first
        double[] tail = new double[prob.lost];
        for (int i = 0; i < prob.lost; i++) {
            int t = prob.n - 1 - i;
            double u = prob.y[t];
            for (int j = 0; j < prob.nreg; j++) {
                u -= regression[j] * prob.xreg[j][t];
            }
            tail[i] = u;
        }
        ForecastState fs = new ForecastState(poly[0], poly[1], prob.delta, state, cov, tail, regression,
                prob.spec.hasMean(), prob.spec.includeDrift(), prob.n);
        return new ArimaModel(prob.spec.withMean(prob.spec.hasMean()), names, coef, se, sigma2,
                est.logLikelihood(), prob.used, residuals, est.iterations, est.converged, fs);
    }

    private static double[][] scaled(double[][] h, double factor) {
        for (double[] row : h) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= factor;
            }
        }
        return h;
    }

    /** A[i][j] = d coef_j / d raw_i by forward differences with step 1e-3 (R's ARIMA_Gradtrans). */
    private static double[][] transformJacobian(ArimaProblem prob, double[] raw) {
        int k = raw.length;
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
            a[i][i] = 1;
        }
        blockJacobian(a, raw, 0, prob.p);
        blockJacobian(a, raw, prob.p + prob.q, prob.sp);
        return a;
    }

    private static void blockJacobian(double[][] a, double[] raw, int from, int m) {
        if (m == 0) {
            return;
        }
        double[] w1 = java.util.Arrays.copyOfRange(raw, from, from + m);
        double[] base = new double[m];
        double[] bumped = new double[m];
        double[] work = new double[m];
        Polynomials.toStationary(w1, 0, m, base, work);
        for (int i = 0; i < m; i++) {
            w1[i] += TRANSFORM_STEP;
            Polynomials.toStationary(w1, 0, m, bumped, work);
            for (int j = 0; j < m; j++) {
                a[from + i][from + j] = (bumped[j] - base[j]) / TRANSFORM_STEP;
            }
            w1[i] -= TRANSFORM_STEP;
        }
    }

    static double[] untransform(ArimaProblem prob, double[] raw) {
        double[] out = raw.clone();
        double[] work = new double[Math.max(prob.p, prob.sp) + 1];
        double[] ar = new double[prob.p];
        double[] sar = new double[prob.sp];
        Polynomials.toStationary(raw, 0, prob.p, ar, work);
        Polynomials.toStationary(raw, prob.p + prob.q, prob.sp, sar, work);
        putBlock(out, 0, ar);
        putBlock(out, prob.p + prob.q, sar);
        return out;
    }

    /** Replaces non-invertible MA blocks by their invertible equivalents; true when something changed. */
    private static boolean invertMaBlocks(ArimaProblem prob, double[] par) {
        double[] ma = block(par, prob.p, prob.q);
        double[] sma = block(par, prob.p + prob.q + prob.sp, prob.sq);
        double[] ima = Polynomials.invertMa(ma);
        double[] isma = Polynomials.invertMa(sma);
        boolean changed = !java.util.Arrays.equals(ma, ima) || !java.util.Arrays.equals(sma, isma);
        putBlock(par, prob.p, ima);
        putBlock(par, prob.p + prob.q + prob.sp, isma);
        return changed;
    }

    private static double[] block(double[] x, int from, int len) {
        return java.util.Arrays.copyOfRange(x, from, from + len);
    }

    private static void putBlock(double[] x, int from, double[] values) {
        System.arraycopy(values, 0, x, from, values.length);
    }

    /**
     * Gauss–Jordan inverse with partial pivoting.
     *
     * @param m     the matrix, {@code n x n} (not modified)
     * @param label the model, for the message
     * @param names the parameter of each row and column, for the message
     * @return the inverse
     * @throws SingularMatrixException naming the parameter whose column has no non-zero pivot left
     */
    static double[][] inverse(double[][] m, String label, String[] names) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(a[i][c]) > Math.abs(a[piv][c])) {
                    piv = i;
                }
            }
            if (!(Math.abs(a[piv][c]) > 0)) {
                throw new SingularMatrixException(Checks.message(
                        "%s: the Hessian of the likelihood is singular at the optimum: parameter %s (column %d) is "
                                + "a linear combination of the others (no non-zero pivot left); the model is not "
                                + "identifiable here, drop that term", label, names[c], c + 1));
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double d = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= d;
            }
            for (int i = 0; i < n; i++) {
                if (i != c && a[i][c] != 0) {
                    double f = a[i][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[i][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
