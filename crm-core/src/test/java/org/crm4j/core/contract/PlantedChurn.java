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
 * A seeded generator of customers who churn by a known rule, planted through the public services: each customer
 * last bought {@code recency} days (uniform in 1…300) before the cut-off, after 0 to 5 earlier purchases in the 200
 * days before that; the customer churns (buys nothing in the 90 days after the cut-off) exactly when the recency
 * exceeds {@value #RECENCY_RULE_DAYS} days, except for a seeded {@value #NOISE_PERCENT} % whose fate is flipped.
 * Stayers buy once 1 to 80 days after the cut-off. The CRM's clock must be at least 90 days after the cut-off.
 */
public final class PlantedChurn {

    /** Customers whose latest purchase is older than this at the cut-off churn. */
    public static final int RECENCY_RULE_DAYS = 120;
    /** The share of customers whose churn is flipped against the rule, in percent. */
    public static final int NOISE_PERCENT = 5;

    private PlantedChurn() {
    }

    /**
     * @param crm       an empty CRM
     * @param cutoff    the cut-off
     * @param customers the number of customers
     * @param seed      the seed
     * @return each customer's planted churn, in the order of registration
     */
    public static Map<CustomerId, Boolean> plant(Crm crm, Instant cutoff, int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Product product = crm.products().create(new NewProduct("CHURN-1", "Planted product",
                Money.of("10.00", "EUR"), 10_000_000));
        Map<CustomerId, Boolean> truth = new LinkedHashMap<>();
        List<NewSale> sales = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            Customer customer = crm.customers().register(NewCustomer.of("Churn " + i, "churn" + i + "@example.org"));
            int recency = random.nextInt(1, 301);
            Instant last = cutoff.minus(Duration.ofDays(recency)).minusSeconds(random.nextInt(0, 86_400));
            sales.add(NewSale.of(customer.id(), product.id(), random.nextInt(1, 6)).withSoldAt(last));
            int earlier = random.nextInt(0, 6);
            for (int k = 0; k < earlier; k++) {
                Instant at = last.minus(Duration.ofDays(random.nextInt(1, 201))).minusSeconds(random.nextInt(86_400));
                sales.add(NewSale.of(customer.id(), product.id(), random.nextInt(1, 6)).withSoldAt(at));
            }
            boolean churns = recency > RECENCY_RULE_DAYS ^ random.nextInt(100) < NOISE_PERCENT;
            truth.put(customer.id(), churns);
            if (!churns) {
                Instant after = cutoff.plus(Duration.ofDays(random.nextInt(1, 81)));
                sales.add(NewSale.of(customer.id(), product.id(), random.nextInt(1, 6)).withSoldAt(after));
            }
        }
        for (int from = 0; from < sales.size(); from += 1_000) {
            crm.sales().recordAll(sales.subList(from, Math.min(sales.size(), from + 1_000)));
        }
        return truth;
    }
}
