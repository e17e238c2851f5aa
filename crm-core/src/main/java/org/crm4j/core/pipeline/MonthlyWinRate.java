package org.crm4j.core.pipeline;

import java.time.YearMonth;
import org.crm4j.core.Money;
import org.crm4j.core.Require;

/**
 * The opportunities closed in one UTC calendar month, in one currency. Immutable.
 *
 * @param month     the UTC month of the closing time (the change to CLOSED_WON or CLOSED_LOST)
 * @param won       how many were won, &gt;= 0
 * @param lost      how many were lost, &gt;= 0
 * @param wonAmount the summed amount of the won ones, in the group's currency
 */
public record MonthlyWinRate(YearMonth month, long won, long lost, Money wonAmount) {

    /** Checks the components. */
    public MonthlyWinRate {
        Require.nonNull("month", month);
        Require.notNegative("won", won);
        Require.notNegative("lost", lost);
        Require.nonNull("wonAmount", wonAmount);
    }

    /** @return won / (won + lost), a fraction in [0, 1]; NaN when nothing closed */
    public double winRate() {
        return WinRates.rate(won, lost);
    }

    /** @return the average amount of a won deal, rounded half-even to the currency's digits; zero if none won */
    public Money averageDealSize() {
        return WinRates.average(wonAmount, won);
    }
}
