package org.crm4j.analytics.timeseries;

import static org.crm4j.analytics.timeseries.Tolerances.ETS_HUGE_RATIO;
import static org.crm4j.analytics.timeseries.Tolerances.ETS_NEAR_ZERO;

import java.util.Arrays;

/**
 * The recursions of an ETS model in the error-correction form of Hyndman et al. (2008, table 2.1), as R's
 * {@code etscalc} runs them: one-step forecasts, errors, state updates and the fitting criterion.
 *
 * <p>The state vector is R's: {@code (l, b, s_0, ..., s_{m-1})}, the trend only with a trend and the seasonal
 * indices only with a season, {@code s_0} the most recent and {@code s_{m-1}} the one that enters the next
 * forecast. The update uses {@code beta* = beta / alpha} as R does (beta is the state-space smoothing
 * parameter), and is the same for additive and multiplicative errors; only the errors and the likelihood differ.
 *
 * <p>Not thread-safe: an instance keeps a work buffer for the seasonal indices. Every fit creates its own.
 */
final class EtsFilter {

    static final int NONE = 0;
    static final int ADDITIVE = 1;
    static final int MULTIPLICATIVE = 2;

    private final boolean multiplicativeError;
    private final int trend;
    private final int season;
    private final int m;
    private final int stateSize;
    private final double[] ring;

    EtsFilter(EtsSpec spec, int period) {
        this.multiplicativeError = spec.error() == EtsSpec.Component.MULTIPLICATIVE;
        this.trend = code(spec.trend());
        this.season = code(spec.season());
        this.m = season == NONE ? 1 : period;
        this.stateSize = 1 + (trend == NONE ? 0 : 1) + (season == NONE ? 0 : m);
        this.ring = new double[m];
    }

    static int code(EtsSpec.Component c) {
        return switch (c) {
            case NONE -> NONE;
            case ADDITIVE -> ADDITIVE;
            case MULTIPLICATIVE -> MULTIPLICATIVE;
        };
    }

    /** @return the length of the state vector */
    int stateSize() {
        return stateSize;
    }

    /** @return the seasonal period used (1 without a season) */
    int period() {
        return m;
    }

    /**
     * Runs the recursions over {@code y}.
     *
     * @param y         the series (not modified)
     * @param initial   the initial state {@code x_0} (not modified)
     * @param alpha     level smoothing
     * @param beta      trend smoothing (ignored without a trend)
     * @param gamma     seasonal smoothing (ignored without a season)
     * @param phi       damping, 1 for an undamped trend
     * @param errors    receives the errors {@code e_t} (additive: {@code y - f}; multiplicative:
     *                  {@code (y - f) / f}), or null
     * @param lastState receives the state after the last observation, or null
     * @return R's criterion {@code n log(sum e²)} plus, for multiplicative errors, {@code 2 sum log|f|} (so that
     *         the log-likelihood is minus half of it), or {@code NaN} when a multiplicative trend turns negative
     */
    double run(double[] y, double[] initial, double alpha, double beta, double gamma, double phi, double[] errors,
            double[] lastState) {
        int n = y.length;
        double l = initial[0];
        double b = trend == NONE ? 0 : initial[1];
        int s0 = trend == NONE ? 1 : 2;
        int head = 0;
        if (season != NONE) {
            System.arraycopy(initial, s0, ring, 0, m);
        }
        boolean undamped = Math.abs(phi - 1.0) < ETS_NEAR_ZERO;
        double betaStar = trend == NONE ? 0 : beta / alpha;
        double sse = 0;
        double logSum = 0;
        for (int t = 0; t < n; t++) {
            int oldest = head + m - 1 >= m ? head - 1 : head + m - 1;
            double sOld = season == NONE ? 0 : ring[oldest];
            // one-step forecast from (l, b, s)
            double f;
            double phib;
            double q;
            if (trend == NONE) {
                phib = 0;
                q = l;
                f = l;
            } else if (trend == ADDITIVE) {
                phib = phi * b;
                q = l + phib;
                f = q;
            } else {
                if (b < 0) {
                    return Double.NaN;
                }
                phib = undamped ? b : Math.pow(b, phi);
                q = l * phib;
                f = q;
            }
            if (season == ADDITIVE) {
                f += sOld;
            } else if (season == MULTIPLICATIVE) {
                f *= sOld;
            }
            double yt = y[t];
            double e = multiplicativeError ? (yt - f) / f : yt - f;
            if (errors != null) {
                errors[t] = e;
            }
            sse += e * e;
            logSum += Math.log(Math.abs(f));
            // new level
            double p;
            if (season == NONE) {
                p = yt;
            } else if (season == ADDITIVE) {
                p = yt - sOld;
            } else {
                p = Math.abs(sOld) < ETS_NEAR_ZERO ? ETS_HUGE_RATIO : yt / sOld;
            }
            double level = q + alpha * (p - q);
            // new growth
            if (trend == ADDITIVE) {
                b = phib + betaStar * (level - l - phib);
            } else if (trend == MULTIPLICATIVE) {
                double r = Math.abs(l) < ETS_NEAR_ZERO ? ETS_HUGE_RATIO : level / l;
                b = phib + betaStar * (r - phib);
            }
            // new season: replaces the oldest index, which becomes s_0
            if (season != NONE) {
                double u;
                if (season == ADDITIVE) {
                    u = yt - q;
                } else {
                    u = Math.abs(q) < ETS_NEAR_ZERO ? ETS_HUGE_RATIO : yt / q;
                }
                ring[oldest] = sOld + gamma * (u - sOld);
                head = oldest;
            }
            l = level;
        }
        if (lastState != null) {
            lastState[0] = l;
            if (trend != NONE) {
                lastState[1] = b;
            }
            if (season != NONE) {
                for (int j = 0; j < m; j++) {
                    int k = head + j;
                    lastState[s0 + j] = ring[k >= m ? k - m : k];
                }
            }
        }
        double criterion = n * Math.log(sse);
        return multiplicativeError ? criterion + 2 * logSum : criterion;
    }

