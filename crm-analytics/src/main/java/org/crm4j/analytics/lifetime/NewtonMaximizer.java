package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;

/**
 * Maximises a {@link LogLikelihood} of positive parameters by Newton's method on their logarithms, with the exact
 * (analytic) Hessian, Levenberg damping when the Hessian is not negative definite, and a backtracking (Armijo) line
 * search.
 *
 * <p>In log parameters {@code θ = log p} the gradient is {@code p ∘ g} and the Hessian
 * {@code diag(p) H diag(p) + diag(p ∘ g)}. Each iteration solves {@code (-H_θ + μ I) d = g_θ} by Cholesky with
 * {@code μ = 0} when {@code -H_θ} is positive definite, otherwise with the smallest tried {@code μ} (growing by
 * {@link Tolerances#DAMPING_GROWTH}) that factors; a step longer than {@link Tolerances#MAX_LOG_STEP} in any
 * coordinate is shortened, then halved until the log-likelihood rises by the Armijo fraction of the predicted gain.
 * Convergence: an undamped Newton decrement {@code g_θ' d / 2} at most {@code tolerance (1 + |ℓ|)}, i.e. the
 * quadratic model predicts no further gain at that relative size; that last Newton step is then taken too unless
 * it lowers the log-likelihood by more than that tolerance (its gain is at the rounding level of the sum).
 *
 * <p>Reference: J. Nocedal and S. J. Wright, <i>Numerical Optimization</i>, 2nd ed., Springer 2006, §3.4 (Newton
 * with Hessian modification) and §3.1 (backtracking).
 */
final class NewtonMaximizer {

    /**
     * The outcome of a maximisation.
     *
     * @param params        the estimates in natural units
     * @param logLikelihood the log-likelihood there
     * @param hessian       the Hessian in natural units there
     * @param iterations    the Newton steps taken
     * @param converged     whether the convergence criterion was met
     */
    record Result(double[] params, double logLikelihood, double[][] hessian, int iterations, boolean converged) {
    }

    private NewtonMaximizer() {
    }

    /**
     * @param f             the log-likelihood
     * @param start         the starting point, positive (not modified)
     * @param maxIterations the iteration budget
     * @param tolerance     the convergence tolerance (see the class comment)
     * @param strict        whether to throw instead of returning an unconverged result
     * @param what          names the model in messages
     * @return the maximiser
     * @throws ConvergenceException when the start is not finite, or {@code strict} and the fit did not converge
     */
    static Result maximize(LogLikelihood f, double[] start, int maxIterations, double tolerance, boolean strict,
            String what) {
        int k = start.length;
        double[] theta = new double[k];
        for (int i = 0; i < k; i++) {
            theta[i] = Math.log(start[i]);
        }
        double[] p = start.clone();
        double[] grad = new double[k];
        double[][] hess = new double[k][k];
        double ll = f.evaluate(p, grad, hess);
        if (!Double.isFinite(ll)) {
            throw new ConvergenceException(Checks.message("%s: the log-likelihood is not finite at the start (%s)",
                    what, ll));
        }
        double[] trial = new double[k];
        double[] trialParams = new double[k];
        boolean converged = false;
        int iterations = 0;
        while (true) {
            double[] g = new double[k];
            double[][] info = new double[k][k];
            double maxDiag = 0;
            for (int i = 0; i < k; i++) {
                g[i] = p[i] * grad[i];
                for (int j = 0; j < k; j++) {
                    info[i][j] = -p[i] * p[j] * hess[i][j];
                }
                info[i][i] -= g[i];
                maxDiag = Math.max(maxDiag, Math.abs(info[i][i]));
            }
            double[] d = solveDamped(info, g, 0);
            double mu = 0;
            if (d != null && decrement(g, d) / 2 <= tolerance * (1 + Math.abs(ll))) {
                converged = true;
                // one last full Newton step costs little and, by quadratic convergence, takes the estimate from
                // the tolerance's precision to nearly the rounding level
                for (int i = 0; i < k; i++) {
                    trial[i] = theta[i] + d[i];
                    trialParams[i] = Math.exp(trial[i]);
                }
                double[] g2 = new double[k];
                double[][] h2 = new double[k][k];
                double value = f.evaluate(trialParams, g2, h2);
                // near the maximum its gain is at the rounding level of ℓ, so a loss within the tolerance is kept
                if (Double.isFinite(value) && value >= ll - tolerance * (1 + Math.abs(ll))) {
                    System.arraycopy(trialParams, 0, p, 0, k);
                    ll = value;
                    grad = g2;
                    hess = h2;
                }
                break;
            }
            if (iterations >= maxIterations) {
                break;
            }
            boolean moved = false;
            while (!moved) {
                while (d == null) {
                    mu = mu == 0 ? Tolerances.INITIAL_DAMPING * Math.max(maxDiag, 1) : mu * Tolerances.DAMPING_GROWTH;
                    if (mu > Tolerances.MAX_DAMPING * Math.max(maxDiag, 1)) {
                        break;
                    }
                    d = solveDamped(info, g, mu);
                }
                if (d == null) {
                    break;
                }
                double longest = 0;
                for (double v : d) {
                    longest = Math.max(longest, Math.abs(v));
                }
                if (longest > Tolerances.MAX_LOG_STEP) {
                    for (int i = 0; i < k; i++) {
                        d[i] *= Tolerances.MAX_LOG_STEP / longest;
                    }
                }
                double slope = decrement(g, d);
                double s = 1;
                for (int h = 0; h < Tolerances.MAX_HALVINGS && !moved; h++, s /= 2) {
                    for (int i = 0; i < k; i++) {
                        trial[i] = theta[i] + s * d[i];
                        trialParams[i] = Math.exp(trial[i]);
                    }
                    double value = f.evaluate(trialParams, null, null);
                    if (Double.isFinite(value) && value >= ll + Tolerances.ARMIJO * s * slope) {
                        moved = true;
                    }
                }
                if (!moved) {
                    d = null; // more damping: a shorter, more gradient-like direction
                    if (mu == 0) {
                        mu = Tolerances.INITIAL_DAMPING * Math.max(maxDiag, 1) / Tolerances.DAMPING_GROWTH;
                    }
                }
            }
            if (!moved) {
                break;
            }
            System.arraycopy(trial, 0, theta, 0, k);
            System.arraycopy(trialParams, 0, p, 0, k);
            ll = f.evaluate(p, grad, hess);
            iterations++;
        }
        if (!converged && strict) {
            throw new ConvergenceException(Checks.message(
                    "%s: Newton's method did not converge in %d iterations (tolerance %s); log-likelihood %s at %s",
                    what, iterations, tolerance, ll, java.util.Arrays.toString(p)));
        }
        return new Result(p.clone(), ll, hess, iterations, converged);
    }

