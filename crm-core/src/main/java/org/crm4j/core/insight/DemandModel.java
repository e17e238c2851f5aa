package org.crm4j.core.insight;

/** The forecasting model of {@link InsightService#demand}. */
public enum DemandModel {
    /** Seasonal ARIMA with orders chosen by Hyndman and Khandakar's stepwise search ({@code AutoArima}). */
    AUTO_ARIMA,
    /** Exponential smoothing (ETS) with the model chosen by AICc ({@code AutoEts}). */
    AUTO_ETS,
    /** Whichever of the two has the smaller mean absolute error on the rolling-origin holdout (ARIMA on a tie). */
    BEST
}
