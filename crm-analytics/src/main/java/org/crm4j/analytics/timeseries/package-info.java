/**
 * Time series: seasonal ARIMA by exact Gaussian maximum likelihood
 * ({@link org.crm4j.analytics.timeseries.Arima}, specified by {@link org.crm4j.analytics.timeseries.ArimaSpec}),
 * automatic order selection ({@link org.crm4j.analytics.timeseries.AutoArima}), the fitted model and its
 * diagnostics ({@link org.crm4j.analytics.timeseries.ArimaModel}), forecasts with prediction intervals
 * ({@link org.crm4j.analytics.timeseries.Forecast}), the Ljung–Box and ARCH LM residual tests
 * ({@link org.crm4j.analytics.timeseries.LjungBox}, {@link org.crm4j.analytics.timeseries.ArchLm}) gathered with
 * Jarque–Bera by {@link org.crm4j.analytics.timeseries.ArimaModel#residualDiagnostics()}; exponential smoothing state space models
 * ({@link org.crm4j.analytics.timeseries.Ets}, specified by {@link org.crm4j.analytics.timeseries.EtsSpec}), their
 * automatic selection ({@link org.crm4j.analytics.timeseries.AutoEts}) and fitted form
 * ({@link org.crm4j.analytics.timeseries.EtsModel}), which forecasts into the same {@code Forecast}.
 *
 * <p>The conventions (parameter names and signs, CSS-ML estimation, information criteria, the auto.arima search)
 * are those of R's {@code stats::arima} (R 4.2.2) and of the forecast package (8.20, {@code ets} for exponential
 * smoothing), against which the tests check
 * golden values produced by the committed scripts under {@code src/test/resources/timeseries}.
 *
 * <pre>{@code
 * ArimaModel model = AutoArima.fit(monthlyDemand, 12);
 * EtsModel smoothing = AutoEts.fit(monthlyDemand, 12);      // e.g. ETS(M,Ad,M)
 * Forecast next = model.forecast(12);                 // 80 % and 95 % intervals
 * ResidualDiagnostics check = model.residualDiagnostics();  // Ljung-Box, Jarque-Bera, ARCH LM
 * }</pre>
 *
 * <p>Everything is plain Java without dependencies; fitted models are immutable and thread-safe, so a batch of
 * series can be fitted in parallel.
 */
package org.crm4j.analytics.timeseries;
