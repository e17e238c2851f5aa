package org.crm4j.core.insight;

import java.time.Instant;
import java.util.Currency;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#lifetimeValue(LifetimeOptions)} values: the purchase histories in one currency up to a
 * calibration end, and the horizon and discounting of the lifetime value. Valid by construction: the compact
 * constructor refuses bad values with a {@link ValidationException} naming the field and the rule.
 *
 * @param currency           the currency analysed, not null
 * @param calibrationEnd     the end of the observed history (sales in {@code [1970-01-01T00:00Z, calibrationEnd)}
 *                           count), not null, after the epoch
 * @param periods            the number of periods of the horizon, in {@code [1, 1000]}
 * @param periodDays         the length of a period in days, in {@code [1, 366]}; the horizon is
 *                           {@code periods × periodDays} days
 * @param annualDiscountRate the yearly discount rate (0.10 = 10 % a year), finite, in {@code [0, 1]}; a period of
 *                           {@code p} days is discounted by {@code (1 + rate)^(p / 365) − 1}
 */
public record LifetimeOptions(Currency currency, Instant calibrationEnd, int periods, int periodDays,
        double annualDiscountRate) {

    /** The default number of periods: 12 periods of 30 days, about a year. */
    public static final int DEFAULT_PERIODS = 12;
    /** The default period length in days. */
    public static final int DEFAULT_PERIOD_DAYS = 30;
    /** The default yearly discount rate, 10 %. */
    public static final double DEFAULT_ANNUAL_DISCOUNT_RATE = 0.10;

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code currency}, {@code calibrationEnd} ({@code must not be null},
     *                             {@code must be after 1970-01-01T00:00:00Z}), {@code periods}
     *                             ({@code must be in [1, 1000]}), {@code periodDays} ({@code must be in [1, 366]})
     *                             or {@code annualDiscountRate} ({@code must be in [0, 1]})
     */
    public LifetimeOptions {
        if (currency == null) {
            throw new ValidationException("currency", "must not be null", null);
        }
        if (calibrationEnd == null) {
            throw new ValidationException("calibrationEnd", "must not be null", null);
        }
        if (!calibrationEnd.isAfter(Instant.EPOCH)) {
            throw new ValidationException("calibrationEnd", "must be after 1970-01-01T00:00:00Z", calibrationEnd);
        }
        if (periods < 1 || periods > 1000) {
            throw new ValidationException("periods", "must be in [1, 1000]", periods);
        }
        if (periodDays < 1 || periodDays > 366) {
            throw new ValidationException("periodDays", "must be in [1, 366]", periodDays);
        }
        if (!(annualDiscountRate >= 0 && annualDiscountRate <= 1)) {
            throw new ValidationException("annualDiscountRate", "must be in [0, 1]", annualDiscountRate);
        }
    }

    /**
     * @param currency       the currency analysed
     * @param calibrationEnd the end of the observed history
     * @return options valuing 12 periods of 30 days at 10 % a year
     * @throws ValidationException as the constructor
     */
    public static LifetimeOptions of(Currency currency, Instant calibrationEnd) {
        return new LifetimeOptions(currency, calibrationEnd, DEFAULT_PERIODS, DEFAULT_PERIOD_DAYS,
                DEFAULT_ANNUAL_DISCOUNT_RATE);
    }

    /**
     * @param count  the number of periods
     * @param days   the length of a period in days
     * @return a copy with that horizon
     * @throws ValidationException as the constructor
     */
    public LifetimeOptions withHorizon(int count, int days) {
        return new LifetimeOptions(currency, calibrationEnd, count, days, annualDiscountRate);
    }

    /**
     * @param rate the yearly discount rate
     * @return a copy with that rate
     * @throws ValidationException as the constructor
     */
    public LifetimeOptions withAnnualDiscountRate(double rate) {
        return new LifetimeOptions(currency, calibrationEnd, periods, periodDays, rate);
    }

    /** @return the discount rate per period: {@code (1 + annualDiscountRate)^(periodDays / 365) − 1} */
    public double periodDiscountRate() {
        return Math.pow(1 + annualDiscountRate, periodDays / 365.0) - 1;
    }
}
