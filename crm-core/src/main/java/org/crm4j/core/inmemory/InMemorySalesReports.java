package org.crm4j.core.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.report.CustomerRevenue;
import org.crm4j.core.report.DailySales;
import org.crm4j.core.report.ProductMonthlySales;
import org.crm4j.core.report.RfmInput;
import org.crm4j.core.report.SalesReports;
import org.crm4j.core.sales.Sale;

/** {@link SalesReports} computed by scanning the store's sales. */
final class InMemorySalesReports implements SalesReports {

    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);
    private static final Comparator<CustomerId> CUSTOMER_ORDER = Comparator.comparing(CustomerId::value,
            InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemorySalesReports(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<ProductMonthlySales> salesPerProductPerMonth(Instant from, Instant to) {
        Comparator<ProductMonthlySales> order = Comparator.comparing(ProductMonthlySales::month)
                .thenComparing(r -> r.productId().value(), InMemoryStore.UUID_ORDER)
                .thenComparing(r -> r.revenue().currency(), BY_CODE);
        Map<ProductMonthKey, ProductMonthlySales> totals = new HashMap<>();
        for (Sale sale : salesIn(from, to)) {
            ProductMonthKey key = new ProductMonthKey(sale.productId(),
                    YearMonth.from(sale.soldAt().atOffset(ZoneOffset.UTC)), sale.unitPrice().currency());
            totals.merge(key, new ProductMonthlySales(key.productId(), key.month(), sale.quantity(), sale.total()),
                    (a, b) -> new ProductMonthlySales(a.productId(), a.month(), a.quantity() + b.quantity(),
                            a.revenue().plus(b.revenue())));
        }
        List<ProductMonthlySales> result = new ArrayList<>(totals.values());
        result.sort(order);
        return List.copyOf(result);
    }

    @Override
    public List<CustomerRevenue> revenuePerCustomer(Instant from, Instant to) {
        Map<CustomerId, Map<Currency, CustomerRevenue>> totals = new TreeMap<>(CUSTOMER_ORDER);
        for (Sale sale : salesIn(from, to)) {
            totals.computeIfAbsent(sale.customerId(), id -> new TreeMap<>(BY_CODE)).merge(
                    sale.unitPrice().currency(),
                    new CustomerRevenue(sale.customerId(), sale.total(), sale.isReturn() ? 0 : 1),
                    (a, b) -> new CustomerRevenue(a.customerId(), a.revenue().plus(b.revenue()),
                            a.sales() + b.sales()));
        }
        return totals.values().stream().flatMap(byCurrency -> byCurrency.values().stream()).toList();
    }

    @Override
    public List<RfmInput> rfmInputs(Instant from, Instant to) {
        Map<CustomerId, Map<Currency, RfmInput>> totals = new TreeMap<>(CUSTOMER_ORDER);
        List<Sale> inPeriod = salesIn(from, to);
        for (Sale sale : inPeriod) {
            if (!sale.isReturn()) {
                totals.computeIfAbsent(sale.customerId(), id -> new TreeMap<>(BY_CODE)).merge(
                        sale.unitPrice().currency(),
                        new RfmInput(sale.customerId(), sale.soldAt(), 1, sale.total()),
                        (a, b) -> new RfmInput(a.customerId(),
                                a.lastPurchase().isAfter(b.lastPurchase()) ? a.lastPurchase() : b.lastPurchase(),
                                a.frequency() + b.frequency(), a.monetary().plus(b.monetary())));
            }
        }
        for (Sale sale : inPeriod) {
            Map<Currency, RfmInput> byCurrency = totals.get(sale.customerId());
            if (sale.isReturn() && byCurrency != null) {
                byCurrency.computeIfPresent(sale.unitPrice().currency(), (currency, rfm) -> new RfmInput(
                        rfm.customerId(), rfm.lastPurchase(), rfm.frequency(), rfm.monetary().plus(sale.total())));
            }
        }
        return totals.values().stream().flatMap(byCurrency -> byCurrency.values().stream()).toList();
    }

    @Override
    public List<DailySales> salesByDay(Instant from, Instant to) {
        Map<DayKey, DailySales> totals = new HashMap<>();
        for (Sale sale : salesIn(from, to)) {
            DayKey key = new DayKey(LocalDate.ofInstant(sale.soldAt(), ZoneOffset.UTC), sale.unitPrice().currency());
            totals.merge(key, new DailySales(key.day(), sale.isReturn() ? 0 : 1, sale.isReturn() ? 1 : 0,
                    sale.total()), (a, b) -> new DailySales(a.day(), a.sales() + b.sales(), a.returns() + b.returns(),
                    a.revenue().plus(b.revenue())));
        }
        List<DailySales> result = new ArrayList<>(totals.values());
        result.sort(Comparator.comparing(DailySales::day).thenComparing(r -> r.revenue().currency(), BY_CODE));
        return List.copyOf(result);
    }

    private record DayKey(LocalDate day, Currency currency) {
    }

    private List<Sale> salesIn(Instant from, Instant to) {
        return store.locked(() -> store.sales.values().stream()
                .filter(s -> !s.soldAt().isBefore(from) && s.soldAt().isBefore(to))
                .toList());
    }

    private record ProductMonthKey(ProductId productId, YearMonth month, Currency currency) {
    }
}
