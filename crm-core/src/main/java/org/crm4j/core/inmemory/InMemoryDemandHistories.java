package org.crm4j.core.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.BasketLine;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.DemandPeriod;
import org.crm4j.core.insight.UnitSales;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.sales.SaleId;

/** {@link DemandHistories} computed by scanning the store's sales; a return counts at its sale's time. */
final class InMemoryDemandHistories implements DemandHistories {

    private static final Comparator<ProductId> PRODUCT_ORDER = (a, b) -> InMemoryStore.UUID_ORDER.compare(a.value(),
            b.value());
    private static final Comparator<CustomerId> CUSTOMER_ORDER = (a, b) -> InMemoryStore.UUID_ORDER.compare(
            a.value(), b.value());

    private final InMemoryStore store;

    InMemoryDemandHistories(InMemoryStore store) {
        this.store = store;
    }

    /** A sale or return with the time of the sale it belongs to. */
    private record Line(Sale sale, Instant saleTime) {
        LocalDate day() {
            return saleTime.atZone(ZoneOffset.UTC).toLocalDate();
        }
    }

    private List<Line> linesBefore(Instant to) {
        return store.locked(() -> {
            Map<SaleId, Sale> sales = store.sales;
            List<Line> lines = new ArrayList<>();
            for (Sale s : sales.values()) {
                if (s.soldAt().isBefore(to)) {
                    lines.add(new Line(s, s.returnOf().map(id -> sales.get(id).soldAt()).orElse(s.soldAt())));
                }
            }
            return lines;
        });
    }

    @Override
    public List<UnitSales> unitSales(DemandPeriod period, Optional<ProductId> product, Instant to) {
        Map<ProductId, Map<LocalDate, Long>> units = new TreeMap<>(PRODUCT_ORDER);
        for (Line line : linesBefore(to)) {
            if (product.isEmpty() || product.get().equals(line.sale().productId())) {
                units.computeIfAbsent(line.sale().productId(), id -> new TreeMap<>())
                        .merge(period.startOf(line.day()), (long) line.sale().quantity(), Long::sum);
            }
        }
        List<UnitSales> result = new ArrayList<>();
        units.forEach((id, byPeriod) -> byPeriod.forEach((start, u) -> result.add(new UnitSales(id, start, u))));
        return List.copyOf(result);
    }

    @Override
    public Map<ProductId, Integer> stockLevels() {
        return store.locked(() -> {
            Map<ProductId, Integer> stock = new HashMap<>();
            for (Product p : store.products.values()) {
                stock.put(p.id(), p.stock());
            }
            return Map.copyOf(stock);
        });
    }

    @Override
    public List<BasketLine> basketLines(Instant from, Instant to) {
        Map<CustomerId, Map<LocalDate, Map<ProductId, Long>>> units = new TreeMap<>(CUSTOMER_ORDER);
        for (Line line : linesBefore(to)) {
            if (!line.saleTime().isBefore(from) && line.saleTime().isBefore(to)) {
                units.computeIfAbsent(line.sale().customerId(), id -> new TreeMap<>())
                        .computeIfAbsent(line.day(), d -> new TreeMap<>(PRODUCT_ORDER))
                        .merge(line.sale().productId(), (long) line.sale().quantity(), Long::sum);
            }
        }
        List<BasketLine> result = new ArrayList<>();
        units.forEach((customer, byDay) -> byDay.forEach((day, byProduct) -> byProduct.forEach((id, u) -> {
            if (u > 0) {
                result.add(new BasketLine(customer, day, id));
            }
        })));
        return List.copyOf(result);
    }
}
