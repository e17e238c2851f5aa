package org.crm4j.core.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/**
 * Reports over sales history, each computed in one transaction; see {@link SalesReports} for the meaning of the
 * results. Thread-safe.
 */
public interface ReportService {

    /**
     * Creates the service.
     *
     * @param reports      the reporting port
     * @param transactions the transaction port
     * @return the service
     */
    static ReportService create(SalesReports reports, Transactions transactions) {
        return new DefaultReportService(reports, transactions);
    }

    /**
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return net units and revenue per product, UTC month and currency
     * @throws ValidationException on field {@code "from"} or {@code "to"} (null, or {@code to} before
     *                             {@code from})
     */
    List<ProductMonthlySales> salesPerProductPerMonth(Instant from, Instant to);

    /**
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return net revenue per customer and currency
     * @throws ValidationException on field {@code "from"} or {@code "to"}
     */
    List<CustomerRevenue> revenuePerCustomer(Instant from, Instant to);

    /**
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return RFM inputs per customer and currency
     * @throws ValidationException on field {@code "from"} or {@code "to"}
     */
    List<RfmInput> rfmInputs(Instant from, Instant to);

    /** The most periods {@link #salesByPeriod} reports at once. */
    int MAX_PERIODS = 3660;

    /**
     * Sales by day, week or month with the change against the period before. The periods are UTC calendar days,
     * ISO weeks (Monday to Sunday) or calendar months between {@code from} and {@code to}; each also gets the
     * revenue of the period just before it (for the first one that period lies before {@code from}). One row per
     * currency with a sale or return in {@code [previous period of from, to)} and per period, also for periods
     * without sales (zero), ordered by currency code, then start.
     *
     * <pre>{@code
     * crm.reports().salesByPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), SalesPeriod.MONTH);
     * }</pre>
     *
     * @param from   the first day of the first period, a period start (a Monday for WEEK, a 1st for MONTH)
     * @param to     the first day after the last period, a period start, not before {@code from}
     * @param period the length of the periods
     * @return the periods' sales; empty if {@code from == to} or nothing was sold
     * @throws ValidationException on {@code "period"}, {@code "from"}, {@code "to"} (null); on {@code "to"} if
     *                             before {@code from} or more than {@link #MAX_PERIODS} periods after it; on
     *                             {@code "from"}/{@code "to"} if not a period start ({@link SalesPeriod#startRule()})
     *                             or not between 1600-01-01 and 9999-12-31
     */
    List<PeriodSales> salesByPeriod(LocalDate from, LocalDate to, SalesPeriod period);
}
