package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * Automatic seasonal ARIMA order selection, the algorithm of Hyndman &amp; Khandakar (2008) as forecast 8.20's
 * {@code auto.arima} runs it with its defaults:
 * <ol>
 *   <li>D (0 or 1) from the seasonal-strength heuristic of {@code nsdiffs(test = "seas")}: one seasonal difference
 *       when the STL seasonal strength exceeds 0.64 (skipped, D = 0, when {@code n <= 2 period});</li>
 *   <li>d (0 to {@code maxD}) from repeated KPSS level tests at alpha = 0.05 on the seasonally differenced series
 *       ({@code ndiffs}); see {@code UnitRootTests};</li>
 *   <li>a stepwise search over (p, q, P, Q) and the constant (a mean when d + D = 0, a drift when d + D = 1)
 *       minimising the AICc, starting from (2, q = 2, P = 1, Q = 1) and the null and simple models, then moving
 *       one or two orders at a time in forecast's order, at most {@code maxModels} fits; or, without stepwise, an
 *       exhaustive search with {@code p + q + P + Q <= maxOrder} (see {@code OrderSearch});</li>
 *   <li>candidates whose fit fails, whose standard errors are undefined, or with an AR or MA root of modulus below
 *       1.01 are discarded; as in R, a candidate whose optimiser stopped at its iteration budget is scored like the
 *       others;</li>
 *   <li>when {@code n > 150} or {@code period > 12} (forecast's default approximation, {@link Approximation#AUTO}),
 *       candidates are fitted by CSS during the search and the best are refitted by CSS-ML.</li>
 * </ol>
 * The returned model is normally fitted by CSS-ML and has standard errors and forecasts. When, with the
 * approximation, no stepwise candidate can be refitted by CSS-ML, forecast returns the best CSS fit, and so does
 * this class (its {@code aic()} and {@code aicc()} are then NaN, as for every CSS fit).
 *
 * <p><b>Convergence.</b> The returned model reports {@link ArimaModel#converged()}; with {@link Options#strict()}
 * a selected model whose optimiser did not converge is a {@link ConvergenceException} instead.
 *
 * <pre>{@code
 * ArimaModel monthly = AutoArima.fit(sales, 12);
 * ArimaModel wide = AutoArima.fit(sales, AutoArima.Options.defaults(12).withStepwise(false).withMaxOrder(5));
 * System.out.println(monthly.spec().label());     // e.g. ARIMA(0,1,1)(0,1,1)[12]
 * }</pre>
 *
 * <p>Reference: R. J. Hyndman, Y. Khandakar (2008), Automatic time series forecasting: the forecast package for
 * R, Journal of Statistical Software 27(3), 1–22.
 *
 * @see Arima
 */
public final class AutoArima {

    /** Whether candidates are fitted by CSS during the search (forecast's {@code approximation}). */
    public enum Approximation {
        /** forecast's default: CSS during the search when {@code n > 150} or {@code period > 12}. */
        AUTO,
        /** Always CSS during the search, then CSS-ML refits of the best candidates. */
        ON,
        /** Never: every candidate is fitted by CSS-ML. */
        OFF
    }

    /**
     * Search options, forecast's defaults from {@link #defaults(int)}.
     *
     * @param period        the seasonal period, 1 for non-seasonal data
     * @param maxP          largest non-seasonal AR order, {@code >= 0}
     * @param maxQ          largest non-seasonal MA order, {@code >= 0}
     * @param maxSeasonalP  largest seasonal AR order, {@code >= 0}
     * @param maxSeasonalQ  largest seasonal MA order, {@code >= 0}
     * @param maxOrder      largest {@code p + q + P + Q} of the exhaustive search, {@code >= 0}
     * @param maxD          largest number of differences, in [0, 2]
     * @param stepwise      stepwise (true) or exhaustive search
     * @param approximation CSS during the search: {@link Approximation#AUTO} (forecast's rule), ON or OFF
     * @param maxModels     the stepwise model budget (forecast's {@code nmodels}), {@code >= 1}
     * @param maxIterations the BFGS iteration budget of each candidate fit, {@code >= 1}
     * @param strict        whether a selected model whose optimiser did not converge throws
     *                      {@link ConvergenceException} (false: it is returned with {@code converged() == false})
     */
    public record Options(int period, int maxP, int maxQ, int maxSeasonalP, int maxSeasonalQ, int maxOrder,
            int maxD, boolean stepwise, Approximation approximation, int maxModels, int maxIterations,
            boolean strict) {

        /**
         * Checks each option.
         *
         * @param period        the seasonal period
         * @param maxP          largest non-seasonal AR order
         * @param maxQ          largest non-seasonal MA order
         * @param maxSeasonalP  largest seasonal AR order
         * @param maxSeasonalQ  largest seasonal MA order
         * @param maxOrder      largest p + q + P + Q of the exhaustive search
         * @param maxD          largest number of differences
         * @param stepwise      stepwise or exhaustive search
         * @param approximation CSS during the search
         * @param maxModels     the stepwise model budget
         * @param maxIterations the iteration budget of each candidate fit
         * @param strict        whether non-convergence of the selected model throws
         * @throws IllegalArgumentException naming the option, the rule and the value
         */
        public Options {
            Checks.require(period >= 1, "period must be >= 1, was %d", period);
            Checks.require(maxP >= 0, "maxP must be >= 0, was %d", maxP);
            Checks.require(maxQ >= 0, "maxQ must be >= 0, was %d", maxQ);
            Checks.require(maxSeasonalP >= 0, "maxSeasonalP must be >= 0, was %d", maxSeasonalP);
            Checks.require(maxSeasonalQ >= 0, "maxSeasonalQ must be >= 0, was %d", maxSeasonalQ);
            Checks.require(maxOrder >= 0, "maxOrder must be >= 0, was %d", maxOrder);
            Checks.require(maxD >= 0 && maxD <= 2, "maxD must be in [0, 2], was %d", maxD);
            Checks.require(approximation != null, "approximation must not be null (AUTO, ON or OFF)");
            Checks.require(maxModels >= 1, "maxModels must be >= 1, was %d", maxModels);
            Checks.require(maxIterations >= 1, "maxIterations must be >= 1, was %d", maxIterations);
        }

        /**
         * forecast's defaults: max.p = max.q = 5, max.P = max.Q = 2, max.order = 5, max.d = 2, stepwise,
         * automatic approximation, nmodels = 94; {@link ArimaSpec#DEFAULT_MAX_ITERATIONS} per fit; not strict.
         *
         * @param period the seasonal period, {@code >= 1}
         * @return the options
         * @throws IllegalArgumentException when {@code period < 1}
         */
        public static Options defaults(int period) {
            return new Options(period, 5, 5, 2, 2, 5, 2, true, Approximation.AUTO, 94,
                    ArimaSpec.DEFAULT_MAX_ITERATIONS, false);
        }

        /**
         * @param stepwise stepwise (true) or exhaustive search
         * @return the copy
         */
        public Options withStepwise(boolean stepwise) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        /**
         * @param maxOrder the largest {@code p + q + P + Q} of the exhaustive search, {@code >= 0}
         * @return the copy
         * @throws IllegalArgumentException when negative
         */
        public Options withMaxOrder(int maxOrder) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        /**
         * @param approximation whether to use CSS during the search
         * @return the copy
         * @throws IllegalArgumentException when null
         */
        public Options withApproximation(Approximation approximation) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        /**
         * @param maxP largest non-seasonal AR order, {@code >= 0}
         * @param maxQ largest non-seasonal MA order, {@code >= 0}
         * @return the copy
         * @throws IllegalArgumentException when negative
         */
        public Options withMaxOrders(int maxP, int maxQ) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        /**
         * @param maxModels the stepwise model budget, {@code >= 1}
         * @return the copy
         * @throws IllegalArgumentException when below 1
         */
        public Options withMaxModels(int maxModels) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        /**
         * @param maxIterations the BFGS iteration budget of each candidate fit, {@code >= 1}
         * @return the copy
         * @throws IllegalArgumentException when below 1
         */
        public Options withMaxIterations(int maxIterations) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        /**
         * @param strict true: a selected model that did not converge throws {@link ConvergenceException}
         * @return the copy
         */
        public Options withStrict(boolean strict) {
            return new Options(period, maxP, maxQ, maxSeasonalP, maxSeasonalQ, maxOrder, maxD, stepwise,
                    approximation, maxModels, maxIterations, strict);
        }

        boolean approximates(int n) {
            return switch (approximation) {
                case AUTO -> n > 150 || period > 12;
                case ON -> true;
                case OFF -> false;
            };
        }
    }

    private AutoArima() {
    }

    /**
     * Selects and fits a model with forecast's defaults.
     *
     * @param y      the series, finite (not modified)
     * @param period the seasonal period; 1 fits a non-seasonal model
     * @return the selected, fitted model
     * @throws IllegalArgumentException see {@link #fit(double[], Options)}
     * @throws ConvergenceException     when no candidate model can be fitted
     */
    public static ArimaModel fit(double[] y, int period) {
        Checks.require(period >= 1, "period must be >= 1, was %d", period);
        return fit(y, Options.defaults(period));
    }

    /**
     * Selects and fits a model.
     *
     * @param y       the series, finite, at least 3 observations (not modified)
     * @param options the search options
     * @return the selected, fitted model
     * @throws IllegalArgumentException when {@code y} is null, shorter than 3, has a non-finite value, is
     *                                  constant, or is a polynomial in time (constant after the chosen
     *                                  differencing)
     * @throws ConvergenceException     when no candidate model can be fitted, or with {@code options.strict()}
     *                                  when the selected model did not converge
     */
    public static ArimaModel fit(double[] y, Options options) {
        Checks.require(options != null, "options must not be null");
        int n = Checks.requireFiniteVector(y, "y");
        Checks.require(n >= 3, "y must have at least 3 observations, was %d", n);
        Checks.require(!UnitRootTests.isConstant(y), "y must not be constant, all %d values were %s", n, y[0]);
        double[] x = y.clone();
        int m = options.period();
        int maxP = Math.min(options.maxP(), n / 3);
        int maxQ = Math.min(options.maxQ(), n / 3);
        int maxSP = Math.min(options.maxSeasonalP(), n / 3 / m);
        int maxSQ = Math.min(options.maxSeasonalQ(), n / 3 / m);
        int seasonalD;
        if (m == 1) {
            seasonalD = 0;
            maxSP = 0;
            maxSQ = 0;
        } else if (n <= 2 * m) {
            seasonalD = 0;
        } else {
            seasonalD = UnitRootTests.nsdiffs(x, m);
        }
        double[] dx = seasonalD > 0 ? ArimaProblem.difference(x, seasonalLag(m)) : x;
        int d = UnitRootTests.ndiffs(dx, 0.05, options.maxD());
        for (int i = 0; i < d; i++) {
            dx = ArimaProblem.difference(dx, new double[] {1});
        }
        Checks.require(dx.length > 0, "y is too short (%d observations) for d = %d, D = %d", n, d, seasonalD);
        Checks.require(!UnitRootTests.isConstant(dx),
                "y must not be a polynomial in time: it is constant after d = %d, D = %d differences", d,
                seasonalD);
        if (m > 1) {
            if (maxSP > 0) {
                maxP = Math.min(maxP, m - 1);
            }
            if (maxSQ > 0) {
                maxQ = Math.min(maxQ, m - 1);
            }
        }
        boolean approximation = options.approximates(n);
        double offset = approximation ? offset(x, d, seasonalD, m, options.maxIterations()) : 0;
        OrderSearch.Limits limits = new OrderSearch.Limits(maxP, maxQ, maxSP, maxSQ, options.maxOrder(),
                options.maxModels(), d + seasonalD <= 1);
        OrderSearch search = new OrderSearch(x, d, seasonalD, m, offset, n <= SMALL_SAMPLE,
                options.maxIterations());
        OrderSearch.Candidate best = options.stepwise() ? search.stepwise(limits, approximation, n < 10)
                : search.exhaustive(limits, approximation);
        if (best == null || best.model() == null || !Double.isFinite(best.ic())) {
            throw new ConvergenceException(Checks.message(
                    "auto ARIMA: no suitable model found for d = %d, D = %d (every candidate failed to fit or "
                            + "had a root near the unit circle)", d, seasonalD));
        }
        ArimaModel model = best.model();
        if (options.strict() && !model.converged()) {
            throw new ConvergenceException(Checks.message(
                    "auto ARIMA: the selected model %s did not converge within %d iterations; raise the budget "
                            + "by fitting it with Arima.fit, or use strict = false to accept the best point found",
                    model.spec().label(), model.spec().maxIterations()));
        }
        return model;
    }

    /** forecast scores by AIC instead of AICc when the series has at most this many values. */
    private static final int SMALL_SAMPLE = 3;

    private static double[] seasonalLag(int m) {
        double[] delta = new double[m];
        delta[m - 1] = 1;
        return delta;
    }

    /**
     * forecast's approximation offset {@code -2 logLik - n log sigma²} of ARIMA(0,d,0)(0,D,0) fitted by CSS-ML
     * (with a mean when d + D = 0), used whether or not its optimiser converged; 0 when it cannot be fitted.
     */
    private static double offset(double[] x, int d, int seasonalD, int m, int maxIterations) {
        try {
            ArimaModel base = Arima.fit(x, ArimaSpec.of(0, d, 0).withSeasonal(0, seasonalD, 0, m)
                    .withMaxIterations(maxIterations));
            return -2 * base.logLikelihood() - x.length * Math.log(base.sigma2());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
