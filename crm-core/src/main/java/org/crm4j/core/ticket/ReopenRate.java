package org.crm4j.core.ticket;

import java.time.YearMonth;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Of the tickets opened in one UTC month, how many have been resolved at least once and how many of those were
 * reopened at least once (both as stored at the time of the report). Immutable.
 *
 * @param month    the UTC month of opening
 * @param resolved tickets resolved at least once, &gt;= 0
 * @param reopened of those, tickets reopened at least once, in [0, resolved]
 */
public record ReopenRate(YearMonth month, long resolved, long reopened) {

    /**
     * @throws ValidationException naming the component that breaks its rule
     */
    public ReopenRate {
        Require.nonNull("month", month);
        Require.notNegative("resolved", resolved);
        if (reopened < 0 || reopened > resolved) {
            throw new ValidationException("reopened", "must be in [0, resolved]", reopened);
        }
    }

    /** @return {@code reopened / resolved}, NaN if none was resolved */
    public double rate() {
        return resolved == 0 ? Double.NaN : (double) reopened / resolved;
    }
}
