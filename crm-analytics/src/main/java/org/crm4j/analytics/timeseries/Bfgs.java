package org.crm4j.analytics.timeseries;

import java.util.function.ToDoubleFunction;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * A small quasi-Newton minimiser: BFGS updates of the inverse Hessian, central-difference gradients and a
 * backtracking (Armijo) line search, the design of Nash's {@code vmmin} that R's {@code optim(method = "BFGS")}
 * uses. Variables are scaled ({@code x = par / parscale}) as {@code optim}'s {@code parscale} does, and the
 * numerical Hessian follows {@code optimHess}: central differences of the central-difference gradient with step
 * {@code 1e-3} in scaled units, symmetrised.
 *
 * <p>Reference: J. C. Nash (1990), Compact Numerical Methods for Computers, 2nd ed., Algorithm 21; J. Nocedal,
 * S. J. Wright (2006), Numerical Optimization, 2nd ed., ch. 6.
 */
final class Bfgs {

    /** Finite-difference step in scaled units, as {@code optim}'s {@code ndeps}. */
    static final double STEP = Tolerances.DIFFERENCE_STEP;

    /**
     * The minimiser found.
     *
     * @param x          the best point, in natural units
     * @param value      the objective there
     * @param iterations the iterations run
     * @param converged  false when the budget ran out before the relative decrease fell below the tolerance (as
     *                   R's {@code optim} convergence code 1); {@code x} is then the best point so far
     */
    record Result(double[] x, double value, int iterations, boolean converged) {
    }

    private Bfgs() {
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @param f             the objective in natural units; may return {@code +Infinity} outside its domain
     * @param start         the starting point in natural units (not modified)
     * @param scale         the typical magnitude of each variable (not modified)
     * @param relTolerance  stop when one iteration lowers {@code f} by less than
     *                      {@code relTolerance * (|f| + relTolerance)}
     * @param maxIterations the iteration budget
     * @param what          names the problem in the exception message
     * @return the minimiser in natural units; {@link Result#converged()} false when the budget ran out (the best
     *         point so far: BFGS only accepts decreasing steps)
     * @throws ConvergenceException when the objective is not finite at the start
     */
    static Result minimize(ToDoubleFunction<double[]> f, double[] start, double[] scale, double relTolerance,
            int maxIterations, String what) {
        int n = start.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = start[i] / scale[i];
        }
        double[] buf = new double[n];
        ToDoubleFunction<double[]> g = z -> {
            for (int i = 0; i < n; i++) {
                buf[i] = z[i] * scale[i];
            }
            return f.applyAsDouble(buf);
        };
        double fx = g.applyAsDouble(x);
        if (!Double.isFinite(fx)) {
            throw new ConvergenceException(Checks.message("%s: BFGS start has a non-finite objective (%s)", what,
                    fx));
        }
        if (n == 0) {
            return new Result(x, fx, 0, true);
        }
        double[] grad = gradient(g, x, fx);
        double[][] h = identity(n);
        double[] dir = new double[n];
        double[] xn = new double[n];
        double[] gn;
        double[] s = new double[n];
        double[] y = new double[n];
        for (int iter = 1; iter <= maxIterations; iter++) {
            double slope = 0;
            for (int i = 0; i < n; i++) {
                double d = 0;
                for (int j = 0; j < n; j++) {
                    d -= h[i][j] * grad[j];
                }
                dir[i] = d;
                slope += d * grad[i];
            }
            if (slope >= 0) {
                // not a descent direction: restart from steepest descent
                h = identity(n);
                slope = 0;
                for (int i = 0; i < n; i++) {
                    dir[i] = -grad[i];
                    slope -= grad[i] * grad[i];
                }
                if (slope == 0) {
                    return result(x, scale, fx, iter, true);
                }
            }
            double step = 1;
            double fn = Double.NaN;
            boolean moved = false;
            for (int k = 0; k < 60; k++) {
                boolean changed = false;
                for (int i = 0; i < n; i++) {
                    xn[i] = x[i] + step * dir[i];
                    changed |= xn[i] != x[i];
                }
                if (!changed) {
                    break;
                }
                fn = g.applyAsDouble(xn);
                if (Double.isFinite(fn) && fn <= fx + Tolerances.ARMIJO * step * slope) {
                    moved = true;
                    break;
                }
                step *= Tolerances.LINE_SEARCH_SHRINK;
            }
            if (!moved) {
                if (isIdentity(h)) {
                    return result(x, scale, fx, iter, true);
                }
                h = identity(n);
                continue;
            }
            gn = gradient(g, xn, fn);
            double sy = 0;
            for (int i = 0; i < n; i++) {
                s[i] = xn[i] - x[i];
                y[i] = gn[i] - grad[i];
                sy += s[i] * y[i];
            }
            boolean small = fx - fn < relTolerance * (Math.abs(fx) + relTolerance);
            System.arraycopy(xn, 0, x, 0, n);
            fx = fn;
            grad = gn;
            if (small) {
                return result(x, scale, fx, iter, true);
            }
            if (sy > Tolerances.BFGS_CURVATURE) {
                update(h, s, y, sy);
            } else {
                h = identity(n);
            }
        }
        return result(x, scale, fx, maxIterations, false);
    }

