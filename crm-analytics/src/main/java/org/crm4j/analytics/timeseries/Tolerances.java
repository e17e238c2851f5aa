package org.crm4j.analytics.timeseries;

/**
 * The numerical thresholds of the time-series family, each with the reason for its value. Package-private: they are
 * properties of the implementation (most follow R's {@code stats::arima}, {@code optim} and {@code forecast}), not
 * options.
 */
final class Tolerances {

    /**
     * Relative objective tolerance of BFGS: stop when one iteration lowers the objective by less than this times
     * its magnitude. R's {@code optim} uses {@code reltol = 1.5e-8}; a tighter value makes the optimum sharper, so
     * that coefficients agree with R's to more digits than R's own stopping rule guarantees.
     */
    static final double BFGS_REL_TOLERANCE = 1e-10;

    /**
     * Finite-difference step of the BFGS gradient and of the numerical Hessian, in scaled units: {@code optim}'s
     * default {@code ndeps}, so that standard errors match R's {@code optimHess}.
     */
    static final double DIFFERENCE_STEP = 1e-3;

    /**
     * Forward-difference step of the Jacobian of Jones' transform (R's {@code ARIMA_Gradtrans} uses the same), which
     * maps the Hessian's variances back to the natural coefficients.
     */
    static final double TRANSFORM_STEP = 1e-3;

    /** Armijo sufficient-decrease fraction of the backtracking line search (Nash's {@code vmmin}, R's BFGS). */
    static final double ARMIJO = 1e-4;

    /** Step shrink factor of the backtracking line search ({@code vmmin}'s {@code stepredn}). */
    static final double LINE_SEARCH_SHRINK = 0.2;

    /**
     * The BFGS update is skipped (and the inverse Hessian reset) when the curvature {@code s'y} is at most this:
     * a non-positive or tiny curvature would make the update indefinite or overflow it.
     */
    static final double BFGS_CURVATURE = 1e-12;

    /**
     * Relative flatness below which a differenced series counts as constant (every value within this of the first,
     * relative to {@code max(1, |first|)}): a thousand times rounding, so series that are exactly polynomial in time
     * are refused even after the rounding that differencing introduces.
     */
    static final double FLAT_SERIES = 1e-12;

    /**
     * R's {@code all.equal} tolerance, {@code sqrt(machine epsilon) ≈ 1.5e-8}: a series whose mean relative deviation
     * from its first value is below it is constant, as forecast's {@code is.constant} decides.
     */
    static final double ALL_EQUAL = 1.5e-8;

    /**
     * Trailing polynomial coefficients at most this in magnitude are dropped before the roots are computed, as
     * forecast's {@code arima.check} does: such terms would put spurious roots near infinity.
     */
    static final double NEGLIGIBLE_COEFFICIENT = 1e-8;

    /**
     * forecast's {@code auto.arima} rejects a candidate whose AR or MA polynomial has a root of modulus below
     * {@code 1 + 1e-2}: such a model is on the edge of non-stationarity or non-invertibility, its likelihood is flat
     * there and its forecasts (or residuals) are unreliable.
     */
    static final double MIN_ROOT_MODULUS = 1.01;

    /**
     * Pivot below which the linear system of the stationary autocovariances is singular (the AR part then has a root
     * on or inside the unit circle and the likelihood is infinite). Coefficients are of order 1, so a pivot of 1e-12
     * means four digits of cancellation short of total loss.
     */
    static final double AUTOCOVARIANCE_PIVOT = 1e-12;

    /**
     * Smallest starting radius of the Durand–Kerner root iteration, so that tiny coefficients cannot collapse the
     * starting circle onto the origin.
     */
    static final double MIN_ROOT_RADIUS = 1e-3;

    /**
     * Durand–Kerner stops when no root moves by more than this relative amount: about fifty rounding units, the
     * accuracy the simultaneous iteration can reach for well-separated roots.
     */
    static final double ROOT_STEP = 1e-14;

    // Exponential smoothing (Ets, AutoEts, NelderMead): each value is R's forecast::ets one (forecast 8.20,
    // R/ets.R and src/etscalc.c), so that the same data meet the same decisions.

    /** |phi - 1| below this counts as an undamped trend; a divisor (level, season) below this counts as zero. */
    static final double ETS_NEAR_ZERO = 1e-10;

    /** Stands in for a ratio whose divisor is (near) zero, as etscalc's {@code HUGEN}. */
    static final double ETS_HUGE_RATIO = 1e10;

    /** The fitting criterion is floored here so that a perfect fit does not run to minus infinity. */
    static final double ETS_CRITERION_FLOOR = -1e10;

    /** phi may exceed 1 by this much in the admissibility test (rounding of an optimiser step). */
    static final double ETS_PHI_SLACK = 1e-8;

    /** Largest root modulus of the characteristic polynomial still admissible: 1 plus rounding slack. */
    static final double ETS_ROOT_SLACK = 1e-10;

    /** Nelder–Mead's relative tolerance, optim's default {@code reltol = sqrt(.Machine$double.eps)}. */
    static final double NELDER_MEAD_REL_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    /** Value Nelder–Mead gives a vertex whose objective is not finite (optim's {@code big}). */
    static final double NELDER_MEAD_NOT_FINITE = 1.0e35;

    /** Default optimiser budget in objective evaluations, ets's {@code maxit}. */
    static final int NELDER_MEAD_MAX_EVALUATIONS = 2000;

    /** Usual lower bounds of alpha, beta, gamma, phi (ets's {@code lower}). */
    static final double[] ETS_LOWER = {1e-4, 1e-4, 1e-4, 0.8};

    /** Usual upper bounds of alpha, beta, gamma, phi (ets's {@code upper}). */
    static final double[] ETS_UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    /** Floor of a multiplicative initial seasonal index from the decomposition (initstate's {@code 1e-2}). */
    static final double ETS_SEASONAL_INDEX_FLOOR = 1e-2;

    /** Below this |l0 + b0| the additive initial trend is perturbed (initstate), so that M errors can start. */
    static final double ETS_INITIAL_TREND_GUARD = 1e-8;

    /** R's smoothing parameter of the simple exponential smoothing returned for a constant series. */
    static final double ETS_CONSTANT_SERIES_ALPHA = 0.99999;

    private Tolerances() {
    }
}
