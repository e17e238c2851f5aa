package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.BasketLine;
import org.crm4j.core.product.ProductId;
import org.junit.jupiter.api.Test;

/** {@link BasketGrouper} against a reference written here with sorted maps. */
class BasketGrouperTest {

    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private record Line(UUID customer, int day, UUID product, int units) {
    }

    /** The lines the reference keeps: net units per customer, day and product, positive only, sorted. */
    private static List<BasketLine> reference(List<Line> lines) {
        Map<UUID, Map<Integer, Map<UUID, Long>>> net = new TreeMap<>(UNSIGNED);
        for (Line line : lines) {
            net.computeIfAbsent(line.customer(), c -> new TreeMap<>())
                    .computeIfAbsent(line.day(), d -> new TreeMap<>(UNSIGNED))
                    .merge(line.product(), (long) line.units(), Long::sum);
        }
        List<BasketLine> result = new ArrayList<>();
        net.forEach((customer, days) -> days.forEach((day, products) -> products.forEach((product, units) -> {
            if (units > 0) {
                result.add(new BasketLine(new CustomerId(customer), LocalDate.ofEpochDay(day),
                        new ProductId(product)));
            }
        })));
        return result;
    }

    private static List<BasketLine> grouped(List<Line> lines) {
        BasketGrouper grouper = new BasketGrouper();
        lines.forEach(l -> grouper.add(l.customer(), l.day(), l.product(), l.units()));
        List<BasketLine> result = new ArrayList<>();
        grouper.emit((customer, day, products) -> {
            assertEquals(false, products.isEmpty());
            products.forEach(p -> result.add(new BasketLine(customer, day, p)));
        });
        return result;
    }

    @Test
    void emit_randomLinesWithReturns_equalsTheReference() {
        SplittableRandom random = new SplittableRandom(19);
        for (int round = 0; round < 20; round++) {
            // ids with the sign bit set and clear, so that unsigned and signed order differ
            List<UUID> customers = new ArrayList<>();
            List<UUID> products = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                customers.add(new UUID(random.nextLong(), random.nextLong()));
            }
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                products.add(new UUID(random.nextLong(), random.nextLong()));
            }
            List<Line> lines = new ArrayList<>();
            int n = random.nextInt(3_000);
            for (int i = 0; i < n; i++) {
                Line sale = new Line(customers.get(random.nextInt(customers.size())), 19_000 + random.nextInt(60),
                        products.get(random.nextInt(products.size())), 1 + random.nextInt(3));
                lines.add(sale);
                if (random.nextInt(5) == 0) { // a return of part or all of it, on the sale's day
                    lines.add(new Line(sale.customer(), sale.day(), sale.product(),
                            -(1 + random.nextInt(sale.units()))));
                }
            }
            java.util.Collections.shuffle(lines, new java.util.Random(random.nextLong()));

            assertEquals(reference(lines), grouped(lines), "round " + round);
        }
    }

    @Test
    void emit_oneCustomerWithManyLines_andNothing() {
        UUID ann = new UUID(-1, 5);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            lines.add(new Line(ann, 20_000 - i % 7, new UUID(i % 13 - 6, i % 5), 1));
        }
        lines.add(new Line(ann, 20_000, new UUID(-6, 0), -1_000_000));

        assertEquals(reference(lines), grouped(lines));
        assertEquals(List.of(), grouped(List.of()));
        assertEquals(List.of(), grouped(List.of(new Line(ann, 1, ann, 1), new Line(ann, 1, ann, -1))));
    }
}
