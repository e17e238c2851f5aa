package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.stats.JarqueBera;
import org.crm4j.analytics.stats.TestResult;

/**
 * Tests of the residuals of a fitted ARIMA model, made by {@link ArimaModel#residualDiagnostics()}: are they
 * uncorrelated (Ljung–Box), normal (Jarque–Bera), of constant variance over time (ARCH LM)? Immutable.
 *
 * @param ljungBox   the Ljung–Box Q* on {@code lag - fitdf} degrees of freedom ({@link LjungBox}); a small p-value
 *                   says the model left autocorrelation in the residuals
 * @param lag        the number of autocorrelations in Q*
 * @param jarqueBera the Jarque–Bera test with skewness and kurtosis ({@link JarqueBera}); a small p-value says the
 *                   residuals are not normal, so the Gaussian prediction intervals are doubtful (point forecasts are
 *                   not affected)
 * @param arch       Engle's ARCH LM test ({@link ArchLm}); a small p-value says the residual variance clusters in
 *                   time, so constant-width intervals misstate the uncertainty
 */
public record ResidualDiagnostics(TestResult ljungBox, int lag, JarqueBera.Result jarqueBera, TestResult arch) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when a test is null or {@code lag < 1}
     */
    public ResidualDiagnostics {
        Checks.require(ljungBox != null && jarqueBera != null && arch != null,
                "ljungBox, jarqueBera and arch must not be null");
        Checks.require(lag >= 1, "lag must be >= 1, was %d", lag);
    }
}
