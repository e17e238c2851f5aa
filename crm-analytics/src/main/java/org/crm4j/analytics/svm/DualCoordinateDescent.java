package org.crm4j.analytics.svm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One binary L2-loss (squared hinge) SVM problem solved in the dual by coordinate descent with shrinking (Hsieh,
 * Chang, Lin, Keerthi &amp; Sundararajan 2008, algorithm 3, as LIBLINEAR's {@code solve_l2r_l1l2_svc}).
 *
 * <p>The primal is {@code min_w ½‖w‖² + C Σ_i max(0, 1 − y_i w·x̂_i)²} over {@code x̂_i = (x_i, 1)} (the bias is a
 * feature of value 1 and is regularised). Its dual is {@code min_α ½ αᵀ(Q + D)α − Σα_i, α ≥ 0} with
 * {@code Q_ij = y_i y_j x̂_i·x̂_j}, {@code D = I/(2C)}; {@code w = Σ α_i y_i x̂_i} is kept up to date, so one
 * coordinate step costs two passes over a row: {@code G = y_i w·x̂_i − 1 + α_i/(2C)},
 * {@code α_i ← max(0, α_i − G/(‖x̂_i‖² + 1/(2C)))}. Each outer iteration visits the active coordinates in a random
 * order; a coordinate at its bound 0 whose gradient exceeds the previous pass's largest projected gradient is
 * shrunk (left out) until the tolerance is met on the active set, then the full set is checked again. It stops when
 * {@code max PG − min PG ≤ tolerance} over all coordinates.
 */
final class DualCoordinateDescent {

    /** The solution of one problem. */
    record Solution(double[] w, double bias, double objective, int iterations, boolean converged) {
    }

    private DualCoordinateDescent() {
    }

    /**
     * @param x             the rows, flat row-major {@code n × d} (not modified)
     * @param n             the number of rows
     * @param d             the number of features (without the bias)
     * @param sign          {@code +1} or {@code −1} for each row (not modified)
     * @param c             the cost {@code C > 0}
     * @param tolerance     the stopping tolerance
     * @param maxIterations the outer iteration budget
     * @param random        the source of the permutations
     * @return the primal solution and its objective
     */
    static Solution solve(double[] x, int n, int d, byte[] sign, double c, double tolerance, int maxIterations,
                          SplittableRandom random) {
        double diag = 0.5 / c;
        double[] w = new double[d + 1]; // w[d] is the bias
        double[] alpha = new double[n];
        double[] qd = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            double sum = 1; // the bias feature
            int offset = i * d;
            for (int j = 0; j < d; j++) {
                sum += x[offset + j] * x[offset + j];
            }
            qd[i] = diag + sum;
            index[i] = i;
        }
        int active = n;
        double pgMaxOld = Double.POSITIVE_INFINITY;
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations) {
            double pgMax = Double.NEGATIVE_INFINITY;
            double pgMin = Double.POSITIVE_INFINITY;
            for (int s = 0; s < active; s++) {
                int t = s + random.nextInt(active - s);
                int swap = index[s];
                index[s] = index[t];
                index[t] = swap;
            }
            for (int s = 0; s < active; s++) {
                int i = index[s];
                int offset = i * d;
                double y = sign[i];
                double dot = w[d];
                for (int j = 0; j < d; j++) {
                    dot += w[j] * x[offset + j];
                }
                double g = y * dot - 1 + diag * alpha[i];
                double pg = 0;
                if (alpha[i] == 0) {
                    if (g > pgMaxOld) {
                        active--;
                        index[s] = index[active];
                        index[active] = i;
                        s--;
                        continue;
                    } else if (g < 0) {
                        pg = g;
                    }
                } else {
                    pg = g;
                }
                pgMax = Math.max(pgMax, pg);
                pgMin = Math.min(pgMin, pg);
                if (Math.abs(pg) > Tolerances.NEGLIGIBLE_GRADIENT) {
                    double old = alpha[i];
                    alpha[i] = Math.max(old - g / qd[i], 0);
                    double step = (alpha[i] - old) * y;
                    for (int j = 0; j < d; j++) {
                        w[j] += step * x[offset + j];
                    }
                    w[d] += step;
                }
            }
            iteration++;
            if (pgMax - pgMin <= tolerance) {
                if (active == n) {
                    converged = true;
                    break;
                }
                active = n;
                pgMaxOld = Double.POSITIVE_INFINITY;
                continue;
            }
            pgMaxOld = pgMax <= 0 ? Double.POSITIVE_INFINITY : pgMax;
        }
        double[] coefficients = Arrays.copyOf(w, d);
        return new Solution(coefficients, w[d], objective(x, n, d, sign, c, coefficients, w[d]), iteration,
                converged);
    }

    /** @return {@code ½‖w‖² + ½b² + C Σ max(0, 1 − y_i (w·x_i + b))²} */
    static double objective(double[] x, int n, int d, byte[] sign, double c, double[] w, double bias) {
        double norm = bias * bias;
        for (double v : w) {
            norm += v * v;
        }
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double dot = bias;
            int offset = i * d;
            for (int j = 0; j < d; j++) {
                dot += w[j] * x[offset + j];
            }
            double slack = 1 - sign[i] * dot;
            if (slack > 0) {
                loss += slack * slack;
            }
        }
        return 0.5 * norm + c * loss;
    }
}
