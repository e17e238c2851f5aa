package org.crm4j.core.timeline;

import java.util.List;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: reads what happened to a customer from every feature's records. The contract suite
 * {@code org.crm4j.core.contract.TimelineContract} in crm-core's test-jar checks an implementation.
 *
 * <p>An adapter reads each source (activities, sales and returns, opportunity stage changes, campaign responses
 * and conversions, ticket openings and resolutions, survey answers) in the order {@link TimelineEntry#NEWEST_FIRST}
 * restricted to that source, at most {@code limit} entries of each, and merges them; a new source is one more such
 * read.
 * Thread-safe; takes part in a running transaction.
 */
public interface TimelineReader {

    /**
     * @param customer the customer
     * @param limit    how many entries to read, at least 1
     * @return the customer's first {@code limit} entries (fewer if there are fewer) in the order
     *         {@link TimelineEntry#NEWEST_FIRST}
     */
    List<TimelineEntry> newest(CustomerId customer, int limit);

    /**
     * @param customer the customer
     * @return how many entries the customer's timeline holds
     */
    long count(CustomerId customer);
}
