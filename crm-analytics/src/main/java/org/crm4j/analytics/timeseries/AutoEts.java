package org.crm4j.analytics.timeseries;

import java.util.ArrayList;
import java.util.List;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.linalg.Workers;

/**
 * Automatic exponential smoothing: fits every admissible ETS model and keeps the one with the smallest
 * information criterion, as R's {@code forecast::ets(y)} does with its defaults (forecast 8.20):
 * <ol>
 *   <li>the candidates are the errors A and M (M only for positive data), the trends N and A (and M with
 *       {@link Options#allowMultiplicativeTrend()}), each trend damped and undamped, and the seasons N, A and M,
 *       in R's order (error, trend, season, damped first); R's {@code restrict} removes additive errors with a
 *       multiplicative component and {@code ETS(M,M,A)};</li>
 *   <li>seasonal models are considered only when {@code 2 <= frequency <= 24} and the series is longer than one
 *       cycle (R ignores the season otherwise; with fewer than three cycles the initial seasonal indices come
 *       from a Fourier regression instead of a decomposition);</li>
 *   <li>a candidate with at least {@code n - 1} parameters plus states, or whose fit fails, is skipped;</li>
 *   <li>each candidate is fitted by {@link Ets#fit} (Nelder–Mead on the likelihood, bounds "both"), and the first
 *       smallest AICc (or the chosen criterion) wins.</li>
 * </ol>
 * A constant series (as forecast's {@code is.constant} decides: equal to its first value up to a mean relative
 * deviation of about 1.5e-8) gets R's answer, simple exponential smoothing {@code ETS(A,N,N)} with alpha 0.99999
 * and the level starting at the first value (flat forecasts, NaN likelihood and criteria). Candidates are fitted on up
 * to {@link Options#threads()} threads; the choice never depends on the thread count.
 *
 * <pre>{@code
 * EtsModel best = AutoEts.fit(monthlySales, 12);
 * System.out.println(best.method());                  // e.g. ETS(M,Ad,M)
 * Forecast next = best.forecast(12, 0.95);
 * }</pre>
 *
 * <p>Reference: R. J. Hyndman, A. B. Koehler, R. D. Snyder, S. Grose (2002), A state space framework for automatic
 * forecasting using exponential smoothing methods, International Journal of Forecasting 18, 439–454.
 *
 * @see Ets
 * @see AutoArima
 */
public final class AutoEts {

    /** The criterion that ranks the candidates, R's {@code ic}. */
    public enum Criterion {
        /** Akaike's criterion corrected for small samples (R's default). */
        AICC,
        /** Akaike's criterion. */
        AIC,
        /** Schwarz's Bayesian criterion. */
        BIC
    }

    /**
     * Search options; R's defaults from {@link #defaults()}.
     *
     * @param fitting                  the options of each fit (bounds, restrict, budget, strict, seed), not null;
     *                                 {@code strict} applies to the chosen model only
     * @param criterion                the ranking criterion, not null
     * @param allowMultiplicativeTrend also try multiplicative trends (R's {@code allow.multiplicative.trend})
     * @param threads                  0 for all available processors, n &gt;= 1 for exactly n
     */
    public record Options(Ets.Options fitting, Criterion criterion, boolean allowMultiplicativeTrend, int threads) {

        /**
         * Checks each option.
         *
         * @param fitting                  the options of each fit
         * @param criterion                the ranking criterion
         * @param allowMultiplicativeTrend also try multiplicative trends
         * @param threads                  the number of threads, 0 for all processors
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options {
            Checks.require(fitting != null, "fitting must not be null");
            Checks.require(criterion != null, "criterion must not be null");
            Checks.require(threads >= 0, "threads must be >= 0 (0: all available processors), was %d", threads);
        }

        /**
         * R's defaults: {@link Ets.Options#defaults()}, AICc, no multiplicative trend, all processors.
         *
         * @return the options
         */
        public static Options defaults() {
            return new Options(Ets.Options.defaults(), Criterion.AICC, false, 0);
        }

        /**
         * @param fitting the options of each fit
         * @return the copy
         */
        public Options withFitting(Ets.Options fitting) {
            return new Options(fitting, criterion, allowMultiplicativeTrend, threads);
        }

        /**
         * @param criterion the ranking criterion
         * @return the copy
         */
        public Options withCriterion(Criterion criterion) {
            return new Options(fitting, criterion, allowMultiplicativeTrend, threads);
        }

        /**
         * @param allowMultiplicativeTrend also try multiplicative trends
         * @return the copy
         */
        public Options withAllowMultiplicativeTrend(boolean allowMultiplicativeTrend) {
            return new Options(fitting, criterion, allowMultiplicativeTrend, threads);
        }

        /**
         * @param threads 0 for all available processors, n &gt;= 1 for exactly n
         * @return the copy
         */
        public Options withThreads(int threads) {
            return new Options(fitting, criterion, allowMultiplicativeTrend, threads);
        }
    }

    /** Shortest series R's ets fits by likelihood without a model given ({@code n > 2 + 4}). */
    public static final int MINIMUM_LENGTH = 7;

    private AutoEts() {
    }

    /**
     * Selects and fits a model with R's defaults.
     *
     * @param y         the series in time order, finite (not modified)
     * @param frequency the number of observations per cycle, {@code >= 1}
     * @return the selected model
     * @throws IllegalArgumentException see {@link #fit(double[], int, Options)}
     * @throws ConvergenceException     when no candidate can be fitted
     */
    public static EtsModel fit(double[] y, int frequency) {
        return fit(y, frequency, Options.defaults());
    }

