package org.crm4j.analytics.timeseries;

/**
 * The numerical thresholds of exponential smoothing ({@link Ets}, {@link AutoEts}), each R's
 * {@code forecast::ets} value (forecast 8.20, {@code R/ets.R} and {@code src/etscalc.c}) so that the same data
 * meet the same decisions.
 */
final class EtsTolerances {

    /** |phi - 1| below this counts as an undamped trend; a divisor (level, season) below this counts as zero. */
    static final double NEAR_ZERO = 1e-10;

    /** Stands in for a ratio whose divisor is (near) zero, as etscalc's {@code HUGEN}. */
    static final double HUGE_RATIO = 1e10;

    /** The fitting criterion is floored here so that a perfect fit does not run to minus infinity. */
    static final double CRITERION_FLOOR = -1e10;

    /** phi may exceed 1 by this much in the admissibility test (rounding of an optimiser step). */
    static final double PHI_SLACK = 1e-8;

    /** Largest root modulus of the characteristic polynomial still admissible: 1 plus rounding slack. */
    static final double ROOT_SLACK = 1e-10;

    /** Nelder–Mead's relative tolerance, optim's default {@code reltol = sqrt(.Machine$double.eps)}. */
    static final double RELATIVE_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    /** Value Nelder–Mead gives a vertex whose objective is not finite (optim's {@code big}). */
    static final double NOT_FINITE = 1.0e35;

    /** Default optimiser budget in objective evaluations, ets's {@code maxit}. */
    static final int MAX_EVALUATIONS = 2000;

    /** Usual lower bounds of alpha, beta, gamma, phi (ets's {@code lower}). */
    static final double[] LOWER = {1e-4, 1e-4, 1e-4, 0.8};

    /** Usual upper bounds of alpha, beta, gamma, phi (ets's {@code upper}). */
    static final double[] UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    /** Floor of a multiplicative initial seasonal index from the decomposition (initstate's {@code 1e-2}). */
    static final double SEASONAL_INDEX_FLOOR = 1e-2;

    /** Below this |l0 + b0| the additive initial trend is perturbed (initstate), so that M errors can start. */
    static final double INITIAL_TREND_GUARD = 1e-8;

    /** R's smoothing parameter of the simple exponential smoothing returned for a constant series. */
    static final double CONSTANT_SERIES_ALPHA = 0.99999;

    private EtsTolerances() {
    }
}
