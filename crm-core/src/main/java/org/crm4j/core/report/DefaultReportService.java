package org.crm4j.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/** The report service over the port; see {@link ReportService}. */
final class DefaultReportService implements ReportService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

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

    @Override
    public List<PeriodSales> salesByPeriod(LocalDate from, LocalDate to, SalesPeriod period) {
        Require.nonNull("period", period);
        Require.period("from", from, "to", to);
        Require.storable("from", from);
        Require.storable("to", to);
        requireStart("from", from, period);
        requireStart("to", to, period);
        if (period.count(from, to) > MAX_PERIODS) {
            throw new ValidationException("to", "must be at most " + MAX_PERIODS + " periods after from", to);
        }
        LocalDate first = period.previous(from);
        List<DailySales> days = transactions.inTransaction(() -> reports.salesByDay(
                first.atStartOfDay(ZoneOffset.UTC).toInstant(), to.atStartOfDay(ZoneOffset.UTC).toInstant()));
        Map<Currency, Map<LocalDate, DailySales>> byCurrency = new TreeMap<>(BY_CODE);
        for (DailySales day : days) {
            Currency currency = day.revenue().currency();
            byCurrency.computeIfAbsent(currency, c -> new TreeMap<>()).merge(period.startOf(day.day()),
                    new DailySales(period.startOf(day.day()), day.sales(), day.returns(), day.revenue()),
                    (a, b) -> new DailySales(a.day(), a.sales() + b.sales(), a.returns() + b.returns(),
                            a.revenue().plus(b.revenue())));
        }
        List<PeriodSales> rows = new ArrayList<>();
        byCurrency.forEach((currency, periods) -> {
            Money previous = revenue(periods.get(first), currency);
            for (LocalDate start = from; start.isBefore(to); start = period.next(start)) {
                DailySales current = periods.get(start);
                Money revenue = revenue(current, currency);
                Money change = revenue.minus(previous);
                Optional<BigDecimal> percent = previous.isZero() ? Optional.empty()
                        : Optional.of(change.amount().multiply(HUNDRED)
                                .divide(previous.amount().abs(), 2, RoundingMode.HALF_EVEN));
                rows.add(new PeriodSales(start, period.next(start), current == null ? 0 : current.sales(),
                        current == null ? 0 : current.returns(), revenue, previous, change, percent));
                previous = revenue;
            }
        });
        return List.copyOf(rows);
    }

    private static Money revenue(DailySales sales, Currency currency) {
        return sales == null ? Money.zero(currency) : sales.revenue();
    }

    private static void requireStart(String field, LocalDate day, SalesPeriod period) {
        if (!period.startsOn(day)) {
            throw new ValidationException(field, period.startRule(), day);
        }
    }

    private static void checkPeriod(Instant from, Instant to) {
        Require.period("from", from, "to", to);
    }
}
