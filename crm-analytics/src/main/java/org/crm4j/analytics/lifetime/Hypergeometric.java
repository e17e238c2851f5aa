package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * The Gauss hypergeometric function in the form the BG/NBD conditional expectation needs, for real parameters and
 * {@code 0 <= z < 1}:
 *
 * <pre>
 *   H(A, B, C, z) = C (₂F₁(A, B; C; z) - 1) / (A B)
 *                 = Σ_{j>=0} (A+1)_j (B+1)_j / ((C+1)_j (j+1)!) z^(j+1)
 *                 = z ₃F₂(A+1, B+1, 1; C+1, 2; z),
 * </pre>
 *
 * with {@code (v)_j} the rising factorial. Unlike {@code ₂F₁} itself, {@code H} is an entire function of
 * {@code A} and {@code B} and stays finite as {@code C -> 0}, so formulas divided by {@code A}, {@code B} or
 * {@code C} (the BG/NBD's {@code a - 1} and {@code a + b - 1}) have no removable singularity left. It requires
 * {@code C > -1}.
 *
 * <p>Method. For {@code z <= 1/2} the series above is summed until a term is below one ulp of the sum and the
 * term ratio is below one. For {@code z > 1/2} the series is tried with a budget of
 * {@link Tolerances#DIRECT_TERMS} terms (enough when {@code C - A - B} or {@code C} is large, as for frequent
 * buyers); where it converges more slowly ({@code z^j j^(A+B-C-1)}), {@code H} and {@code H'} at {@code 1/2} are
 * continued along the real axis by Taylor expansions of the
 * hypergeometric differential equation, which {@code H} satisfies with a constant right-hand side:
 *
 * <pre>
 *   z (1 - z) H'' + (C - (A + B + 1) z) H' - A B H = C,   H(0) = 0, H'(0) = 1.
 * </pre>
 *
 * Around {@code z0} the Taylor coefficients follow a three-term recurrence; each step covers half of the remaining
 * distance to the singular point {@code z = 1} (radius of convergence {@code 1 - z0}), so its terms shrink like
 * {@code 2^-n}, and {@code z = 1 - 1e-8} takes 26 steps. This is analytic continuation by re-expansion; it has no
 * trouble where the connection formula of {@code z -> 1 - z} does (integer {@code C - A - B}). Continuing toward
 * {@code z = 1} is stable: the error stays relative to the dominant solution there.
 *
 * <p>Accuracy: against mpmath ({@code hyp3f2}, 40 digits) on a grid of nine parameter triples (including
 * {@code C - A - B} an integer, {@code C} in {@code (-1, 0)}, {@code C = 10 000.2}) and {@code z} from 0.001 to
 * {@code 1 - 1e-8}, the worst relative error is 3.5e-15 ({@code HypergeometricTest}). Cancellation in the series
 * grows with large negative {@code A} or {@code B} (terms of alternating sign before the series settles); the
 * BG/NBD uses {@code A = a + b - 1 - r}, {@code B = a - 1}, which stay moderate for real customer bases.
 *
 * <p>References: M. Abramowitz and I. A. Stegun, <i>Handbook of Mathematical Functions</i>, 15.1.1, 15.5.1;
 * F. W. J. Olver et al., <i>NIST Digital Library of Mathematical Functions</i>, §15.10 (the differential equation),
 * §3.7(ii) (Taylor-series methods for ordinary differential equations).
 */
final class Hypergeometric {

    private Hypergeometric() {
    }

    /**
     * {@code H(A, B, C, z) = C (₂F₁(A, B; C; z) - 1) / (A B)}.
     *
     * @param a the first numerator parameter
     * @param b the second numerator parameter
     * @param c the denominator parameter, {@code > -1}
     * @param z the argument, in {@code [0, 1)}
     * @return {@code H}
     * @throws IllegalArgumentException when {@code c <= -1} or {@code z} is outside {@code [0, 1)}
     * @throws ConvergenceException when the series needs more than {@link Tolerances#MAX_TERMS} terms
     */
    static double h(double a, double b, double c, double z) {
        Checks.require(c > -1, "C must be > -1, was %s", c);
        Checks.require(z >= 0 && z < 1, "z must be in [0, 1), was %s", z);
        if (z <= Tolerances.SERIES_MAX_Z) {
            return series(a, b, c, z, Tolerances.MAX_TERMS)[0];
        }
        // A large C - A - B makes the series converge fast even near z = 1 (terms ~ z^j j^(A+B-C-1)), while the
        // continuation would expand the steep (1 - z)^(C-A-B) solution with cancelling binomial-like terms.
        double[] direct = directMayConverge(a, b, c, z) ? series(a, b, c, z, Tolerances.DIRECT_TERMS) : null;
        if (direct != null) {
            return direct[0];
        }
        double[] start = series(a, b, c, Tolerances.SERIES_MAX_Z, Tolerances.MAX_TERMS);
        double y = start[0];
        double dy = start[1];
        // Positions are tracked by their distance to 1, halved at each step: 1 - 2^-k and the steps 2^-(k+1) are
        // exact in binary, and 1 - z is exact for z >= 1/2 (Sterbenz), so no rounding of the position creeps in;
        // near z = 1 an error of one ulp in the position would cost (C-A-B) ulp / (1 - z) of the result.
        double distance = 1 - Tolerances.SERIES_MAX_Z;
        double target = 1 - z;
        while (distance > target) {
            double next = Math.max(distance * Tolerances.CONTINUATION_FRACTION, target);
            double[] stepped = taylorStep(a, b, c, distance, y, dy, distance - next);
            y = stepped[0];
            dy = stepped[1];
            distance = next;
        }
        return y;
    }

    /**
     * Whether the series' terms, which behave like {@code z^j j^(A+B-C-1)} for large {@code j}, can fall below
     * one ulp within {@link Tolerances#DIRECT_TERMS} terms (a cheap screen; the sum itself decides).
     */
    private static boolean directMayConverge(double a, double b, double c, double z) {
        double power = a + b - c - 1;
        double logLastTerm = Tolerances.DIRECT_TERMS * Math.log(z) + power * Math.log(Tolerances.DIRECT_TERMS);
        return logLastTerm < Math.log(Tolerances.SERIES_EPSILON);
    }

    /**
     * {@code ₂F₁(A, B; C; z) = 1 + A B H(A, B, C, z) / C}; for tests and for callers that want the function itself.
     *
     * @param a the first numerator parameter
     * @param b the second numerator parameter
     * @param c the denominator parameter, {@code > 0}
     * @param z the argument, in {@code [0, 1)}
     * @return {@code ₂F₁(a, b; c; z)}
     */
    static double hyp2f1(double a, double b, double c, double z) {
        Checks.require(c > 0, "C must be positive, was %s", c);
        return 1 + a * b * h(a, b, c, z) / c;
    }

    /**
     * {@code H} and {@code H'} by the power series, or null when it has not converged in {@code budget} terms
     * below {@link Tolerances#MAX_TERMS}.
     */
    private static double[] series(double a, double b, double c, double z, int budget) {
        double term = z; // j = 0 term of H
        double dterm = 1; // j = 0 term of H'
        double sum = term;
        double dsum = dterm;
        for (int j = 0; j < budget; j++) {
            double factor = (a + 1 + j) * (b + 1 + j) / (c + 1 + j);
            double ratio = factor / (j + 2) * z;
            term *= ratio;
            dterm *= factor / (j + 1) * z;
            sum += term;
            dsum += dterm;
            boolean small = Math.abs(term) <= Tolerances.SERIES_EPSILON * Math.abs(sum)
                    && Math.abs(dterm) <= Tolerances.SERIES_EPSILON * Math.abs(dsum);
            if ((small && Math.abs(ratio) < 1) || term == 0 && dterm == 0) {
                return new double[] {sum, dsum};
            }
        }
        if (budget < Tolerances.MAX_TERMS) {
            return null;
        }
        throw new ConvergenceException(Checks.message(
                "hypergeometric series H(%s, %s, %s, %s) did not converge in %d terms", a, b, c, z,
                Tolerances.MAX_TERMS));
    }

    /**
     * One Taylor step of {@code z (1-z) y'' + (C - (A+B+1) z) y' - A B y = C} from {@code z0 = 1 - distance}
     * (with {@code y, y'}) to {@code z0 + h}. With {@code e_n = c_n h^n} the scaled coefficients, matching powers of {@code h} gives
     * <pre>
     *   P0 (n+2)(n+1) e_{n+2} = C h² [n = 0] - (n+1)(P1 n + Q0) h e_{n+1} - (P2 n(n-1) + Q1 n + R) h² e_n
     * </pre>
     * with {@code P0 = z0(1-z0)}, {@code P1 = 1-2 z0}, {@code P2 = -1}, {@code Q0 = C - (A+B+1) z0},
     * {@code Q1 = -(A+B+1)}, {@code R = -A B}.
     */
    private static double[] taylorStep(double a, double b, double c, double distance, double y0, double dy0,
            double h) {
        double z0 = 1 - distance;
        double p0 = z0 * distance;
        double p1 = 2 * distance - 1;
        double q1 = -(a + b + 1);
        double q0 = c + q1 * z0;
        double r = -a * b;
        double previous = y0; // e_n
        double current = dy0 * h; // e_{n+1}
        double y = previous + current;
        double dyh = current; // h y'(z0 + h) = Σ n e_n
        for (int n = 0; n < Tolerances.MAX_TERMS; n++) {
            double rhs = (n == 0 ? c * h * h : 0) - (n + 1) * (p1 * n + q0) * h * current
                    - (-(double) n * (n - 1) + q1 * n + r) * h * h * previous;
            double next = rhs / (p0 * (n + 2) * (n + 1));
            y += next;
            dyh += (n + 2) * next;
            boolean small = Math.abs(next) <= Tolerances.SERIES_EPSILON * Math.abs(y)
                    && Math.abs(current) <= Tolerances.SERIES_EPSILON * Math.abs(y)
                    && (n + 2) * Math.abs(next) <= Tolerances.SERIES_EPSILON * Math.abs(dyh);
            if (small && n > 2 || next == 0 && current == 0) {
                return new double[] {y, dyh / h};
            }
            previous = current;
            current = next;
        }
        throw new ConvergenceException(Checks.message(
                "Taylor continuation of H(%s, %s, %s) from %s did not converge in %d terms", a, b, c, 1 - distance,
                Tolerances.MAX_TERMS));
    }
}
