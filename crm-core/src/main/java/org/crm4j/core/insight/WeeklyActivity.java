package org.crm4j.core.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's sales and returns in one currency and ISO week (Monday 00:00 to Monday 00:00 UTC), as
 * {@link PurchaseHistories} reports them.
 *
 * @param customerId the customer
 * @param week       the Monday the week starts on
 * @param purchases  the number of sales (returns not counted), {@code >= 0}
 * @param revenue    the net revenue: sales minus returns
 */
public record WeeklyActivity(CustomerId customerId, LocalDate week, long purchases, Money revenue) {

    /** Checks that no component is null, that the week starts on a Monday and that the count is not negative. */
    public WeeklyActivity {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(revenue, "revenue");
        if (purchases < 0 || week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("week must be a Monday and purchases >= 0, was " + week + ", "
                    + purchases);
        }
    }
}
