package org.crm4j.core.insight;

import java.time.Instant;
import java.util.Objects;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's purchases in one currency over a period, as {@link PurchaseHistories} reports them.
 *
 * @param customerId    the customer
 * @param firstPurchase the time of the earliest sale (not return) in the period
 * @param lastPurchase  the time of the latest sale in the period, not before {@code firstPurchase}
 * @param transactions  the number of distinct sale times, at least 1
 * @param revenue       the net revenue of the period: sales minus returns
 */
public record PurchaseHistory(CustomerId customerId, Instant firstPurchase, Instant lastPurchase, long transactions,
        Money revenue) {

    /** Checks that no component is null and that the counts and times are consistent. */
    public PurchaseHistory {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(lastPurchase, "lastPurchase");
        Objects.requireNonNull(revenue, "revenue");
        if (transactions < 1 || lastPurchase.isBefore(firstPurchase)) {
            throw new IllegalArgumentException("purchase history must have transactions >= 1 and lastPurchase >= "
                    + "firstPurchase, was " + transactions + ", " + firstPurchase + ", " + lastPurchase);
        }
    }
}
