package org.crm4j.core.pipeline;

import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;

/**
 * The opportunities one owner closed in a period, in one currency. Immutable.
 *
 * @param owner     the owner
 * @param won            how many were won
 * @param lost           how many were lost
 * @param wonAmount the summed amount of the won ones
 */
public record OwnerWinRate(UserId owner, long won, long lost, Money wonAmount) {

    /** Checks the components. */
    public OwnerWinRate {
        Require.nonNull("owner", owner);
        Require.notNegative("won", won);
        Require.notNegative("lost", lost);
        Require.nonNull("wonAmount", wonAmount);
    }

    /** @return won / (won + lost), in [0, 1]; NaN when nothing closed */
    public double winRate() {
        return WinRates.rate(won, lost);
    }

    /** @return the average amount of a won deal, rounded half-even to the currency's digits; zero if none won */
    public Money averageDealSize() {
        return WinRates.average(wonAmount, won);
    }
}
