package org.crm4j.core.ticket;

import java.time.Duration;
import java.util.Optional;
import org.crm4j.core.Require;

/**
 * How many tickets were unsolved (NEW, OPEN or PENDING) at an instant with an age in {@code [from, to)}, the age
 * being the wall-clock time since the ticket was opened (not business time). Immutable.
 *
 * @param from    the youngest age of the bucket, inclusive, &gt;= 0
 * @param to      the oldest age, exclusive; empty for the last, open-ended bucket
 * @param tickets how many tickets, &gt;= 0
 */
public record BacklogBucket(Duration from, Optional<Duration> to, long tickets) {

    /**
     * @throws org.crm4j.core.ValidationException naming the component that is null or negative
     */
    public BacklogBucket {
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.notNegative("tickets", tickets);
    }
}
