package org.crm4j.core.insight;

/**
 * How well the model forecast the held-out periods of a {@link DemandForecast} (the pooled errors of every
 * origin), against the seasonal naive forecast (each period forecast by the same period one cycle before).
 *
 * <p>MASE (Hyndman &amp; Koehler 2006) divides each absolute error by the mean absolute error of the in-sample
 * one-cycle seasonal naive forecast on the origin's training periods, {@code (1 / (t − m)) Σ |y_i − y_(i−m)|}:
 * below 1 the model beats what the seasonal naive method did in sample. {@link #relativeMae()} compares with the
 * seasonal naive forecast of the same held-out periods directly.
 *
 * @param periods           the periods held out
 * @param origins           the forecast origins
 * @param mae               the model's mean absolute error, in units
 * @param mase              the model's MASE; NaN when the training periods repeat exactly one cycle apart (scale 0)
 * @param mape              the model's mean absolute percentage error in percent; NaN when a held-out period sold
 *                          nothing
 * @param seasonalNaiveMae  the seasonal naive forecast's mean absolute error on the same periods
 * @param seasonalNaiveMase the seasonal naive forecast's MASE
 */
public record HoldoutAccuracy(int periods, int origins, double mae, double mase, double mape,
        double seasonalNaiveMae, double seasonalNaiveMase) {

    /** @return the model's mean absolute error over the seasonal naive's on the same periods (NaN when that is 0) */
    public double relativeMae() {
        return seasonalNaiveMae == 0 ? Double.NaN : mae / seasonalNaiveMae;
    }
}
