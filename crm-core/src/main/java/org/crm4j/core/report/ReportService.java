package org.crm4j.core.report;

import java.time.Instant;
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
}
