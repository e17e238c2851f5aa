package org.crm4j.analytics.timeseries;

import java.util.Arrays;

import org.crm4j.analytics.internal.Checks;

/**
 * Point forecasts of a fitted {@link ArimaModel} with their standard errors and Gaussian prediction intervals
 * {@code mean ± z((1 + level) / 2) se}, as R's {@code predict.Arima} / {@code forecast.Arima} compute them from
 * the state-space form (so seasonal differencing and drift are included). The standard errors use the
 * likelihood estimate of sigma² (as {@code stats::predict}; forecast's {@code forecast.Arima} uses
 * {@code sum(e²) / (m - k)} instead, which widens the intervals by {@code sqrt(m / (m - k))}) and do not include
 * parameter uncertainty, so the intervals run slightly narrow on short series. Immutable; arrays are copied out.
 *
 * <p>{@link EtsModel#forecast} returns the same type; its means, standard errors and intervals are those of R's
 * {@code forecast.ets} (analytic for the three classes of Hyndman et al. 2008, simulated otherwise).
 *
 * <pre>{@code
 * Forecast fc = model.forecast(12, 0.80, 0.95);
 * double[] lo = fc.lower(0.95);     // 12 lower 95 % bounds
 * }</pre>
 */
public final class Forecast {

    private final double[] mean;
    private final double[] standardErrors;
    private final double[] levels;
    private final double[][] lower;
    private final double[][] upper;

    Forecast(double[] mean, double[] standardErrors, double[] levels, double[][] lower, double[][] upper) {
        this.mean = mean.clone();
        this.standardErrors = standardErrors.clone();
        this.levels = levels.clone();
        this.lower = new double[levels.length][];
        this.upper = new double[levels.length][];
        for (int i = 0; i < levels.length; i++) {
            this.lower[i] = lower[i].clone();
            this.upper[i] = upper[i].clone();
        }
    }

    /** @return the horizon h */
    public int horizon() {
        return mean.length;
    }

    /** @return the point forecasts for steps 1..h */
    public double[] mean() {
        return mean.clone();
    }

    /** @return the prediction standard errors for steps 1..h, in the units of the series */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the interval levels requested, as fractions in (0, 1) */
    public double[] levels() {
        return levels.clone();
    }

    /**
     * @param level one of the requested {@link #levels()}
     * @return the lower bounds for steps 1..h
     * @throws IllegalArgumentException when {@code level} was not requested
     */
    public double[] lower(double level) {
        return lower[index(level)].clone();
    }

    /**
     * @param level one of the requested {@link #levels()}
     * @return the upper bounds for steps 1..h
     * @throws IllegalArgumentException when {@code level} was not requested
     */
    public double[] upper(double level) {
        return upper[index(level)].clone();
    }

    private int index(double level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return i;
            }
        }
        throw new IllegalArgumentException(Checks.message("level must be one of the requested levels %s, was %s",
                Arrays.toString(levels), level));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Checks.message("%4s %14s %14s", "h", "mean", "s.e."));
        for (double l : levels) {
            sb.append(Checks.message(" %14s %14s", "lo " + Math.round(100 * l), "hi " + Math.round(100 * l)));
        }
        sb.append('\n');
        for (int t = 0; t < mean.length; t++) {
            sb.append(Checks.message("%4d %14.6g %14.6g", t + 1, mean[t], standardErrors[t]));
            for (int i = 0; i < levels.length; i++) {
                sb.append(Checks.message(" %14.6g %14.6g", lower[i][t], upper[i][t]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