    /**
     * Selects and fits a model.
     *
     * @param y         the series in time order, finite, at least {@link #MINIMUM_LENGTH} values (not modified)
     * @param frequency the number of observations per cycle, {@code >= 1}
     * @param options   the options, not null
     * @return the selected model
     * @throws IllegalArgumentException when {@code y} is null, has a non-finite value or fewer than
     *                                  {@link #MINIMUM_LENGTH} values, or {@code frequency < 1}
     * @throws ConvergenceException     when no candidate can be fitted, or the fitting options are strict and the
     *                                  chosen model's optimiser did not converge
     */
    public static EtsModel fit(double[] y, int frequency, Options options) {
        Checks.require(options != null, "options must not be null");
        int n = Checks.requireFiniteVector(y, "y");
        Checks.require(frequency >= 1, "frequency must be >= 1, was %d", frequency);
        Checks.require(n >= MINIMUM_LENGTH, "y must have at least %d values, was %d", MINIMUM_LENGTH, n);
        double[] x = y.clone();
        if (UnitRootTests.isConstant(x)) {
            return constant(x, options.fitting());
        }
        List<EtsSpec> candidates = candidates(x, frequency, options);
        Ets.Options quiet = options.fitting().withStrict(false);
        EtsModel[] fits = new EtsModel[candidates.size()];
        int threads = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
        Workers.forEach(candidates.size(), threads, i -> {
            try {
                fits[i] = EtsEstimation.fit(x, frequency, candidates.get(i), quiet);
            } catch (ConvergenceException e) {
                fits[i] = null;
            }
        });
        EtsModel best = null;
        double bestIc = Double.POSITIVE_INFINITY;
        for (EtsModel fit : fits) {
            double ic = fit == null ? Double.NaN : criterion(fit, options.criterion());
            if (ic < bestIc) {
                best = fit;
                bestIc = ic;
            }
        }
        if (best == null) {
            throw new ConvergenceException(Checks.message(
                    "AutoEts: no model could be fitted to the %d values (frequency %d, %d candidates)", n,
                    frequency, candidates.size()));
        }
        if (options.fitting().strict() && !best.converged()) {
            throw new ConvergenceException(Checks.message(
                    "AutoEts: Nelder-Mead did not converge for the chosen %s within %d objective evaluations",
                    best.method(), options.fitting().maxIterations()));
        }
        return best;
    }

    /** The candidate models in R's order, without those the data or R's rules exclude. */
    static List<EtsSpec> candidates(double[] y, int frequency, Options options) {
        int n = y.length;
        boolean positive = true;
        for (double v : y) {
            positive &= v > 0;
        }
        boolean seasonal = frequency > 1 && frequency <= Ets.MAX_SEASONAL_PERIOD && n > frequency;
        EtsSpec.Component[] errors = {EtsSpec.Component.ADDITIVE, EtsSpec.Component.MULTIPLICATIVE};
        EtsSpec.Component[] trends = options.allowMultiplicativeTrend()
                ? new EtsSpec.Component[] {EtsSpec.Component.NONE, EtsSpec.Component.ADDITIVE,
                    EtsSpec.Component.MULTIPLICATIVE}
                : new EtsSpec.Component[] {EtsSpec.Component.NONE, EtsSpec.Component.ADDITIVE};
        EtsSpec.Component[] seasons = seasonal
                ? EtsSpec.Component.values()
                : new EtsSpec.Component[] {EtsSpec.Component.NONE};
        List<EtsSpec> out = new ArrayList<>();
        for (EtsSpec.Component error : errors) {
            for (EtsSpec.Component trend : trends) {
                for (EtsSpec.Component season : seasons) {
                    for (boolean damped : new boolean[] {true, false}) {
                        if (damped && trend == EtsSpec.Component.NONE) {
                            continue;
                        }
                        EtsSpec spec = EtsSpec.of(error, trend, damped, season);
                        if (options.fitting().restrict() && spec.isRestricted()
                                || !positive && spec.isMultiplicative()) {
                            continue;
                        }
                        int m = spec.hasSeason() ? frequency : 1;
                        if (EtsEstimation.parameterCount(spec, m) >= n - 1) {
                            continue;
                        }
                        out.add(spec);
                    }
                }
            }
        }
        return out;
    }

    private static double criterion(EtsModel fit, Criterion criterion) {
        return switch (criterion) {
            case AICC -> fit.aicc();
            case AIC -> fit.aic();
            case BIC -> fit.bic();
        };
    }

    /**
     * R's answer for a constant series (forecast's {@code is.constant}: mean relative deviation from the first
     * value below {@code sqrt(machine epsilon)}): {@code ses(y, alpha = 0.99999, initial = "simple")}, the level
     * starting at the first value and sigma² = SSE / n.
     */
    private static EtsModel constant(double[] y, Ets.Options options) {
        int n = y.length;
        double alpha = Tolerances.ETS_CONSTANT_SERIES_ALPHA;
        EtsSpec ses = EtsSpec.of("ANN");
        double[] errors = new double[n];
        double[] last = new double[1];
        new EtsFilter(ses, 1).run(y, new double[] {y[0]}, alpha, 0, 0, 1, errors, last);
        double sse = 0;
        double[] fitted = new double[n];
        for (int t = 0; t < n; t++) {
            sse += errors[t] * errors[t];
            fitted[t] = y[t] - errors[t];
        }
        EtsModel.Fit fit = new EtsModel.Fit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, sse / n);
        return new EtsModel(ses, 1, new double[] {alpha, Double.NaN, Double.NaN, Double.NaN}, new double[] {y[0]},
                last, fit, errors, fitted, true, 0, options);
    }
}
