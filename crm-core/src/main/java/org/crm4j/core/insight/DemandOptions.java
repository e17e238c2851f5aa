package org.crm4j.core.insight;

import java.time.Instant;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#demand} forecasts and how. Valid by construction: the compact constructor refuses bad
 * values with a {@link ValidationException} naming the field and the rule.
 *
 * <p>The history is every complete period before the one holding {@code asOf}, from the product's first sale on
 * (periods without sales count as zero). The last {@code holdoutPeriods} periods are forecast from the periods
 * before them ({@code holdoutOrigins} origins, each one period earlier than the next) to measure the model; then
 * the model is fitted on the whole history and forecasts {@code horizon} periods.
 *
 * @param period          weeks or months, not null
 * @param asOf            the moment the forecast is made, not null, after the epoch
 * @param model           the model, not null
 * @param horizon         the periods forecast, in {@code [2, 104]}
 * @param holdoutPeriods  the periods held out to measure the model, in {@code [1, 104]} (fewer when the history
 *                        is short)
 * @param holdoutOrigins  the forecast origins of the rolling holdout, in {@code [1, 12]}
 * @param leadTimePeriods the replenishment lead time in periods, in {@code [1, horizon - 1]}
 * @param serviceLevel    the probability of no stock-out during a lead time (cycle service level), in
 *                        {@code [0.5, 0.999]}
 * @param threads         the products {@link InsightService#demandForAll} forecasts at once, in {@code [0, 256]};
 *                        0 means one per available processor
 */
public record DemandOptions(DemandPeriod period, Instant asOf, DemandModel model, int horizon, int holdoutPeriods,
        int holdoutOrigins, int leadTimePeriods, double serviceLevel, int threads) {

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code period}, {@code asOf}, {@code model} ({@code must not be null}),
     *                             {@code asOf} ({@code must be after 1970-01-01T00:00:00Z}), {@code horizon}
     *                             ({@code must be in [2, 104]}), {@code holdoutPeriods} ({@code must be in [1,
     *                             104]}), {@code holdoutOrigins} ({@code must be in [1, 12]}),
     *                             {@code leadTimePeriods} ({@code must be in [1, horizon - 1] (horizon = 12)}),
     *                             {@code serviceLevel} ({@code must be in [0.5, 0.999]}) or {@code threads}
     *                             ({@code must be in [0, 256]})
     */
    public DemandOptions {
        if (period == null) {
            throw new ValidationException("period", "must not be null", null);
        }
        if (asOf == null) {
            throw new ValidationException("asOf", "must not be null", null);
        }
        if (!asOf.isAfter(Instant.EPOCH)) {
            throw new ValidationException("asOf", "must be after 1970-01-01T00:00:00Z", asOf);
        }
        if (model == null) {
            throw new ValidationException("model", "must not be null", null);
        }
        if (horizon < 2 || horizon > 104) {
            throw new ValidationException("horizon", "must be in [2, 104]", horizon);
        }
        if (holdoutPeriods < 1 || holdoutPeriods > 104) {
            throw new ValidationException("holdoutPeriods", "must be in [1, 104]", holdoutPeriods);
        }
        if (holdoutOrigins < 1 || holdoutOrigins > 12) {
            throw new ValidationException("holdoutOrigins", "must be in [1, 12]", holdoutOrigins);
        }
        if (leadTimePeriods < 1 || leadTimePeriods > horizon - 1) {
            throw new ValidationException("leadTimePeriods",
                    "must be in [1, horizon - 1] (horizon = " + horizon + ")", leadTimePeriods);
        }
        if (!(serviceLevel >= 0.5 && serviceLevel <= 0.999)) {
            throw new ValidationException("serviceLevel", "must be in [0.5, 0.999]", serviceLevel);
        }
        if (threads < 0 || threads > 256) {
            throw new ValidationException("threads", "must be in [0, 256]", threads);
        }
    }

    /**
     * @param period weeks or months
     * @param asOf   the moment of the forecast
     * @return the best of ARIMA and ETS, a horizon and holdout of one year of months or a quarter of weeks (12 or
     *         13), one origin, a lead time of one period, a 95 % service level, one thread per processor
     * @throws ValidationException as the constructor
     */
    public static DemandOptions of(DemandPeriod period, Instant asOf) {
        int year = period == DemandPeriod.WEEK ? 13 : 12;
        return new DemandOptions(period, asOf, DemandModel.BEST, year, year, 1, 1, 0.95, 0);
    }

    /**
     * @param value the model
     * @return a copy with it
     * @throws ValidationException on field {@code model} if null
     */
    public DemandOptions withModel(DemandModel value) {
        return new DemandOptions(period, asOf, value, horizon, holdoutPeriods, holdoutOrigins, leadTimePeriods,
                serviceLevel, threads);
    }

    /**
     * @param value the periods forecast
     * @return a copy with it
     * @throws ValidationException on field {@code horizon} or {@code leadTimePeriods} if out of range
     */
    public DemandOptions withHorizon(int value) {
        return new DemandOptions(period, asOf, model, value, holdoutPeriods, holdoutOrigins, leadTimePeriods,
                serviceLevel, threads);
    }

    /**
     * @param periods the periods held out
     * @param origins the forecast origins
     * @return a copy with them
     * @throws ValidationException on field {@code holdoutPeriods} or {@code holdoutOrigins} if out of range
     */
    public DemandOptions withHoldout(int periods, int origins) {
        return new DemandOptions(period, asOf, model, horizon, periods, origins, leadTimePeriods, serviceLevel,
                threads);
    }

    /**
     * @param leadTime     the lead time in periods
     * @param level        the cycle service level
     * @return a copy with them
     * @throws ValidationException on field {@code leadTimePeriods} or {@code serviceLevel} if out of range
     */
    public DemandOptions withInventory(int leadTime, double level) {
        return new DemandOptions(period, asOf, model, horizon, holdoutPeriods, holdoutOrigins, leadTime, level,
                threads);
    }

    /**
     * @param value the number of threads, 0 for one per processor
     * @return a copy with it
     * @throws ValidationException on field {@code threads} if out of range
     */
    public DemandOptions withThreads(int value) {
        return new DemandOptions(period, asOf, model, horizon, holdoutPeriods, holdoutOrigins, leadTimePeriods,
                serviceLevel, value);
    }
}
