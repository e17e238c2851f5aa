package org.crm4j.core.report;

import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;

/**
 * The net revenue from one customer in one currency over a period.
 *
 * @param customerId the customer
 * @param revenue    sum of unit price times quantity over the customer's sales and returns (returns negative)
 * @param sales      the number of sales (returns not counted)
 */
public record CustomerRevenue(CustomerId customerId, Money revenue, long sales) {
}