    private static Result result(double[] x, double[] scale, double fx, int iter, boolean converged) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * scale[i];
        }
        return new Result(out, fx, iter, converged);
    }

    /** H += (1 + y'Hy/sy) ss'/sy - (H y s' + s y' H)/sy. */
    private static void update(double[][] h, double[] s, double[] y, double sy) {
        int n = s.length;
        double[] hy = new double[n];
        double yhy = 0;
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int j = 0; j < n; j++) {
                v += h[i][j] * y[j];
            }
            hy[i] = v;
            yhy += y[i] * v;
        }
        double c = (1 + yhy / sy) / sy;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += c * s[i] * s[j] - (hy[i] * s[j] + s[i] * hy[j]) / sy;
            }
        }
    }

    private static double[] gradient(ToDoubleFunction<double[]> g, double[] x, double fx) {
        int n = x.length;
        double[] grad = new double[n];
        double[] z = x.clone();
        for (int i = 0; i < n; i++) {
            z[i] = x[i] + STEP;
            double up = g.applyAsDouble(z);
            z[i] = x[i] - STEP;
            double down = g.applyAsDouble(z);
            z[i] = x[i];
            if (Double.isFinite(up) && Double.isFinite(down)) {
                grad[i] = (up - down) / (2 * STEP);
            } else if (Double.isFinite(up)) {
                grad[i] = (up - fx) / STEP;
            } else if (Double.isFinite(down)) {
                grad[i] = (fx - down) / STEP;
            } else {
                grad[i] = 0;
            }
        }
        return grad;
    }

    /**
     * The Hessian of {@code f} at {@code at} in natural units, as R's {@code optimHess}: central differences of
     * the central-difference gradient with steps {@code STEP * scale[i]}, symmetrised.
     *
     * @param f     the objective in natural units
     * @param at    the point (not modified)
     * @param scale the variable scales (not modified)
     * @return the Hessian, {@code n x n}
     */
    static double[][] hessian(ToDoubleFunction<double[]> f, double[] at, double[] scale) {
        int n = at.length;
        double[][] hess = new double[n][n];
        double[] z = at.clone();
        for (int i = 0; i < n; i++) {
            double hi = STEP * scale[i];
            z[i] = at[i] + hi;
            double[] up = naturalGradient(f, z, scale);
            z[i] = at[i] - hi;
            double[] down = naturalGradient(f, z, scale);
            z[i] = at[i];
            for (int j = 0; j < n; j++) {
                hess[i][j] = (up[j] - down[j]) / (2 * hi);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (hess[i][j] + hess[j][i]);
                hess[i][j] = v;
                hess[j][i] = v;
            }
        }
        return hess;
    }

    private static double[] naturalGradient(ToDoubleFunction<double[]> f, double[] x, double[] scale) {
        int n = x.length;
        double[] grad = new double[n];
        double[] z = x.clone();
        for (int i = 0; i < n; i++) {
            double hi = STEP * scale[i];
            z[i] = x[i] + hi;
            double up = f.applyAsDouble(z);
            z[i] = x[i] - hi;
            double down = f.applyAsDouble(z);
            z[i] = x[i];
            grad[i] = (up - down) / (2 * hi);
        }
        return grad;
    }

    private static double[][] identity(int n) {
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i][i] = 1;
        }
        return h;
    }

    private static boolean isIdentity(double[][] h) {
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < h.length; j++) {
                if (h[i][j] != (i == j ? 1 : 0)) {
                    return false;
                }
            }
        }
        return true;
    }
}
