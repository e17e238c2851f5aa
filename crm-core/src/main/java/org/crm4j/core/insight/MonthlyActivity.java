package org.crm4j.core.insight;

import java.time.YearMonth;
import java.util.Objects;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's sales and returns in one currency and UTC calendar month, as {@link PurchaseHistories} reports
 * them.
 *
 * @param customerId the customer
 * @param month      the UTC calendar month
 * @param purchases  the number of sales (returns not counted), {@code >= 0}
 * @param revenue    the net revenue: sales minus returns
 */
public record MonthlyActivity(CustomerId customerId, YearMonth month, long purchases, Money revenue) {

    /** Checks that no component is null and that the count is not negative. */
    public MonthlyActivity {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(revenue, "revenue");
        if (purchases < 0) {
            throw new IllegalArgumentException("purchases must be >= 0, was " + purchases);
        }
    }
}
