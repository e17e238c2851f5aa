package org.crm4j.core.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;

/**
 * A seeded generator of baskets with two planted product pairs, recorded through the public services: each of
 * {@code customers} customers shops on five distinct days of 2025; a day's basket holds one to three of the eleven
 * background products (uniformly), product A with probability 0.25 and then B with probability 0.9, and product C
 * with probability 0.2 and then D with probability 0.85. So A and B, and C and D, go together far more often than
 * chance (lift about 4 and 5), and the background products do not (lift about 1).
 */
public final class PlantedBaskets {

    /** The planted products and the background products, in the order created. */
    public record Catalogue(ProductId a, ProductId b, ProductId c, ProductId d, List<ProductId> background) {
    }

    private PlantedBaskets() {
    }

    /**
     * @param crm       an empty CRM whose clock is after 2025
     * @param customers the number of customers
     * @param seed      the seed
     * @return the products
     */
    public static Catalogue plant(Crm crm, int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ProductId> products = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            products.add(crm.products().create(new NewProduct(String.format("BASKET-%02d", i), "Product " + i,
                    Money.of("3.00", "EUR"), 10_000_000)).id());
        }
        Catalogue catalogue = new Catalogue(products.get(0), products.get(1), products.get(2), products.get(3),
                List.copyOf(products.subList(4, 15)));
        List<NewSale> sales = new ArrayList<>();
        for (int k = 0; k < customers; k++) {
            CustomerId customer = crm.customers().register(NewCustomer.of("Shopper " + k,
                    "shopper" + k + "@example.org")).id();
            Set<Integer> days = new LinkedHashSet<>();
            while (days.size() < 5) {
                days.add(random.nextInt(365));
            }
            for (int day : days) {
                Set<ProductId> basket = new LinkedHashSet<>();
                int size = random.nextInt(1, 4);
                while (basket.size() < size) {
                    basket.add(catalogue.background().get(random.nextInt(catalogue.background().size())));
                }
                if (random.nextDouble() < 0.25) {
                    basket.add(catalogue.a());
                    if (random.nextDouble() < 0.9) {
                        basket.add(catalogue.b());
                    }
                }
                if (random.nextDouble() < 0.2) {
                    basket.add(catalogue.c());
                    if (random.nextDouble() < 0.85) {
                        basket.add(catalogue.d());
                    }
                }
                LocalDate date = LocalDate.of(2025, 1, 1).plusDays(day);
                for (ProductId product : basket) {
                    Instant at = date.atTime(random.nextInt(8, 20), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                    sales.add(NewSale.of(customer, product, random.nextInt(1, 4)).withSoldAt(at));
                }
            }
        }
        for (int from = 0; from < sales.size(); from += 1_000) {
            crm.sales().recordAll(sales.subList(from, Math.min(sales.size(), from + 1_000)));
        }
        return catalogue;
    }
}
