package org.crm4j.analytics.timeseries;

import java.util.function.ToDoubleFunction;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * The Nelder–Mead simplex minimiser in the variant of Nash's Algorithm 19, which R's
 * {@code optim(method = "Nelder-Mead")} (C function {@code nmmin}) and forecast's {@code ets} use: reflection
 * coefficient 1, contraction 0.5, expansion 2; an initial simplex of steps {@code 0.1 max|x_i|} along each axis;
 * a shrink towards the best vertex when a contraction fails; and the stopping rule "the worst and best vertex
 * values differ by at most {@code tol (|f(start)| + tol)}". A non-finite objective counts as a huge value, so
 * infeasible points are simply never accepted.
 *
 * <p>Reference: J. C. Nash (1990), Compact Numerical Methods for Computers, 2nd ed., Algorithm 19; J. A. Nelder,
 * R. Mead (1965), A simplex method for function minimization, Computer Journal 7, 308–313.
 */
final class NelderMead {

    private static final double REFLECT = 1.0;
    private static final double CONTRACT = 0.5;
    private static final double EXPAND = 2.0;
    /** Initial simplex step relative to the largest coordinate of the start (Nash's 0.1). */
    private static final double STEP = 0.1;

    /**
     * The minimiser found.
     *
     * @param x           the best vertex
     * @param value       its objective
     * @param evaluations objective evaluations used
     * @param converged   whether the stopping rule was met within the budget
     */
    record Result(double[] x, double value, int evaluations, boolean converged) {
    }

    private NelderMead() {
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @param f              the objective; may return a non-finite value outside its domain
     * @param start          the starting point (not modified); its objective must be finite
     * @param relTolerance   the relative tolerance of the stopping rule
     * @param maxEvaluations the budget of objective evaluations
     * @param what           names the problem in the exception message
     * @return the best vertex; {@code converged} is false when the budget ran out or a shrink did not shrink
     * @throws ConvergenceException when the objective is not finite at the start
     */
    static Result minimize(ToDoubleFunction<double[]> f, double[] start, double relTolerance, int maxEvaluations,
            String what) {
        int n = start.length;
        double[] x = start.clone();
        double f0 = f.applyAsDouble(x);
        if (!Double.isFinite(f0)) {
            throw new ConvergenceException(Checks.message(
                    "%s: the objective is not finite at the starting values (%s)", what, f0));
        }
        if (n == 0) {
            return new Result(x, f0, 1, true);
        }
        int count = 1;
        double tolerance = relTolerance * (Math.abs(f0) + relTolerance);
        int vertices = n + 1;
        double[][] p = new double[vertices][];
        double[] value = new double[vertices];
        p[0] = x.clone();
        value[0] = f0;
        double step = 0;
        for (double v : x) {
            step = Math.max(step, STEP * Math.abs(v));
        }
        if (step == 0) {
            step = STEP;
        }
        double size = 0;
        for (int j = 1; j < vertices; j++) {
            p[j] = x.clone();
            double tryStep = step;
            while (p[j][j - 1] == x[j - 1]) {
                p[j][j - 1] = x[j - 1] + tryStep;
                tryStep *= 10;
            }
            size += tryStep;
        }
        double oldSize = size;
        boolean evaluateVertices = true;
        int best = 0;
        boolean converged = false;
        double[] centroid = new double[n];
        double[] trial = new double[n];
        do {
            if (evaluateVertices) {
                for (int j = 0; j < vertices; j++) {
                    if (j != best) {
                        value[j] = finite(f.applyAsDouble(p[j]));
                        count++;
                    }
                }
                evaluateVertices = false;
            }
            double low = value[best];
            double high = low;
            int worst = best;
            for (int j = 0; j < vertices; j++) {
                if (j != best) {
                    double v = value[j];
                    if (v < low) {
                        best = j;
                        low = v;
                    }
                    if (v > high) {
                        worst = j;
                        high = v;
                    }
                }
            }
            if (high <= low + tolerance) {
                converged = true;
                break;
            }
            for (int i = 0; i < n; i++) {
                double sum = -p[worst][i];
                for (int j = 0; j < vertices; j++) {
                    sum += p[j][i];
                }
                centroid[i] = sum / n;
            }
            for (int i = 0; i < n; i++) {
                trial[i] = (1 + REFLECT) * centroid[i] - REFLECT * p[worst][i];
            }
            double reflected = finite(f.applyAsDouble(trial));
            count++;
            if (reflected < low) {
                // try to expand beyond the reflection; the centroid slot keeps the reflected point
                double[] reflectedPoint = trial.clone();
                for (int i = 0; i < n; i++) {
                    trial[i] = EXPAND * reflectedPoint[i] + (1 - EXPAND) * centroid[i];
                }
                double expanded = finite(f.applyAsDouble(trial));
                count++;
                if (expanded < reflected) {
                    System.arraycopy(trial, 0, p[worst], 0, n);
                    value[worst] = expanded;
                } else {
                    System.arraycopy(reflectedPoint, 0, p[worst], 0, n);
                    value[worst] = reflected;
                }
            } else {
                if (reflected < high) {
                    System.arraycopy(trial, 0, p[worst], 0, n);
                    value[worst] = reflected;
                }
                for (int i = 0; i < n; i++) {
                    trial[i] = (1 - CONTRACT) * p[worst][i] + CONTRACT * centroid[i];
                }
                double contracted = finite(f.applyAsDouble(trial));
                count++;
                if (contracted < value[worst]) {
                    System.arraycopy(trial, 0, p[worst], 0, n);
                    value[worst] = contracted;
                } else if (reflected >= high) {
                    evaluateVertices = true;
                    size = 0;
                    for (int j = 0; j < vertices; j++) {
                        if (j != best) {
                            for (int i = 0; i < n; i++) {
                                p[j][i] = CONTRACT * (p[j][i] - p[best][i]) + p[best][i];
                                size += Math.abs(p[j][i] - p[best][i]);
                            }
                        }
                    }
                    if (size < oldSize) {
                        oldSize = size;
                    } else {
                        break;
                    }
                }
            }
        } while (count <= maxEvaluations);
        return new Result(p[best].clone(), value[best], count, converged && count <= maxEvaluations);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : Tolerances.NELDER_MEAD_NOT_FINITE;
    }
}
