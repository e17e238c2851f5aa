package org.crm4j.analytics.timeseries;

import java.util.Objects;

import org.crm4j.analytics.internal.Checks;

/**
 * The order and options of a seasonal ARIMA(p, d, q)(P, D, Q)[s] model:
 * <pre>
 *   phi(B) Phi(B^s) (1 - B)^d (1 - B^s)^D (y_t - mu - delta t) = theta(B) Theta(B^s) e_t,   e_t ~ N(0, sigma²)
 * </pre>
 * with {@code mu} present when {@link #includeMean()} (only when {@code d + D = 0}, R's {@code include.mean}) and
 * {@code delta} when {@link #includeDrift()} (only when {@code d + D = 1}, forecast's {@code include.drift}).
 *
 * <p>A spec is built with {@link #of} and {@code withX(..)} copies in any order; the rules between components are
 * checked by {@link #validate()}, which {@link Arima#fit} calls. {@code includeMean} is {@code null} until set,
 * meaning "as R": on when {@code d + D = 0}, off otherwise.
 *
 * <pre>{@code
 * ArimaSpec airline = ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12);
 * ArimaSpec ar2 = ArimaSpec.of(2, 0, 0);                     // with mean, as R
 * ArimaSpec drift = ArimaSpec.of(1, 1, 0).withDrift(true);
 * }</pre>
 *
 * @param p            non-seasonal AR order, {@code >= 0}
 * @param d            non-seasonal differences, {@code >= 0}
 * @param q            non-seasonal MA order, {@code >= 0}
 * @param seasonalP    seasonal AR order P, {@code >= 0}
 * @param seasonalD    seasonal differences D, {@code >= 0}
 * @param seasonalQ    seasonal MA order Q, {@code >= 0}
 * @param period       seasonal period s, {@code >= 1}; must be {@code >= 2} when P, D or Q is positive
 * @param includeMean  whether to estimate a mean (R's intercept), or {@code null} for R's default
 * @param includeDrift whether to estimate a linear drift
 * @param method       the estimation method, not null
 */
public record ArimaSpec(int p, int d, int q, int seasonalP, int seasonalD, int seasonalQ, int period,
        Boolean includeMean, boolean includeDrift, ArimaMethod method) {

    /** Largest order accepted for any of p, q, P, Q. */
    public static final int MAX_ORDER = 100;

    /**
     * Checks the components that can be checked alone.
     *
     * @param p            non-seasonal AR order
     * @param d            non-seasonal differences
     * @param q            non-seasonal MA order
     * @param seasonalP    seasonal AR order
     * @param seasonalD    seasonal differences
     * @param seasonalQ    seasonal MA order
     * @param period       seasonal period
     * @param includeMean  mean or null for R's default
     * @param includeDrift drift
     * @param method       estimation method
     * @throws IllegalArgumentException when an order is negative or above {@link #MAX_ORDER}, the period is below
     *                                  1 or the method is null
     */
    public ArimaSpec {
        requireOrder(p, "p");
        requireOrder(d, "d");
        requireOrder(q, "q");
        requireOrder(seasonalP, "seasonalP");
        requireOrder(seasonalD, "seasonalD");
        requireOrder(seasonalQ, "seasonalQ");
        Checks.require(period >= 1, "period must be >= 1, was %d", period);
        Objects.requireNonNull(method, "method");
    }

    private static void requireOrder(int value, String name) {
        Checks.require(value >= 0 && value <= MAX_ORDER, "%s must be in [0, %d], was %d", name, MAX_ORDER, value);
    }

    /**
     * A non-seasonal ARIMA(p, d, q) with R's defaults (mean when {@code d = 0}, no drift, CSS-ML).
     *
     * @param p AR order
     * @param d differences
     * @param q MA order
     * @return the spec
     * @throws IllegalArgumentException when an order is negative
     */
    public static ArimaSpec of(int p, int d, int q) {
        return new ArimaSpec(p, d, q, 0, 0, 0, 1, null, false, ArimaMethod.CSS_ML);
    }

    /**
     * Adds a seasonal part (P, D, Q)[period]; {@code withSeasonal(0, 0, 0, s)} is legal and adds nothing.
     *
     * @param seasonalP seasonal AR order
     * @param seasonalD seasonal differences
     * @param seasonalQ seasonal MA order
     * @param period    the period, {@code >= 2} when any seasonal order is positive
     * @return the copy
     */
    public ArimaSpec withSeasonal(int seasonalP, int seasonalD, int seasonalQ, int period) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, includeDrift, method);
    }

    /**
     * Asks for (or against) a mean; asking for one with differencing fails in {@link #validate()}.
     *
     * @param include whether to estimate the mean
     * @return the copy
     */
    public ArimaSpec withMean(boolean include) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, include, includeDrift, method);
    }

    /**
     * Asks for (or against) a drift; asking for one unless {@code d + D = 1} fails in {@link #validate()}.
     *
     * @param include whether to estimate the drift
     * @return the copy
     */
    public ArimaSpec withDrift(boolean include) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, include, method);
    }

    /**
     * Chooses the estimation method.
     *
     * @param method the method, not null
     * @return the copy
     */
    public ArimaSpec withMethod(ArimaMethod method) {
        return new ArimaSpec(p, d, q, seasonalP, seasonalD, seasonalQ, period, includeMean, includeDrift, method);
    }

    /**
     * Checks the rules between components.
     *
     * @return this spec
     * @throws IllegalArgumentException when a seasonal order is positive with {@code period < 2}, a mean is asked
     *                                  for with {@code d + D > 0}, or a drift with {@code d + D != 1}
     */
    public ArimaSpec validate() {
        Checks.require(period >= 2 || seasonalP + seasonalD + seasonalQ == 0,
                "period must be >= 2 when a seasonal order is positive, was %d with (P, D, Q) = (%d, %d, %d)",
                period, seasonalP, seasonalD, seasonalQ);
        Checks.require(!Boolean.TRUE.equals(includeMean) || d + seasonalD == 0,
                "includeMean requires d + D = 0 (as R include.mean), was d + D = %d", d + seasonalD);
        Checks.require(!includeDrift || d + seasonalD == 1,
                "includeDrift requires d + D = 1 (as forecast include.drift), was d + D = %d", d + seasonalD);
        return this;
    }

    /** @return whether a mean is estimated: {@link #includeMean()} when set, else {@code d + D == 0} */
    public boolean hasMean() {
        return includeMean == null ? d + seasonalD == 0 : includeMean;
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
