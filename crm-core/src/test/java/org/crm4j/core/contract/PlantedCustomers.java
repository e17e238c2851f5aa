package org.crm4j.core.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;

/**
 * A seeded generator that plants known behaviour in a CRM through its public services, for the insight suites.
 * The same seed and the same CRM ids (for example {@code IdGenerator.seeded}) give the same customers and sales on
 * every adapter. The CRM's clock must not be before {@code now}.
 */
public final class PlantedCustomers {

    /** Group of customers who buy often, much and lately. */
    public static final int FREQUENT_HIGH_SPENDERS = 0;
    /** Group of customers who buy now and then, little, and last some weeks ago. */
    public static final int OCCASIONAL = 1;
    /** Group of customers who bought once or twice, a year or more ago. */
    public static final int LAPSED = 2;

    private static final int BATCH = 1_000;

    private PlantedCustomers() {
    }

    /**
     * Plants three behavioural groups of {@code perGroup} customers each, all buying one product at 10.00 EUR:
     * <ul>
     *   <li>{@link #FREQUENT_HIGH_SPENDERS}: 10 to 14 purchases of 5 to 9 units in the last year, the latest 0 to
     *       10 days before {@code now};</li>
     *   <li>{@link #OCCASIONAL}: 2 to 4 purchases of 1 to 3 units in the last year, the latest 20 to 60 days
     *       before;</li>
     *   <li>{@link #LAPSED}: 1 or 2 purchases of 1 or 2 units, the latest 300 to 500 days before.</li>
     * </ul>
     *
     * @param crm      the CRM, empty
     * @param now      the moment the sales lead up to (all are before it)
     * @param perGroup customers per group, at least 1
     * @param seed     the seed of the behaviour
     * @return each planted customer's group, in the order of registration
     */
    public static Map<CustomerId, Integer> threeGroups(Crm crm, Instant now, int perGroup, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Product product = crm.products().create(new NewProduct("PLANTED-1", "Planted product",
                Money.of("10.00", "EUR"), 10_000_000));
        Map<CustomerId, Integer> truth = new LinkedHashMap<>();
        List<NewSale> sales = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            for (int i = 0; i < perGroup; i++) {
                Customer customer = crm.customers().register(NewCustomer.of("Planted " + group + "-" + i,
                        "planted" + group + "-" + i + "@example.org"));
                truth.put(customer.id(), group);
                int purchases;
                int latestDays;
                int spanDays;
                int minUnits;
                int maxUnits;
                switch (group) {
                    case FREQUENT_HIGH_SPENDERS -> {
                        purchases = random.nextInt(10, 15);
                        latestDays = random.nextInt(0, 11);
                        spanDays = 365;
                        minUnits = 5;
                        maxUnits = 9;
                    }
                    case OCCASIONAL -> {
                        purchases = random.nextInt(2, 5);
                        latestDays = random.nextInt(20, 61);
                        spanDays = 365;
                        minUnits = 1;
                        maxUnits = 3;
                    }
                    default -> {
                        purchases = random.nextInt(1, 3);
                        latestDays = random.nextInt(300, 501);
                        spanDays = 200;
                        minUnits = 1;
                        maxUnits = 2;
                    }
                }
                Instant latest = now.minus(Duration.ofDays(latestDays)).minusSeconds(random.nextInt(1, 86_400));
                sales.add(sale(customer.id(), product, latest, random.nextInt(minUnits, maxUnits + 1)));
                for (int p = 1; p < purchases; p++) {
                    Instant at = latest.minus(Duration.ofDays(random.nextInt(1, spanDays)))
                            .minusSeconds(random.nextInt(0, 86_400));
                    sales.add(sale(customer.id(), product, at, random.nextInt(minUnits, maxUnits + 1)));
                }
            }
        }
        for (int from = 0; from < sales.size(); from += BATCH) {
            crm.sales().recordAll(sales.subList(from, Math.min(sales.size(), from + BATCH)));
        }
        return truth;
    }

    private static NewSale sale(CustomerId customer, Product product, Instant at, int units) {
        return NewSale.of(customer, product.id(), units).withSoldAt(at);
    }
}
