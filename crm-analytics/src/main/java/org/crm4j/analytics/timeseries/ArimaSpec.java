package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * The order and options of a seasonal ARIMA(p, d, q)(P, D, Q)[s] model, the {@code Options} of {@link Arima}:
 * <pre>
 *   phi(B) Phi(B^s) (1 - B)^d (1 - B^s)^D (y_t - mu - delta t) = theta(B) Theta(B^s) e_t,   e_t ~ N(0, sigma²)
 * </pre>
 * with {@code mu} present when {@link #hasMean()} (only when {@code d + D = 0}, R's {@code include.mean}) and
 * {@code delta} when {@link #includeDrift()} (only when {@code d + D = 1}, forecast's {@code include.drift}).
 *
 * <p>A spec is built with {@link #of} and {@code withX(..)} copies. Every rule, including those between components,
 * is checked by the constructor, so every spec that exists is valid: give the orders first ({@link #withSeasonal}
 * changes {@code d + D}), then the mean and the drift.
 *
 * <pre>{@code
 * ArimaSpec airline = ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12);
 * ArimaSpec ar2 = ArimaSpec.of(2, 0, 0);                     // with mean, as R (Mean.AUTO)
 * ArimaSpec drift = ArimaSpec.of(1, 1, 0).withDrift(true);
 * ArimaSpec sure = airline.withStrict(true);                 // ConvergenceException unless BFGS converges
 * }</pre>
 *
 * @param p             non-seasonal AR order, in {@code [0, MAX_ORDER]}
 * @param d             non-seasonal differences, in {@code [0, MAX_ORDER]}
 * @param q             non-seasonal MA order, in {@code [0, MAX_ORDER]}
 * @param seasonalP     seasonal AR order P, in {@code [0, MAX_ORDER]}
 * @param seasonalD     seasonal differences D, in {@code [0, MAX_ORDER]}
 * @param seasonalQ     seasonal MA order Q, in {@code [0, MAX_ORDER]}
 * @param period        seasonal period s, {@code >= 1}; must be {@code >= 2} when P, D or Q is positive
 * @param includeMean   whether to estimate a mean (R's intercept): {@link Mean#AUTO} for R's default (a mean
 *                      exactly when {@code d + D = 0}); {@link Mean#INCLUDE} requires {@code d + D = 0}
 * @param includeDrift  whether to estimate a linear drift; requires {@code d + D = 1}
 * @param method        the estimation method, not null
 * @param maxIterations the iteration budget of each BFGS run (CSS and ML), {@code >= 1}
 * @param strict        whether a BFGS run that exhausts {@code maxIterations} makes {@link Arima#fit} throw
 *                      {@link ConvergenceException}; when false (the default) the best point found is returned and
 *                      {@link ArimaModel#converged()} is false
 */
public record ArimaSpec(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int period,
        Mean includeMean, boolean includeDrift, ArimaMethod method, int maxIterations, boolean strict) {

    /** Largest order accepted for any of p, d, q, P, D, Q. */
    public static final int MAX_ORDER = 100;

    /** The BFGS iteration budget of {@link #of}: generous, so that well-posed models always converge. */
    public static final int DEFAULT_MAX_ITERATIONS = 500;

    /** Whether the model has a mean, R's {@code include.mean}. */
    public enum Mean {
        /** R's default: a mean exactly when the model is not differenced ({@code d + D = 0}). */
        AUTO,
        /** A mean is estimated; only for {@code d + D = 0}. */
        INCLUDE,
        /** No mean. */
        EXCLUDE
    }

    /**
     * Checks every rule, those between components included.
     *
     * @param p             non-seasonal AR order
     * @param d             non-seasonal differences
     * @param q             non-seasonal MA order
     * @param seasonalP     seasonal AR order
     * @param seasonalD     seasonal differences
     * @param seasonalQ     seasonal MA order
     * @param period        seasonal period
     * @param includeMean   the mean term, not null
     * @param includeDrift  drift
     * @param method        estimation method, not null
     * @param maxIterations BFGS iteration budget
     * @param strict        whether non-convergence throws
     * @throws IllegalArgumentException when an order is negative or above {@link #MAX_ORDER}, the period is below
     *                                  1 (or below 2 with a positive seasonal order), {@code includeMean} or
     *                                  {@code method} is null, a mean is asked for with {@code d + D > 0}, a drift
     *                                  with {@code d + D != 1}, or {@code maxIterations < 1}
     */
    public ArimaSpec {
        requireOrder(p, "p");
        requireOrder(d, "d");
        requireOrder(q, "q");
        requireOrder(seasonalP, "seasonalP");
        requireOrder(seasonalD, "seasonalD");
        requireOrder(seasonalQ, "seasonalQ");
        Checks.require(period >= 1, "period must be >= 1, was %d", period);
        Checks.require(includeMean != null, "includeMean must not be null (Mean.AUTO for R's default)");
        Checks.require(method != null, "method must not be null");
        Checks.require(maxIterations >= 1, "maxIterations must be >= 1, was %d", maxIterations);
        Checks.require(period >= 2 || seasonalP + seasonalD + seasonalQ == 0,
                "period must be >= 2 when a seasonal order is positive, was %d with (P, D, Q) = (%d, %d, %d)",
                period, seasonalP, seasonalD, seasonalQ);
        Checks.require(includeMean != Mean.INCLUDE || d + seasonalD == 0,
                "includeMean requires d + D = 0 (as R include.mean), was d + D = %d", d + seasonalD);
        Checks.require(!includeDrift || d + seasonalD == 1,
                "includeDrift requires d + D = 1 (as forecast include.drift), was d + D = %d", d + seasonalD);
    }

    private static void requireOrder(int value, String name) {
        Checks.require(value >= 0 && value <= MAX_ORDER, "%s must be in [0, %d], was %d", name, MAX_ORDER, value);
    }

    /**
     * A non-seasonal ARIMA(p, d, q) with R's defaults: mean when {@code d = 0} ({@link Mean#AUTO}), no drift,
     * CSS-ML, {@value #DEFAULT_MAX_ITERATIONS} BFGS iterations, lenient about convergence.
     *
     * @param p AR order
     * @param d differences
     * @param q MA order
     * @return the spec
     * @throws IllegalArgumentException when an order is negative or above {@link #MAX_ORDER}
     */
    public static ArimaSpec of(int p, int d, int q) {
        return new ArimaSpec(p, d, q, 0, 0, 0, 1, Mean.AUTO, false, ArimaMethod.CSS_ML, DEFAULT_MAX_ITERATIONS,
                false);
    }

    /**
     * Adds a seasonal part (P, D, Q)[period]; {@code withSeasonal(0, 0, 0, s)} is legal and adds nothing.
     *
     * @param seasonalP seasonal AR order
     * @param seasonalD seasonal differences
     * @param seasonalQ seasonal MA order
     * @param period    the period, {@code >= 2} when any seasonal order is positive
     * @return the copy
     * @throws IllegalArgumentException when a rule breaks (for instance a mean or drift asked for earlier no longer
     *                                  fits {@code d + D})
     */
    public ArimaSpec withSeasonal(int seasonalP, int seasonalD, int seasonalQ, int period) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, includeDrift, method,
                maxIterations, strict);
    }

    /**
     * Chooses the mean term.
     *
     * @param mean {@link Mean#AUTO}, {@link Mean#INCLUDE} (requires {@code d + D = 0}) or {@link Mean#EXCLUDE}
     * @return the copy
     * @throws IllegalArgumentException when {@code mean} is null, or {@code INCLUDE} with {@code d + D > 0}
     */
    public ArimaSpec withMean(Mean mean) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, mean, includeDrift, method,
                maxIterations, strict);
    }

    /**
     * Asks for ({@link Mean#INCLUDE}) or against ({@link Mean#EXCLUDE}) a mean.
     *
     * @param include whether to estimate the mean
     * @return the copy
     * @throws IllegalArgumentException when {@code include} and {@code d + D > 0}
     */
    public ArimaSpec withMean(boolean include) {
        return withMean(include ? Mean.INCLUDE : Mean.EXCLUDE);
    }

    /**
     * Asks for (or against) a drift.
     *
     * @param include whether to estimate the drift
     * @return the copy
     * @throws IllegalArgumentException when {@code include} and {@code d + D != 1}
     */
    public ArimaSpec withDrift(boolean include) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, include, method,
                maxIterations, strict);
    }

    /**
     * Chooses the estimation method.
     *
     * @param method the method, not null
     * @return the copy
     * @throws IllegalArgumentException when {@code method} is null
     */
    public ArimaSpec withMethod(ArimaMethod method) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, includeDrift, method,
                maxIterations, strict);
    }

    /**
     * Sets the iteration budget of each BFGS run.
     *
     * @param maxIterations the budget, {@code >= 1}
     * @return the copy
     * @throws IllegalArgumentException when {@code maxIterations < 1}
     */
    public ArimaSpec withMaxIterations(int maxIterations) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, includeDrift, method,
                maxIterations, strict);
    }

    /**
     * Chooses what a fit that does not converge does.
     *
     * @param strict true: {@link Arima#fit} throws {@link ConvergenceException}; false: it returns the best point
     *               found with {@link ArimaModel#converged()} false
     * @return the copy
     */
    public ArimaSpec withStrict(boolean strict) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, includeDrift, method,
                maxIterations, strict);
    }

    /** @return whether a mean is estimated: {@code includeMean} when not {@link Mean#AUTO}, else {@code d + D == 0} */
    public boolean hasMean() {
        return includeMean == Mean.AUTO ? d + seasonalD == 0 : includeMean == Mean.INCLUDE;
    }

    /** @return the seasonal period when a seasonal order is positive, else 1 (non-seasonal) */
    int effectivePeriod() {
        return seasonalP + seasonalD + seasonalQ > 0 ? period : 1;
    }

    /** @return the number of estimated coefficients (AR, MA and regression terms; sigma² excluded) */
    public int coefficientCount() {
        return p + q + seasonalP + seasonalQ + (hasMean() ? 1 : 0) + (includeDrift ? 1 : 0);
    }

    /** @return the R-style label, e.g. {@code ARIMA(0,1,1)(0,1,1)[12]} */
    public String label() {
        String s = Checks.message("ARIMA(%d,%d,%d)", p, d, q);
        if (seasonalP + seasonalD + seasonalQ > 0) {
            s += Checks.message("(%d,%d,%d)[%d]", seasonalP, seasonalD, seasonalQ, period);
        }
        if (includeDrift) {
            s += " with drift";
        } else if (hasMean()) {
            s += " with non-zero mean";
        }
        return s;
    }
}
