package org.crm4j.analytics.timeseries;

import static org.crm4j.analytics.timeseries.Tolerances.ETS_INITIAL_TREND_GUARD;
import static org.crm4j.analytics.timeseries.Tolerances.ETS_SEASONAL_INDEX_FLOOR;

import java.util.Arrays;

/**
 * Starting values of the initial states, R's {@code initstate} (forecast 8.20): the seasonal indices from a
 * classical decomposition ({@code stats::decompose}: a centred moving average of order m, then the mean
 * detrended value of each position in the cycle, centred) when the series has at least three cycles, else from a
 * regression on a line and one Fourier pair; the level and trend from a least-squares line through the first
 * {@code max(10, 2m)} seasonally adjusted values. The optimiser refines them all; the last seasonal index is not
 * a free state but makes the indices sum to 0 (additive) or m (multiplicative).
 */
final class EtsInitialStates {

    private EtsInitialStates() {
    }

    /**
     * @param y    the series (not modified), at least 4 values when seasonal
     * @param spec the model
     * @param m    the seasonal period (1 without a season)
     * @return the free initial states {@code (l, b, s_0, ..., s_{m-2})}, trend and season only where present
     */
    static double[] of(double[] y, EtsSpec spec, int m) {
        int n = y.length;
        boolean additiveSeason = spec.season() == EtsSpec.Component.ADDITIVE;
        double[] seasonal = null;
        double[] adjusted = y;
        double[] indices = new double[0];
        if (spec.hasSeason()) {
            seasonal = n < 3 * m ? fourierDetrended(y, m, additiveSeason) : decompose(y, m, additiveSeason);
            indices = new double[m - 1];
            for (int j = 0; j < m - 1; j++) {
                indices[j] = seasonal[m - 1 - j];
            }
            adjusted = new double[n];
            if (additiveSeason) {
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] - seasonal[t];
                }
            } else {
                double sum = 0;
                for (int j = 0; j < m - 1; j++) {
                    indices[j] = Math.max(indices[j], ETS_SEASONAL_INDEX_FLOOR);
                    sum += indices[j];
                }
                if (sum > m) {
                    double scale = sum + (m - 1) * ETS_SEASONAL_INDEX_FLOOR;
                    for (int j = 0; j < m - 1; j++) {
                        indices[j] /= scale;
                    }
                }
                for (int t = 0; t < n; t++) {
                    adjusted[t] = y[t] / Math.max(seasonal[t], ETS_SEASONAL_INDEX_FLOOR);
                }
            }
        }
        int maxn = Math.min(Math.max(10, 2 * m), n);
        double[] head;
        if (spec.trend() == EtsSpec.Component.NONE) {
            double sum = 0;
            for (int t = 0; t < maxn; t++) {
                sum += adjusted[t];
            }
            head = new double[] {sum / maxn};
        } else {
            double[] line = line(adjusted, maxn);
            double a = line[0];
            double c = line[1];
            double l0;
            double b0;
            if (spec.trend() == EtsSpec.Component.ADDITIVE) {
                l0 = a;
                b0 = c;
                if (Math.abs(l0 + b0) < ETS_INITIAL_TREND_GUARD) {
                    l0 *= 1 + 1e-3;
                    b0 *= 1 - 1e-3;
                }
            } else {
                l0 = a + c;
                if (Math.abs(l0) < ETS_INITIAL_TREND_GUARD) {
                    l0 = 1e-7;
                }
                b0 = (a + 2 * c) / l0;
                l0 /= b0;
                if (Math.abs(b0) > Tolerances.ETS_HUGE_RATIO) {
                    b0 = Math.signum(b0) * Tolerances.ETS_HUGE_RATIO;
                }
                if (l0 < ETS_INITIAL_TREND_GUARD || b0 < ETS_INITIAL_TREND_GUARD) {
                    l0 = Math.max(adjusted[0], 1e-3);
                    b0 = Math.max(adjusted[1] / adjusted[0], 1e-3);
                }
            }
            head = new double[] {l0, b0};
        }
        double[] out = new double[head.length + indices.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(indices, 0, out, head.length, indices.length);
        return out;
    }

    /** Least-squares line {@code a + c t} through {@code (t, x[t-1])}, t = 1..k. */
    private static double[] line(double[] x, int k) {
        double tMean = (k + 1) / 2.0;
        double xMean = 0;
        for (int t = 0; t < k; t++) {
            xMean += x[t];
        }
        xMean /= k;
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < k; t++) {
            double dt = t + 1 - tMean;
            sxy += dt * (x[t] - xMean);
            sxx += dt * dt;
        }
        double c = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {xMean - c * tMean, c};
    }

    /**
     * The seasonal component of {@code stats::decompose}: a centred moving average of order m as trend, the mean
     * detrended value of each position of the cycle (counted from the first observation), centred to mean 0
     * (additive) or 1 (multiplicative), repeated over the series.
     */
    static double[] decompose(double[] y, int m, boolean additive) {
        int n = y.length;
        double[] w = new double[m % 2 == 0 ? m + 1 : m];
        Arrays.fill(w, 1.0 / m);
        if (m % 2 == 0) {
            w[0] = 0.5 / m;
            w[m] = 0.5 / m;
        }
        int half = w.length / 2;
        double[] sums = new double[m];
        int[] counts = new int[m];
        for (int t = half; t < n - half; t++) {
            double trend = 0;
            for (int k = 0; k < w.length; k++) {
                trend += w[k] * y[t - half + k];
            }
            double detrended = additive ? y[t] - trend : y[t] / trend;
            sums[t % m] += detrended;
            counts[t % m]++;
        }
        double[] figure = new double[m];
        double mean = 0;
        for (int j = 0; j < m; j++) {
            figure[j] = sums[j] / counts[j];
            mean += figure[j] / m;
        }
        for (int j = 0; j < m; j++) {
            figure[j] = additive ? figure[j] - mean : figure[j] / mean;
        }
        double[] seasonal = new double[n];
        for (int t = 0; t < n; t++) {
            seasonal[t] = figure[t % m];
        }
        return seasonal;
    }

    /**
     * Shorter series (fewer than three cycles): y minus (additive) or divided by (multiplicative) the line of a
     * least-squares fit of {@code y ~ 1 + t + sin(2 pi t / m) + cos(2 pi t / m)}, t = 1..n (the sine is dropped
     * for m = 2, where it vanishes), as forecast's {@code tslm(y ~ trend + fourier(y, 1))}.
     */
    private static double[] fourierDetrended(double[] y, int m, boolean additive) {
        int n = y.length;
        int p = m == 2 ? 3 : 4;
        double[][] xtx = new double[p][p + 1];
        double[] row = new double[p];
        for (int t = 1; t <= n; t++) {
            double angle = 2 * Math.PI * t / m;
            row[0] = 1;
            row[1] = t;
            row[2] = Math.cos(angle);
            if (p == 4) {
                row[3] = Math.sin(angle);
            }
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    xtx[i][j] += row[i] * row[j];
                }
                xtx[i][p] += row[i] * y[t - 1];
            }
        }
        double[] beta = solve(xtx, p);
        double[] out = new double[n];
        for (int t = 1; t <= n; t++) {
            double fit = beta[0] + beta[1] * t;
            out[t - 1] = additive ? y[t - 1] - fit : y[t - 1] / fit;
        }
        return out;
    }

    /** Gaussian elimination with partial pivoting of the augmented p x (p+1) system (modified). */
    private static double[] solve(double[][] a, int p) {
        for (int k = 0; k < p; k++) {
            int pivot = k;
            for (int i = k + 1; i < p; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[pivot][k])) {
                    pivot = i;
                }
            }
            double[] tmp = a[k];
            a[k] = a[pivot];
            a[pivot] = tmp;
            for (int i = k + 1; i < p; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k; j <= p; j++) {
                    a[i][j] -= f * a[k][j];
                }
            }
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = a[i][p];
            for (int j = i + 1; j < p; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
