package org.crm4j.analytics.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Inverts a continuous distribution function on {@code (0, ∞)} by safeguarded Newton iteration: the root is first
 * bracketed by doubling or halving from an initial guess, then Newton steps that stay inside the bracket are taken,
 * and a (geometric) bisection replaces any step that leaves the bracket or fails to halve it twice in a row.
 * The result agrees with the distribution function to its own accuracy: the bracket shrinks to a few ulps.
 *
 * <p>Solving on the tail that holds the smaller probability ({@code cdf = p} for {@code p <= 1/2},
 * {@code survival = 1 - p} otherwise) keeps the relative accuracy of small tail probabilities.
 */
final class Inversion {

    private static final int MAX_ITERATIONS = 2_000;

    private Inversion() {
    }

    /**
     * Finds {@code x > 0} with {@code tail(x) = target}.
     *
     * @param tail    the cdf (if {@code upper} is false, increasing) or the survival function (decreasing)
     * @param density the density, used for Newton steps only
     * @param target  the probability to reach, in (0, 1)
     * @param upper   whether {@code tail} is the survival function
     * @param guess   an initial guess; anything not positive and finite is replaced by 1
     * @return the root
     */
    static double positive(DoubleUnaryOperator tail, DoubleUnaryOperator density, double target, boolean upper,
                           double guess) {
        double sign = upper ? -1.0 : 1.0; // h(x) = sign * (tail(x) - target) is increasing
        double x = guess > 0 && guess < Double.POSITIVE_INFINITY ? guess : 1.0;
        double hx = sign * (tail.applyAsDouble(x) - target);
        if (hx == 0) {
            return x;
        }
        double lo;
        double hi;
        if (hx < 0) {
            lo = x;
            hi = 2 * x;
            double hh = sign * (tail.applyAsDouble(hi) - target);
            while (hh < 0) {
                lo = hi;
                hi *= 2;
                if (hi == Double.POSITIVE_INFINITY) {
                    return hi;
                }
                hh = sign * (tail.applyAsDouble(hi) - target);
            }
            if (hh == 0) {
                return hi;
            }
        } else {
            hi = x;
            lo = 0.5 * x;
            double hl = sign * (tail.applyAsDouble(lo) - target);
            while (hl > 0) {
                hi = lo;
                lo *= 0.5;
                if (lo == 0) {
                    return 0.0;
                }
                hl = sign * (tail.applyAsDouble(lo) - target);
            }
            if (hl == 0) {
                return lo;
            }
        }
        int slowSteps = 0;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double width = hi - lo;
            double next = Double.NaN;
            if (slowSteps < 2) {
                double d = density.applyAsDouble(x);
                if (d > 0 && Double.isFinite(d)) {
                    next = x - hx / d; // h' = density on both tails
                }
            }
            if (!(next > lo && next < hi)) {
                next = hi / lo > 4 ? Math.sqrt(lo) * Math.sqrt(hi) : 0.5 * (lo + hi);
                slowSteps = 0;
            }
            if (next <= lo || next >= hi) {
                return next; // the bracket cannot be split further
            }
            double hn = sign * (tail.applyAsDouble(next) - target);
            if (hn == 0) {
                return next;
            }
            if (hn < 0) {
                lo = next;
            } else {
                hi = next;
            }
            if (Math.abs(next - x) <= Tolerances.QUANTILE_ULPS * Math.ulp(next)) {
                return next;
            }
            x = next;
            hx = hn;
            slowSteps = hi - lo > 0.5 * width ? slowSteps + 1 : 0;
            if (hi - lo <= Tolerances.QUANTILE_ULPS * Math.ulp(hi)) {
                return x;
            }
        }
        return x;
    }
}
