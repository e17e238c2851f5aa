/**
 * Time series: seasonal ARIMA by exact maximum likelihood ({@link org.crm4j.analytics.timeseries.Arima}), the
 * fitted model and its diagnostics ({@link org.crm4j.analytics.timeseries.ArimaModel}).
 *
 * <p>The conventions (parameter names and signs, CSS-ML estimation, information criteria) are those of R's
 * {@code stats::arima} and of the forecast package, against which the tests check golden values.
 */
package org.crm4j.analytics.timeseries;
