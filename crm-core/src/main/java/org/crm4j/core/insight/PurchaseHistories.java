package org.crm4j.core.insight;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * Port: each customer's purchase history in one currency, summarised for lifetime models. Adapters compute it
 * with one aggregate query (crm-jpa: a SQL {@code GROUP BY}); the in-memory adapter by scanning. Implementations
 * are thread-safe. Checked by {@code org.crm4j.core.contract.InsightServiceContract} on every adapter.
 */
public interface PurchaseHistories {

    /**
     * Summarises the sales and returns in {@code currency} whose time lies in {@code [from, to)}. A transaction is
     * one distinct sale time: the lines of one order recorded with the same {@code soldAt} count once.
     *
     * @param currency the currency, not null
     * @param from     the start, inclusive
     * @param to       the end, exclusive, not before {@code from}
     * @return one entry per customer with at least one sale (not only returns) in the period and currency,
     *         ordered by customer id (unsigned UUID order)
     */
    List<PurchaseHistory> purchaseHistories(Currency currency, Instant from, Instant to);

    /**
     * Sales and returns in {@code currency} whose time lies in {@code [from, to)}, per customer and UTC calendar
     * month.
     *
     * @param currency the currency, not null
     * @param from     the start, inclusive
     * @param to       the end, exclusive, not before {@code from}
     * @return one entry per customer and month with a sale or return, ordered by customer id (unsigned UUID
     *         order), month
     */
    List<MonthlyActivity> monthlyActivity(Currency currency, Instant from, Instant to);

    /**
     * Sales and returns in {@code currency} whose time lies in {@code [from, to)}, per customer and ISO week
     * (Monday 00:00 UTC to the next Monday).
     *
     * @param currency the currency, not null
     * @param from     the start, inclusive
     * @param to       the end, exclusive, not before {@code from}
     * @return one entry per customer and week with a sale or return, ordered by customer id (unsigned UUID
     *         order), week
     */
    List<WeeklyActivity> weeklyActivity(Currency currency, Instant from, Instant to);
}
