package org.crm4j.core.insight;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.crm4j.core.ValidationException;

/**
 * What {@link InsightService#retention(CohortOptions)} tabulates: the monthly acquisition cohorts (customers by the
 * UTC month of their first purchase in one currency) from {@code from} to {@code to}, followed through {@code to}.
 * Valid by construction. Cohorts are monthly; weekly cohorts are not offered.
 *
 * @param currency the currency analysed, not null
 * @param from     the first cohort month, not null, not before 1970-01
 * @param to       the last cohort month and the end of the observation (inclusive), not null, not before
 *                 {@code from}, at most {@value #MAX_MONTHS} months after it
 */
public record CohortOptions(Currency currency, YearMonth from, YearMonth to) {

    /** The longest span of months, 20 years: a table of at most 240 × 240 cells. */
    public static final int MAX_MONTHS = 240;

    /**
     * Checks the options.
     *
     * @throws ValidationException on field {@code currency}, {@code from} or {@code to} ({@code must not be
     *                             null}), {@code from} ({@code must not be before 1970-01}) or {@code to}
     *                             ({@code must not be before from}, {@code must be at most 240 months after from})
     */
    public CohortOptions {
        if (currency == null) {
            throw new ValidationException("currency", "must not be null", null);
        }
        if (from == null) {
            throw new ValidationException("from", "must not be null", null);
        }
        if (to == null) {
            throw new ValidationException("to", "must not be null", null);
        }
        if (from.isBefore(YearMonth.of(1970, 1))) {
            throw new ValidationException("from", "must not be before 1970-01", from);
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from", to);
        }
        if (ChronoUnit.MONTHS.between(from, to) > MAX_MONTHS) {
            throw new ValidationException("to", "must be at most " + MAX_MONTHS + " months after from", to);
        }
    }

    /**
     * @param currency the currency
     * @param from     the first cohort month
     * @param to       the last month
     * @return the options
     * @throws ValidationException as the constructor
     */
    public static CohortOptions of(Currency currency, YearMonth from, YearMonth to) {
        return new CohortOptions(currency, from, to);
    }
}
