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

    private Tolerances() {
    }
}
