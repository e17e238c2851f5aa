package org.crm4j.analytics.timeseries;

import java.util.Arrays;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * Maximum-likelihood estimation of one ETS model, R's {@code etsmodel}: the smoothing parameters and the free
 * initial states are optimised together by {@link NelderMead} on R's criterion {@code n log(SSE)}
 * ({@code + 2 sum log|f_t|} for multiplicative errors), which is minus twice the log-likelihood concentrated over
 * sigma² up to a constant; points outside the parameter bounds, with a negative multiplicative seasonal index
 * or a negative multiplicative trend score {@code +Infinity}.
 */
final class EtsEstimation {

    private EtsEstimation() {
    }

    /**
     * The number of values the optimiser works on: the estimated smoothing parameters plus the free initial
     * states; R's {@code length(par)}, which enters the information criteria (plus one for sigma²).
     */
    static int parameterCount(EtsSpec spec, int m) {
        int smoothing = 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? 1 : 0) + (spec.damped() ? 1 : 0);
        int states = 1 + (spec.hasTrend() ? 1 : 0) + (spec.hasSeason() ? m - 1 : 0);
        return smoothing + states;
    }

    /**
     * Fits the model; the caller has checked the data against the spec.
     *
     * @param y       the series (not modified)
     * @param m       the seasonal period (ignored without a season)
     * @param spec    the model
     * @param options the options
     * @return the fitted model
     * @throws ConvergenceException when R's starting values are outside the bounds, the objective is not finite
     *                              there, or (strict) Nelder–Mead does not converge
     */
    static EtsModel fit(double[] y, int m, EtsSpec spec, Ets.Options options) {
        EtsFilter filter = new EtsFilter(spec, m);
        int period = filter.period();
        double[] start = EtsParameters.start(spec, period, options.bounds());
        boolean trend = spec.hasTrend();
        boolean season = spec.hasSeason();
        boolean damped = spec.damped();
        if (!EtsParameters.inside(trend, season, damped, start[0], trend ? start[1] : 0, season ? start[2] : 0,
                damped ? start[3] : 1, period, options.bounds())) {
            throw new ConvergenceException(Checks.message("%s: R's starting values %s are outside the %s bounds",
                    spec.label(), Arrays.toString(start), options.bounds()));
        }
        double[] states = EtsInitialStates.of(y, spec, period);
        int smoothing = 1 + (trend ? 1 : 0) + (season ? 1 : 0) + (damped ? 1 : 0);
        double[] par = new double[smoothing + states.length];
        int k = 0;
        par[k++] = start[0];
        if (trend) {
            par[k++] = start[1];
        }
        if (season) {
            par[k++] = start[2];
        }
        if (damped) {
            par[k++] = start[3];
        }
        System.arraycopy(states, 0, par, k, states.length);
        Objective objective = new Objective(y, spec, filter, options.bounds());
        NelderMead.Result result = NelderMead.minimize(objective::value, par, Tolerances.NELDER_MEAD_REL_TOLERANCE,
                options.maxIterations(), spec.label());
        if (options.strict() && !result.converged()) {
            throw new ConvergenceException(Checks.message(
                    "%s: Nelder-Mead did not converge within %d objective evaluations (relative tolerance %g)",
                    spec.label(), options.maxIterations(), Tolerances.NELDER_MEAD_REL_TOLERANCE));
        }
        double[] best = result.x();
        double[] p = objective.smoothing(best);
        double[] initial = objective.fullState(best);
        int n = y.length;
        double[] errors = new double[n];
        double[] last = new double[filter.stateSize()];
        double criterion = filter.run(y, initial, p[0], p[1], p[2], p[3], errors, last);
        if (!Double.isFinite(criterion)) {
            throw new ConvergenceException(Checks.message(
                    "%s: the optimum has a non-finite likelihood (%s)", spec.label(), criterion));
        }
        int np = best.length + 1;
        double aic = criterion + 2 * np;
        double sse = 0;
        double[] fitted = new double[n];
        boolean multiplicative = spec.error() == EtsSpec.Component.MULTIPLICATIVE;
        for (int t = 0; t < n; t++) {
            sse += errors[t] * errors[t];
            fitted[t] = multiplicative ? y[t] / (1 + errors[t]) : y[t] - errors[t];
        }
        EtsModel.Fit fit = new EtsModel.Fit(-0.5 * criterion, aic, aic + 2.0 * np * (np + 1) / (n - np - 1),
                criterion + Math.log(n) * np, sse / (n - best.length));
        return new EtsModel(spec, period, new double[] {p[0], trend ? p[1] : Double.NaN,
                season ? p[2] : Double.NaN, damped ? p[3] : Double.NaN}, initial, last, fit, errors, fitted,
                result.converged(), result.evaluations(), options);
    }

    /** The optimiser's objective over (smoothing parameters, free initial states). */
    private static final class Objective {
        private final double[] y;
        private final EtsFilter filter;
        private final Ets.Bounds bounds;
        private final boolean trend;
        private final boolean season;
        private final boolean damped;
        private final boolean multiplicativeSeason;
        private final int m;
        private final int smoothing;
        private final double[] state;

        Objective(double[] y, EtsSpec spec, EtsFilter filter, Ets.Bounds bounds) {
            this.y = y;
            this.filter = filter;
            this.bounds = bounds;
            this.trend = spec.hasTrend();
            this.season = spec.hasSeason();
            this.damped = spec.damped();
            this.multiplicativeSeason = spec.season() == EtsSpec.Component.MULTIPLICATIVE;
            this.m = filter.period();
            this.smoothing = 1 + (trend ? 1 : 0) + (season ? 1 : 0) + (damped ? 1 : 0);
            this.state = new double[filter.stateSize()];
        }

        /** @return {@code {alpha, beta, gamma, phi}} with 0, 0, 1 for absent beta, gamma, phi */
        double[] smoothing(double[] par) {
            int k = 0;
            double alpha = par[k++];
            double beta = trend ? par[k++] : 0;
            double gamma = season ? par[k++] : 0;
            double phi = damped ? par[k] : 1;
            return new double[] {alpha, beta, gamma, phi};
        }

        /** @return the full initial state, with the last seasonal index that completes the sum */
        double[] fullState(double[] par) {
            double[] x = new double[filter.stateSize()];
            fill(par, x);
            return x;
        }

        private void fill(double[] par, double[] x) {
            int free = par.length - smoothing;
            System.arraycopy(par, smoothing, x, 0, free);
            if (season) {
                int s0 = trend ? 2 : 1;
                double sum = 0;
                for (int i = s0; i < free; i++) {
                    sum += x[i];
                }
                x[free] = (multiplicativeSeason ? m : 0) - sum;
            }
        }

        double value(double[] par) {
            int k = 0;
            double alpha = par[k++];
            double beta = trend ? par[k++] : 0;
            double gamma = season ? par[k++] : 0;
            double phi = damped ? par[k] : 1;
            if (!EtsParameters.inside(trend, season, damped, alpha, beta, gamma, phi, m, bounds)) {
                return Double.POSITIVE_INFINITY;
            }
            fill(par, state);
            if (multiplicativeSeason) {
                for (int i = trend ? 2 : 1; i < state.length; i++) {
                    if (state[i] < 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            double criterion = filter.run(y, state, alpha, beta, gamma, phi, null, null);
            if (Double.isNaN(criterion)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(criterion, Tolerances.ETS_CRITERION_FLOOR);
        }
    }
}
