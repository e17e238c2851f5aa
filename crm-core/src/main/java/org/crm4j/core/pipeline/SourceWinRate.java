package org.crm4j.core.pipeline;

import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.lead.LeadSource;

/**
 * The opportunities of one lead source closed in a period, in one currency. An opportunity's source is the
 * {@link LeadSource} of the lead whose conversion opened it; opportunities created directly have none. Immutable.
 *
 * @param source    the lead source, or empty for opportunities not opened by a lead conversion
 * @param won       how many were won, &gt;= 0
 * @param lost      how many were lost, &gt;= 0
 * @param wonAmount the summed amount of the won ones, in the group's currency
 */
public record SourceWinRate(Optional<LeadSource> source, long won, long lost, Money wonAmount) {

    /** Checks the components. */
    public SourceWinRate {
        Require.nonNull("source", source);
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
