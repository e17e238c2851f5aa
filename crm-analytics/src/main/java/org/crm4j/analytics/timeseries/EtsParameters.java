package org.crm4j.analytics.timeseries;

import static org.crm4j.analytics.timeseries.Tolerances.ETS_LOWER;
import static org.crm4j.analytics.timeseries.Tolerances.ETS_PHI_SLACK;
import static org.crm4j.analytics.timeseries.Tolerances.ETS_ROOT_SLACK;
import static org.crm4j.analytics.timeseries.Tolerances.ETS_UPPER;

/**
 * The parameter space of ETS models as R's {@code ets} bounds it: the "usual" box
 * {@code 1e-4 <= beta <= alpha <= 0.9999}, {@code 1e-4 <= gamma <= 1 - alpha}, {@code 0.8 <= phi <= 0.98}, and the
 * "admissible" region of Hyndman, Akram &amp; Archibald (2008), where the discounted state equation is stable:
 * closed-form inequalities plus, for seasonal models, all roots of the characteristic polynomial
 * <pre>
 *   z^(m+1) + (alpha + beta - phi) z^m + (alpha + beta - alpha phi) (z^(m-1) + ... + z^2)
 *       + (alpha + beta - alpha phi + gamma - 1) z + phi (1 - alpha - gamma)
 * </pre>
 * inside the closed unit disc. Also R's starting values ({@code initparam}).
 */
final class EtsParameters {

    private EtsParameters() {
    }

    /**
     * R's starting values for the smoothing parameters that a model estimates (bounds "usual" or "both"; with
     * "admissible" the box is first replaced by [0, 1e-3] for alpha, beta, gamma, as R does).
     *
     * @param spec   the model
     * @param m      the seasonal period (1 without a season)
     * @param bounds the bounds
     * @return {@code {alpha, beta, gamma, phi}}, NaN where the model has none
     */
    static double[] start(EtsSpec spec, int m, Ets.Bounds bounds) {
        double[] lower = ETS_LOWER.clone();
        double[] upper = ETS_UPPER.clone();
        if (bounds == Ets.Bounds.ADMISSIBLE) {
            for (int i = 0; i < 3; i++) {
                lower[i] = 0;
                upper[i] = 1e-3;
            }
        }
        double alpha = lower[0] + 0.2 * (upper[0] - lower[0]) / m;
        if (alpha > 1 || alpha < 0) {
            alpha = lower[0] + 2e-3;
        }
        double beta = Double.NaN;
        if (spec.hasTrend()) {
            double ub = Math.min(upper[1], alpha);
            beta = lower[1] + 0.1 * (ub - lower[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
        }
        double gamma = Double.NaN;
        if (spec.hasSeason()) {
            double ug = Math.min(upper[2], 1 - alpha);
            gamma = lower[2] + 0.05 * (ug - lower[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
        }
        double phi = Double.NaN;
        if (spec.damped()) {
            phi = lower[3] + 0.99 * (upper[3] - lower[3]);
            if (phi < 0 || phi > 1) {
                phi = upper[3] - 1e-3;
            }
        }
        return new double[] {alpha, beta, gamma, phi};
    }

    /**
     * Whether the parameters are inside the chosen bounds (R's {@code check.param} as its C++ target function
     * applies it).
     *
     * @param hasTrend  whether beta is estimated
     * @param hasSeason whether gamma is estimated
     * @param damped    whether phi is estimated
     * @param alpha     level smoothing
     * @param beta      trend smoothing (0 without a trend)
     * @param gamma     seasonal smoothing (0 without a season)
     * @param phi       damping (1 when undamped)
     * @param m         the seasonal period (1 without a season)
     * @param bounds    which region
     * @return true when inside
     */
    static boolean inside(boolean hasTrend, boolean hasSeason, boolean damped, double alpha, double beta,
            double gamma, double phi, int m, Ets.Bounds bounds) {
        if (bounds != Ets.Bounds.ADMISSIBLE) {
            if (alpha < ETS_LOWER[0] || alpha > ETS_UPPER[0]) {
                return false;
            }
            if (hasTrend && (beta < ETS_LOWER[1] || beta > alpha || beta > ETS_UPPER[1])) {
                return false;
            }
            if (damped && (phi < ETS_LOWER[3] || phi > ETS_UPPER[3])) {
                return false;
            }
            if (hasSeason && (gamma < ETS_LOWER[2] || gamma > 1 - alpha || gamma > ETS_UPPER[2])) {
                return false;
            }
        }
        return bounds == Ets.Bounds.USUAL || admissible(hasTrend, hasSeason, alpha, beta, gamma, phi, m);
    }

    /**
     * The admissibility conditions of Hyndman, Akram &amp; Archibald (2008) in the form R's C++ target function
     * tests them.
     */
    static boolean admissible(boolean hasTrend, boolean hasSeason, double alpha, double beta, double gamma,
            double phi, int m) {
        if (phi < 0 || phi > 1 + ETS_PHI_SLACK) {
            return false;
        }
        if (!hasSeason) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return !hasTrend || beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha);
        }
        if (m <= 1) {
            return true;
        }
        double b = hasTrend ? beta : 0;
        double d = 1 - 1 / phi - alpha;
        if (gamma < Math.max(d, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (b < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        double[] c = new double[m + 2];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + b - alpha * phi + gamma - 1;
        for (int i = 2; i < m; i++) {
            c[i] = alpha + b - alpha * phi;
        }
        c[m] = alpha + b - phi;
        c[m + 1] = 1;
        return rootsInsideDisc(c, 1 + ETS_ROOT_SLACK);
    }

    /**
     * Whether every root of {@code c_0 + c_1 z + ... + c_N z^N} ({@code c_N != 0}) has modulus below
     * {@code radius}, by the Schur–Cohn–Jury step-down: the roots of {@code q(w) = p(radius w)} lie in the open unit
     * disc iff {@code |q_0| < |q_N|} and the same holds for the reduced polynomial
     * {@code (q_N q(w) - q_0 q~(w)) / w}, where {@code q~} has the coefficients reversed. O(N²) without iteration;
     * it decides as R's test {@code max(Mod(polyroot(c))) <= radius} except for roots within rounding of the
     * circle of that radius.
     *
     * <p>Reference: E. I. Jury (1964), Theory and Application of the z-Transform Method, Wiley, ch. 3.
     *
     * @param c      the coefficients, constant first (not modified)
     * @param radius the radius, positive
     * @return true when all roots are strictly inside the radius
     */
    static boolean rootsInsideDisc(double[] c, double radius) {
        int n = c.length - 1;
        double[] a = new double[n + 1];
        double scale = 1;
        for (int k = 0; k <= n; k++) {
            a[k] = c[k] * scale;
            scale *= radius;
        }
        double[] b = new double[n];
        for (int degree = n; degree >= 1; degree--) {
            double lead = a[degree];
            double constant = a[0];
            if (!(Math.abs(constant) < Math.abs(lead))) {
                return false;
            }
            double norm = 0;
            for (int k = 0; k < degree; k++) {
                b[k] = lead * a[k + 1] - constant * a[degree - 1 - k];
                norm = Math.max(norm, Math.abs(b[k]));
            }
            // the reduced polynomial, rescaled (roots unchanged) against overflow and underflow
            for (int k = 0; k < degree; k++) {
                a[k] = b[k] / norm;
            }
        }
        return true;
    }
}
