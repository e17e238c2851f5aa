package org.crm4j.core.insight;

import java.util.Objects;
import org.crm4j.core.Money;

/**
 * One tenth of the customers of {@link RetentionCohorts}, by net revenue: decile 1 holds the customers of highest
 * revenue. Customer {@code i} of {@code n} (by revenue, descending; ties in the order of cohort month, then customer id) is in decile
 * {@code 1 + ⌊10 i / n⌋}.
 *
 * @param decile       1 to 10
 * @param customers    the number of customers in the decile (0 when there are fewer than 10 customers)
 * @param revenue      their net revenue
 * @param revenueShare their share of the total net revenue (NaN when the total is zero)
 */
public record RevenueDecile(int decile, int customers, Money revenue, double revenueShare) {

    /** Checks the revenue. */
    public RevenueDecile {
        Objects.requireNonNull(revenue, "revenue");
    }
}