    private static double decrement(double[] g, double[] d) {
        double s = 0;
        for (int i = 0; i < g.length; i++) {
            s += g[i] * d[i];
        }
        return s;
    }

    /** Solves {@code (a + mu I) x = b} by Cholesky; null when the matrix is not positive definite. */
    private static double[] solveDamped(double[][] a, double[] b, double mu) {
        int k = b.length;
        double[][] m = new double[k][k];
        for (int i = 0; i < k; i++) {
            m[i] = a[i].clone();
            m[i][i] += mu;
        }
        double[][] l = cholesky(m);
        if (l == null) {
            return null;
        }
        return choleskySolve(l, b);
    }

    /** Lower Cholesky factor, or null when a pivot is not positive (relative to the diagonal). */
    private static double[][] cholesky(double[][] m) {
        int k = m.length;
        double[][] l = new double[k][k];
        for (int j = 0; j < k; j++) {
            double s = m[j][j];
            for (int q = 0; q < j; q++) {
                s -= l[j][q] * l[j][q];
            }
            if (!(s > Tolerances.SINGULAR_PIVOT * Math.abs(m[j][j]))) {
                return null;
            }
            l[j][j] = Math.sqrt(s);
            for (int i = j + 1; i < k; i++) {
                double t = m[i][j];
                for (int q = 0; q < j; q++) {
                    t -= l[i][q] * l[j][q];
                }
                l[i][j] = t / l[j][j];
            }
        }
        return l;
    }

    private static double[] choleskySolve(double[][] l, double[] b) {
        int k = b.length;
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            double s = b[i];
            for (int q = 0; q < i; q++) {
                s -= l[i][q] * y[q];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = y[i];
            for (int q = i + 1; q < k; q++) {
                s -= l[q][i] * x[q];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /**
     * Standard errors: square roots of the diagonal of the inverse observed information {@code -H} (natural
     * units), at the maximum.
     *
     * @param fit   the maximisation, whose Hessian is read (not modified)
     * @param names the parameter names, for the message
     * @param what  names the model in the message
     * @return the standard errors; NaN when the fit did not converge and {@code -H} is not positive definite there
     * @throws SingularMatrixException when the fit converged and {@code -H} is not positive definite; names the
     *                                 first parameter whose pivot fails
     */
    static double[] standardErrors(Result fit, String[] names, String what) {
        double[][] hessian = fit.hessian();
        int k = hessian.length;
        double[][] info = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                info[i][j] = -hessian[i][j];
            }
        }
        double[][] l = cholesky(info);
        if (l == null && !fit.converged()) {
            // an unconverged estimate need not be a maximum: no standard errors, and converged() says why
            double[] nan = new double[k];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        if (l == null) {
            int bad = 0;
            for (int j = 1; j <= k; j++) {
                double[][] lead = new double[j][j];
                for (int i = 0; i < j; i++) {
                    System.arraycopy(info[i], 0, lead[i], 0, j);
                }
                if (cholesky(lead) == null) {
                    bad = j - 1;
                    break;
                }
            }
            throw new SingularMatrixException(Checks.message(
                    "%s: the observed information is not positive definite at the estimate (pivot of parameter %s"
                            + " at or below %s relative); the maximum is on the boundary or not identified",
                    what, names[bad], Tolerances.SINGULAR_PIVOT));
        }
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            double[] e = new double[k];
            e[i] = 1;
            se[i] = Math.sqrt(choleskySolve(l, e)[i]);
        }
        return se;
    }
}
