package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.internal.Precision;

/**
 * Numerical thresholds of the customer-lifetime models, each with the reason for its value.
 */
final class Tolerances {

    /**
     * Relative size of the last series term kept: half of {@link Precision#EPSILON} (the unit roundoff), below
     * which a term cannot change a double sum.
     */
    static final double SERIES_EPSILON = Precision.EPSILON / 2;

    /**
     * Largest argument summed by the plain Gauss series; beyond it the series is continued by Taylor steps of the
     * differential equation. At 1/2 the terms shrink at least by half per step (about 55 terms to full precision).
     */
    static final double SERIES_MAX_Z = 0.5;

    /**
     * A Taylor step of the hypergeometric equation covers this fraction of the distance to the singular point
     * {@code z = 1}; its terms then shrink like {@code 0.5^n} (radius of convergence {@code 1 - z0}). A power of
     * two keeps the positions exact.
     */
    static final double CONTINUATION_FRACTION = 0.5;

    /**
     * Term budget of the plain series beyond {@link #SERIES_MAX_Z}: when it converges within it (large
     * {@code C - A - B} or {@code C}) it is more accurate than the continuation, whose Taylor terms then cancel;
     * otherwise the continuation takes over. 1 000 terms keep the rounding of the sum near 1e-13.
     */
    static final int DIRECT_TERMS = 1000;

    /** Term budget of one series; reached only by parameters far outside the models' range (then refused). */
    static final int MAX_TERMS = 100_000;

    /** Newton steps are capped at this length in log-parameter space (a factor e^3 per step). */
    static final double MAX_LOG_STEP = 3.0;

    /** Armijo constant of the backtracking line search: accept a step that gains 1e-4 of the predicted gain. */
    static final double ARMIJO = 1e-4;

    /** Halvings of a Newton step before the damping is increased. */
    static final int MAX_HALVINGS = 40;

    /** Initial Levenberg damping relative to the largest diagonal element of the negated Hessian. */
    static final double INITIAL_DAMPING = 1e-6;

    /** Factor by which the Levenberg damping grows after a failed step or a failed Cholesky factorisation. */
    static final double DAMPING_GROWTH = 10.0;

    /** Damping beyond this (relative to the largest diagonal) means no ascent direction is found: stop. */
    static final double MAX_DAMPING = 1e12;

    /** Below this pivot (relative to the largest diagonal) the observed information counts as singular. */
    static final double SINGULAR_PIVOT = 1e-13;

    /** Default convergence tolerance: the Newton decrement {@code g' I^-1 g / 2} relative to {@code 1 + |ℓ|}. */
    static final double DEFAULT_TOLERANCE = 1e-12;

    /** Default iteration budget; Newton's method takes about ten steps from the default start on real data. */
    static final int DEFAULT_MAX_ITERATIONS = 200;

    private Tolerances() {
    }
}
