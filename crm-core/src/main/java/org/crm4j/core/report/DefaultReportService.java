package org.crm4j.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/** The report service over the port; see {@link ReportService}. */
final class DefaultReportService implements ReportService {

    private final SalesReports reports;
    private final Transactions transactions;

    DefaultReportService(SalesReports reports, Transactions transactions) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public List<ProductMonthlySales> salesPerProductPerMonth(Instant from, Instant to) {
        checkPeriod(from, to);
        return transactions.inTransaction(() -> reports.salesPerProductPerMonth(from, to));
    }

    @Override
    public List<CustomerRevenue> revenuePerCustomer(Instant from, Instant to) {
        checkPeriod(from, to);
        return transactions.inTransaction(() -> reports.revenuePerCustomer(from, to));
    }

    @Override
    public List<RfmInput> rfmInputs(Instant from, Instant to) {
        checkPeriod(from, to);
        return transactions.inTransaction(() -> reports.rfmInputs(from, to));
    }

    private static void checkPeriod(Instant from, Instant to) {
        Require.period("from", from, "to", to);
    }
}
