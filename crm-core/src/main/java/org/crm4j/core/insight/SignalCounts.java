package org.crm4j.core.insight;

import java.util.Objects;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's events of a period, as {@link CustomerSignals} counts them. All counts are {@code >= 0} and
 * {@code complaints <= tickets}.
 *
 * @param customerId        the customer
 * @param returns           returns (sale rows returning an earlier sale) in the currency
 * @param campaignResponses campaigns the customer responded to
 * @param deteriorations    status changes to a worse status of the customer's relationships
 * @param tickets           tickets opened for the customer
 * @param complaints        those tickets whose category is a complaint category
 */
public record SignalCounts(CustomerId customerId, long returns, long campaignResponses, long deteriorations,
        long tickets, long complaints) {

    /** Checks the counts. */
    public SignalCounts {
        Objects.requireNonNull(customerId, "customerId");
        if (returns < 0 || campaignResponses < 0 || deteriorations < 0 || complaints < 0 || tickets < complaints) {
            throw new IllegalArgumentException("signal counts must be >= 0 and complaints <= tickets, was " + returns
                    + ", " + campaignResponses + ", " + deteriorations + ", " + tickets + ", " + complaints);
        }
    }
}