    /**
     * Point forecasts from a state: {@code l + phi_h b} (additive trend, {@code phi_h = phi + ... + phi^h}),
     * {@code l b^phi_h} (multiplicative), plus or times the seasonal index of the step; R's {@code etsforecast}.
     *
     * @param state R's state vector (not modified)
     * @param h     the horizon
     * @param phi   damping, 1 for an undamped trend
     * @return the forecasts, {@code NaN} from a negative multiplicative trend on
     */
    double[] pointForecasts(double[] state, int h, double phi) {
        double[] f = new double[h];
        double l = state[0];
        double b = trend == NONE ? 0 : state[1];
        int s0 = trend == NONE ? 1 : 2;
        boolean undamped = Math.abs(phi - 1.0) < ETS_NEAR_ZERO;
        double phiSum = phi;
        double phiPower = phi;
        for (int i = 0; i < h; i++) {
            double v;
            if (trend == NONE) {
                v = l;
            } else if (trend == ADDITIVE) {
                v = l + phiSum * b;
            } else {
                v = b < 0 ? Double.NaN : l * Math.pow(b, phiSum);
            }
            if (season != NONE) {
                double s = state[s0 + m - 1 - i % m];
                v = season == ADDITIVE ? v + s : v * s;
            }
            f[i] = v;
            // phi_h = phi + phi^2 + ... + phi^h (forecast before 2026 added phi^(h-1) here, a bug fixed in
            // its commit b500142b; its class 1-3 forecasts never used this path)
            phiPower *= phi;
            phiSum += undamped ? 1.0 : phiPower;
        }
        return f;
    }

    /**
     * Simulates one future path from a state with given errors, R's {@code etssimulate}.
     *
     * @param state  R's state vector (not modified)
     * @param errors the errors of steps 1..h (additive: in units of y; multiplicative: relative)
     * @param alpha  level smoothing
     * @param beta   trend smoothing
     * @param gamma  seasonal smoothing
     * @param phi    damping
     * @param path   receives the simulated values; {@code NaN} from where a multiplicative trend turns negative
     */
    void simulate(double[] state, double[] errors, double alpha, double beta, double gamma, double phi,
            double[] path) {
        double[] x = state.clone();
        double[] one = new double[1];
        double[] next = new double[stateSize];
        for (int t = 0; t < errors.length; t++) {
            double f = pointForecasts(x, 1, phi)[0];
            if (Double.isNaN(f)) {
                Arrays.fill(path, t, path.length, Double.NaN);
                return;
            }
            one[0] = multiplicativeError ? f * (1 + errors[t]) : f + errors[t];
            path[t] = one[0];
            run(one, x, alpha, beta, gamma, phi, null, next);
            System.arraycopy(next, 0, x, 0, stateSize);
        }
    }
}
