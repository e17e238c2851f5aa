package org.crm4j.core.report;

import java.time.Instant;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;

/**
 * The inputs of recency-frequency-monetary analysis for one customer and currency over a period; only customers
 * with at least one sale in the period have one.
 *
 * @param customerId   the customer
 * @param lastPurchase the time of the customer's latest sale in the period (recency)
 * @param frequency    the number of sales in the period, at least 1 (returns not counted)
 * @param monetary     the net revenue in the period (returns netted in)
 */
public record RfmInput(CustomerId customerId, Instant lastPurchase, long frequency, Money monetary) {
}
