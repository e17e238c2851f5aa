package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * Exponential smoothing state space models (ETS) of Hyndman et al. (2008) by maximum likelihood, the method and
 * conventions of R's {@code forecast::ets} (forecast 8.20) for one given model.
 *
 * <p><b>Model.</b> With the state {@code x_t = (l_t, b_t, s_t, ..., s_(t-m+1))}, the one-step forecast
 * {@code f_t} combines level, (damped) trend and the seasonal index of the period as the {@link EtsSpec} says, and
 * the observation is {@code y_t = f_t + e_t} (additive errors) or {@code y_t = f_t (1 + e_t)} (multiplicative),
 * {@code e_t ~ N(0, sigma²)}; the states follow the error-correction equations of Hyndman et al. (2008,
 * table 2.1) with smoothing parameters alpha (level), beta (trend), gamma (season) and damping phi.
 *
 * <p><b>Method.</b> As {@code ets(y, model = spec, damped = ...)} with its defaults: the initial states start
 * from a classical decomposition (R's {@code initstate}), the smoothing parameters from R's {@code initparam};
 * both are optimised together by Nelder–Mead (R's {@code optim} variant, at most
 * {@link Options#maxIterations()} objective evaluations) on the likelihood criterion ({@code opt.crit = "lik"}),
 * inside the usual bounds {@code 1e-4 <= beta <= alpha <= 0.9999, 1e-4 <= gamma <= 1 - alpha,
 * 0.8 <= phi <= 0.98} intersected with the admissible region where the model forecasts stably
 * ({@code bounds = "both"}). See {@link EtsModel} for the likelihood, information criteria and forecasts.
 *
 * <p><b>Limitations.</b> No missing values; no Box–Cox transformation; no fixed smoothing parameters; only the
 * likelihood criterion. Where R falls back to {@code HoltWinters} on series too short for the model (at most
 * {@code k + 4} values, {@code k} parameters plus states), this class refuses the series instead; where R silently
 * drops the season of a series no longer than one cycle, this class refuses it ({@link AutoEts} drops such
 * models as R does).
 *
 * <pre>{@code
 * EtsModel hw = Ets.fit(monthlySales, 12, EtsSpec.of("MAdM"));
 * Forecast next = hw.forecast(12);                        // 80 % and 95 % intervals
 * System.out.println(hw.summary());
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>R. J. Hyndman, A. B. Koehler, J. K. Ord, R. D. Snyder (2008), Forecasting with Exponential Smoothing:
 *       The State Space Approach, Springer.</li>
 *   <li>R. J. Hyndman, A. B. Koehler, R. D. Snyder, S. Grose (2002), A state space framework for automatic
 *       forecasting using exponential smoothing methods, International Journal of Forecasting 18, 439–454.</li>
 *   <li>R. J. Hyndman, M. Akram, B. C. Archibald (2008), The admissible parameter space for exponential smoothing
 *       models, Annals of the Institute of Statistical Mathematics 60, 407–426.</li>
 *   <li>R. J. Hyndman et al., {@code forecast::ets} (8.20).</li>
 * </ol>
 *
 * @see AutoEts
 * @see Arima
 */
public final class Ets {

    /** Largest seasonal period of a seasonal model (R's ets refuses seasonal models above 24). */
    public static final int MAX_SEASONAL_PERIOD = 24;

    /** The parameter region the optimiser may search, R's {@code bounds}. */
    public enum Bounds {
        /** The box of usual bounds only. */
        USUAL,
        /** The admissible (forecastable) region only. */
        ADMISSIBLE,
        /** Both: the usual box intersected with the admissible region (R's default). */
        BOTH
    }

    /**
     * Fitting options; R's defaults from {@link #defaults()}.
     *
     * @param bounds          the parameter region, not null
     * @param restrict        refuse the models with possibly infinite forecast variance ({@link
     *                        EtsSpec#isRestricted()}), R's {@code restrict}
     * @param maxIterations   the Nelder–Mead budget in objective evaluations, {@code >= 1} (R's {@code maxit})
     * @param strict          throw {@link ConvergenceException} when Nelder–Mead does not converge
     * @param seed            the seed of the simulated forecast intervals (models without analytic variances)
     * @param simulationPaths the number of simulated paths for those intervals, {@code >= 100}
     */
    public record Options(Bounds bounds, boolean restrict, int maxIterations, boolean strict, long seed,
            int simulationPaths) {

        /** R's {@code maxit}: the default Nelder–Mead budget in objective evaluations. */
        public static final int DEFAULT_MAX_ITERATIONS = Tolerances.NELDER_MEAD_MAX_EVALUATIONS;

        /** The module's default seed. */
        public static final long DEFAULT_SEED = 42L;

        /** The default number of simulated paths, R's {@code npaths}. */
        public static final int DEFAULT_SIMULATION_PATHS = 5000;

        /**
         * Checks each option.
         *
         * @param bounds          the parameter region
         * @param restrict        refuse models with possibly infinite variance
         * @param maxIterations   the optimiser budget
         * @param strict          throw on non-convergence
         * @param seed            the simulation seed
         * @param simulationPaths the number of simulated paths
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options {
            Checks.require(bounds != null, "bounds must not be null");
            Checks.require(maxIterations >= 1, "maxIterations must be >= 1, was %d", maxIterations);
            Checks.require(simulationPaths >= 100, "simulationPaths must be >= 100, was %d", simulationPaths);
        }

        /**
         * R's defaults: bounds BOTH, restrict, 2000 evaluations, not strict, seed 42, 5000 simulated paths.
         *
         * @return the options
         */
        public static Options defaults() {
            return new Options(Bounds.BOTH, true, DEFAULT_MAX_ITERATIONS, false, DEFAULT_SEED,
                    DEFAULT_SIMULATION_PATHS);
        }

        /**
         * @param bounds the parameter region
         * @return the copy
         */
        public Options withBounds(Bounds bounds) {
            return new Options(bounds, restrict, maxIterations, strict, seed, simulationPaths);
        }

        /**
         * @param restrict refuse the models with possibly infinite forecast variance
         * @return the copy
         */
        public Options withRestrict(boolean restrict) {
            return new Options(bounds, restrict, maxIterations, strict, seed, simulationPaths);
        }

        /**
         * @param maxIterations the optimiser budget in objective evaluations
         * @return the copy
         */
        public Options withMaxIterations(int maxIterations) {
            return new Options(bounds, restrict, maxIterations, strict, seed, simulationPaths);
        }

        /**
         * @param strict throw {@link ConvergenceException} when the optimiser does not converge
         * @return the copy
         */
        public Options withStrict(boolean strict) {
            return new Options(bounds, restrict, maxIterations, strict, seed, simulationPaths);
        }

        /**
         * @param seed the seed of simulated forecast intervals
         * @return the copy
         */
        public Options withSeed(long seed) {
            return new Options(bounds, restrict, maxIterations, strict, seed, simulationPaths);
        }

        /**
         * @param simulationPaths the number of simulated paths
         * @return the copy
         */
        public Options withSimulationPaths(int simulationPaths) {
            return new Options(bounds, restrict, maxIterations, strict, seed, simulationPaths);
        }
    }

    private Ets() {
    }

    /**
     * Fits a model with R's default options.
     *
     * @param y         the series in time order, finite (not modified)
     * @param frequency the number of observations per cycle (12 monthly, 4 quarterly, 1 without a season)
     * @param spec      the model
     * @return the fitted model
     * @throws IllegalArgumentException see {@link #fit(double[], int, EtsSpec, Options)}
     * @throws ConvergenceException     see {@link #fit(double[], int, EtsSpec, Options)}
     */
    public static EtsModel fit(double[] y, int frequency, EtsSpec spec) {
        return fit(y, frequency, spec, Options.defaults());
    }

    /**
     * Fits a model.
     *
     * @param y         the series in time order, finite (not modified)
     * @param frequency the number of observations per cycle, {@code >= 1}
     * @param spec      the model, not null
     * @param options   the options, not null
     * @return the fitted model
     * @throws IllegalArgumentException when {@code y} is null, empty or has a non-finite value; {@code frequency}
     *                                  is below 1; the spec is restricted and {@code options.restrict()}; a
     *                                  component is multiplicative and {@code y} has a value {@code <= 0}; the
     *                                  spec is seasonal and {@code frequency} is 1 or above
     *                                  {@link #MAX_SEASONAL_PERIOD}, or {@code y} is not longer than one
     *                                  cycle; {@code y} has fewer than {@link #minimumLength} values; or
     *                                  {@code y} is constant
     * @throws ConvergenceException     when R's starting values are outside the bounds (possible with
     *                                  {@link Bounds#ADMISSIBLE}), or {@code options.strict()} and Nelder–Mead
     *                                  does not converge
     */
    public static EtsModel fit(double[] y, int frequency, EtsSpec spec, Options options) {
        Checks.require(spec != null, "spec must not be null");
        Checks.require(options != null, "options must not be null");
        int n = Checks.requireFiniteVector(y, "y");
        Checks.require(frequency >= 1, "frequency must be >= 1, was %d", frequency);
        Checks.require(!options.restrict() || !spec.isRestricted(),
                "spec %s is not allowed with restrict (its forecast variance can be infinite); "
                        + "use Options.withRestrict(false) to fit it anyway", spec.label());
        if (spec.isMultiplicative()) {
            requirePositive(y, spec);
        }
        if (spec.hasSeason()) {
            Checks.require(frequency >= 2, "frequency must be >= 2 for the seasonal model %s, was %d",
                    spec.label(), frequency);
            Checks.require(frequency <= MAX_SEASONAL_PERIOD,
                    "frequency must be <= %d for the seasonal model %s, was %d", MAX_SEASONAL_PERIOD,
                    spec.label(), frequency);
            Checks.require(n > frequency,
                    "y must be longer than one cycle (%d) for the seasonal model %s, had %d values", frequency,
                    spec.label(), n);
        }
        int min = minimumLength(spec, frequency);
        Checks.require(n >= min, "y must have at least %d values for %s (parameters plus states plus 5), was %d",
                min, spec.label(), n);
        Checks.require(!isConstant(y), "y must not be constant, all %d values were %s (AutoEts fits a "
                + "constant series)", n, y[0]);
        return EtsEstimation.fit(y.clone(), frequency, spec, options);
    }

    /**
     * The shortest series {@link #fit} accepts for a model: R's ets fits the model by likelihood only when
     * {@code n > k + 4}, with {@code k = 2 + 2 [trend] + m [season] + [damped]} parameters and states.
     *
     * @param spec      the model
     * @param frequency the number of observations per cycle
     * @return the minimum length {@code k + 5}
     */
    public static int minimumLength(EtsSpec spec, int frequency) {
        return EtsEstimation.parameterCount(spec, spec.hasSeason() ? frequency : 1) + 5;
    }

    static void requirePositive(double[] y, EtsSpec spec) {
        for (int i = 0; i < y.length; i++) {
            if (y[i] <= 0) {
                Checks.require(false, "y must be positive for the multiplicative model %s, y[%d] was %s",
                        spec.label(), i, y[i]);
            }
        }
    }

    static boolean isConstant(double[] y) {
        for (double v : y) {
            if (v != y[0]) {
                return false;
            }
        }
        return true;
    }
}
