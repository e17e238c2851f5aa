package org.crm4j.analytics.timeseries;

/**
 * How {@link Arima#fit} estimates the coefficients, as R's {@code arima(method = ...)}.
 */
public enum ArimaMethod {
    /**
     * Conditional sum of squares for starting values, then exact maximum likelihood (R's default
     * {@code "CSS-ML"}).
     */
    CSS_ML,
    /** Exact maximum likelihood from zero AR/MA starting values (R's {@code "ML"}). */
    ML,
    /**
     * Conditional sum of squares only (R's {@code "CSS"}): no likelihood-based information criteria, which are
     * then {@code NaN}.
     */
    CSS
}
