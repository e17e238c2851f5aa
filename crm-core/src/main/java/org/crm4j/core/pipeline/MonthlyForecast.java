package org.crm4j.core.pipeline;

import java.time.YearMonth;
import org.crm4j.core.Money;
import org.crm4j.core.Require;

/**
 * Expected revenue of the open opportunities expected to close in one month, in one currency. Immutable.
 *
 * @param month    the month of the expected close date
 * @param count    how many open opportunities
 * @param weighted Σ amount × probability / 100, rounded half-even to the currency's digits once
 */
public record MonthlyForecast(YearMonth month, long count, Money weighted) {

    /** Checks the components. */
    public MonthlyForecast {
        Require.nonNull("month", month);
        Require.notNegative("count", count);
        Require.nonNull("weighted", weighted);
    }
}
