package org.crm4j.core.inmemory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.MonthlyActivity;
import org.crm4j.core.insight.PurchaseHistories;
import org.crm4j.core.insight.PurchaseHistory;
import org.crm4j.core.insight.WeeklyActivity;
import org.crm4j.core.sales.Sale;

/** {@link PurchaseHistories} computed by scanning the store's sales. */
final class InMemoryPurchaseHistories implements PurchaseHistories {

    private final InMemoryStore store;

    InMemoryPurchaseHistories(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<PurchaseHistory> purchaseHistories(Currency currency, Instant from, Instant to) {
        List<Sale> sales = store.locked(() -> store.sales.values().stream()
                .filter(s -> s.unitPrice().currency().equals(currency))
                .filter(s -> !s.soldAt().isBefore(from) && s.soldAt().isBefore(to))
                .toList());
        Map<CustomerId, Totals> totals = new TreeMap<>((a, b) -> InMemoryStore.UUID_ORDER.compare(a.value(),
                b.value()));
        for (Sale sale : sales) {
            Totals t = totals.computeIfAbsent(sale.customerId(), id -> new Totals(Money.zero(currency)));
            t.revenue = t.revenue.plus(sale.total());
            if (!sale.isReturn()) {
                t.times.add(sale.soldAt());
                t.first = t.first == null || sale.soldAt().isBefore(t.first) ? sale.soldAt() : t.first;
                t.last = t.last == null || sale.soldAt().isAfter(t.last) ? sale.soldAt() : t.last;
            }
        }
        List<PurchaseHistory> result = new ArrayList<>();
        totals.forEach((customer, t) -> {
            if (!t.times.isEmpty()) {
                result.add(new PurchaseHistory(customer, t.first, t.last, t.times.size(), t.revenue));
            }
        });
        return List.copyOf(result);
    }

    @Override
    public List<MonthlyActivity> monthlyActivity(Currency currency, Instant from, Instant to) {
        List<Sale> sales = store.locked(() -> store.sales.values().stream()
                .filter(s -> s.unitPrice().currency().equals(currency))
                .filter(s -> !s.soldAt().isBefore(from) && s.soldAt().isBefore(to))
                .toList());
        Map<CustomerId, Map<YearMonth, MonthlyActivity>> totals = new TreeMap<>(
                (a, b) -> InMemoryStore.UUID_ORDER.compare(a.value(), b.value()));
        for (Sale sale : sales) {
            YearMonth month = YearMonth.from(sale.soldAt().atOffset(ZoneOffset.UTC));
            totals.computeIfAbsent(sale.customerId(), id -> new TreeMap<>()).merge(month,
                    new MonthlyActivity(sale.customerId(), month, sale.isReturn() ? 0 : 1, sale.total()),
                    (a, b) -> new MonthlyActivity(a.customerId(), month, a.purchases() + b.purchases(),
                            a.revenue().plus(b.revenue())));
        }
        return totals.values().stream().flatMap(byMonth -> byMonth.values().stream()).toList();
    }

    @Override
    public List<WeeklyActivity> weeklyActivity(Currency currency, Instant from, Instant to) {
        List<Sale> sales = store.locked(() -> store.sales.values().stream()
                .filter(s -> s.unitPrice().currency().equals(currency))
                .filter(s -> !s.soldAt().isBefore(from) && s.soldAt().isBefore(to))
                .toList());
        Map<CustomerId, Map<LocalDate, WeeklyActivity>> totals = new TreeMap<>(
                (a, b) -> InMemoryStore.UUID_ORDER.compare(a.value(), b.value()));
        for (Sale sale : sales) {
            LocalDate week = sale.soldAt().atOffset(ZoneOffset.UTC).toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            totals.computeIfAbsent(sale.customerId(), id -> new TreeMap<>()).merge(week,
                    new WeeklyActivity(sale.customerId(), week, sale.isReturn() ? 0 : 1, sale.total()),
                    (a, b) -> new WeeklyActivity(a.customerId(), week, a.purchases() + b.purchases(),
                            a.revenue().plus(b.revenue())));
        }
        return totals.values().stream().flatMap(byWeek -> byWeek.values().stream()).toList();
    }

    private static final class Totals {
        private final Set<Instant> times = new HashSet<>();
        private Instant first;
        private Instant last;
        private Money revenue;

        private Totals(Money zero) {
            this.revenue = zero;
        }
    }
}
