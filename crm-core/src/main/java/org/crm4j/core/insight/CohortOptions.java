package org.crm4j.core.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Locale;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#retention(CohortOptions)} tabulates: the acquisition cohorts (customers by the UTC
 * month or ISO week of their first purchase in one currency) whose period starts from {@code from} to {@code to},
 * followed through the period starting at {@code to}. Valid by construction.
 *
 * @param currency the currency analysed, not null
 * @param period   monthly or weekly cohorts, not null
 * @param from     the start of the first cohort's period, not null, not before 1970-01-01: the first day of a
 *                 month for {@link CohortPeriod#MONTH}, a Monday for {@link CohortPeriod#WEEK}
 * @param to       the start of the last cohort's period and of the last period observed (inclusive), not null, of
 *                 the same kind as {@code from}, not before it, at most {@value #MAX_PERIODS} periods after it
 */
public record CohortOptions(Currency currency, CohortPeriod period, LocalDate from, LocalDate to) {

    /** The most periods between {@code from} and {@code to}: a table of at most 241 × 241 cells. */
    public static final int MAX_PERIODS = 240;

    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code currency}, {@code period}, {@code from} or {@code to}
     *                             ({@code must not be null}), {@code from} ({@code must not be before 1970-01-01},
     *                             {@code must be the first day of a month} or {@code must be a Monday}) or
     *                             {@code to} ({@code must be the first day of a month}, {@code must be a Monday},
     *                             {@code must not be before from}, {@code must be at most 240 months after from},
     *                             {@code must be at most 240 weeks after from})
     */
    public CohortOptions {
        if (currency == null) {
            throw new ValidationException("currency", "must not be null", null);
        }
        if (period == null) {
            throw new ValidationException("period", "must not be null", null);
        }
        if (from == null) {
            throw new ValidationException("from", "must not be null", null);
        }
        if (to == null) {
            throw new ValidationException("to", "must not be null", null);
        }
        if (from.isBefore(EPOCH)) {
            throw new ValidationException("from", "must not be before 1970-01-01", from);
        }
        checkStart("from", from, period);
        checkStart("to", to, period);
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from", to);
        }
        if (period.between(from, to) > MAX_PERIODS) {
            throw new ValidationException("to", "must be at most " + MAX_PERIODS + " "
                    + period.name().toLowerCase(Locale.ROOT) + "s after from", to);
        }
    }

    private static void checkStart(String field, LocalDate start, CohortPeriod period) {
        if (period == CohortPeriod.MONTH && start.getDayOfMonth() != 1) {
            throw new ValidationException(field, "must be the first day of a month", start);
        }
        if (period == CohortPeriod.WEEK && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new ValidationException(field, "must be a Monday", start);
        }
    }

    /**
     * Monthly cohorts.
     *
     * @param currency the currency
     * @param from     the first cohort month, not null
     * @param to       the last month, not null
     * @return the options
     * @throws ValidationException as the constructor (field {@code from} or {@code to} {@code must not be null})
     */
    public static CohortOptions of(Currency currency, YearMonth from, YearMonth to) {
        return new CohortOptions(currency, CohortPeriod.MONTH, from == null ? null : from.atDay(1),
                to == null ? null : to.atDay(1));
    }

    /**
     * Weekly cohorts (ISO weeks, Monday to Sunday, UTC).
     *
     * @param currency the currency
     * @param from     the Monday of the first cohort week
     * @param to       the Monday of the last week
     * @return the options
     * @throws ValidationException as the constructor
     */
    public static CohortOptions weekly(Currency currency, LocalDate from, LocalDate to) {
        return new CohortOptions(currency, CohortPeriod.WEEK, from, to);
    }
}
