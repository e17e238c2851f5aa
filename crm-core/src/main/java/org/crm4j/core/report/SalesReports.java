package org.crm4j.core.report;

import java.time.Instant;
import java.util.List;

/**
 * Port: reporting queries over sales and returns. Adapters may compute them in SQL. Every query covers the sales
 * and returns whose time lies in {@code [from, to)} and groups amounts by currency. Results are complete lists
 * (not paged) in the documented order, where ids are ordered by the unsigned order of their UUID and currencies
 * by code. The contract suite {@code org.crm4j.core.contract.SalesReportsContract} in crm-core's test-jar checks
 * an implementation. Implementations are thread-safe.
 */
public interface SalesReports {

    /**
     * Net units and revenue per product, UTC calendar month and currency.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one entry per product, month and currency with a sale or return, ordered by month, product id,
     *         currency
     */
    List<ProductMonthlySales> salesPerProductPerMonth(Instant from, Instant to);

    /**
     * Net revenue and number of sales per customer and currency.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one entry per customer and currency with a sale or return, ordered by customer id, currency
     */
    List<CustomerRevenue> revenuePerCustomer(Instant from, Instant to);

    /**
     * Recency, frequency and monetary inputs per customer and currency.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one entry per customer and currency with at least one sale (not only returns), ordered by customer
     *         id, currency
     */
    List<RfmInput> rfmInputs(Instant from, Instant to);

    /**
     * Sales, returns and net revenue per UTC calendar day and currency.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one entry per day and currency with a sale or return, ordered by day, currency
     */
    List<DailySales> salesByDay(Instant from, Instant to);
}
