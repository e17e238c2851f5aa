package org.crm4j.core.contract;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.sales.NewSale;

/**
 * A seeded generator of seasonal monthly demand with a known pattern, planted through the public services: in month
 * {@code t} (0 for the first) a product sells {@code round(LEVEL + AMPLITUDE sin(2π (t + phase) / 12) + ε)} units,
 * {@code ε ~ N(0, SIGMA²)} independent, cut at 0, split over one to three sales to seeded customers on seeded days
 * of the month. {@link #simulate} draws futures of the same process, so that a forecast's intervals can be checked
 * against the truth.
 */
public final class PlantedDemand {

    /** The mean level, units per month. */
    public static final double LEVEL = 200;
    /** The amplitude of the yearly cycle, units. */
    public static final double AMPLITUDE = 60;
    /** The standard deviation of the monthly noise, units. */
    public static final double SIGMA = 12;

    private PlantedDemand() {
    }

    /**
     * @param t     the month index from the first month of history
     * @param phase the product's phase in months
     * @return the expected units of month {@code t}
     */
    public static double expected(int t, int phase) {
        return LEVEL + AMPLITUDE * Math.sin(2 * Math.PI * (t + phase) / 12);
    }

    /**
     * @param t      the month index
     * @param phase  the product's phase
     * @param random the source of noise
     * @return one draw of month {@code t}'s units
     */
    public static long draw(int t, int phase, SplittableRandom random) {
        return Math.max(0, Math.round(expected(t, phase) + SIGMA * gaussian(random)));
    }

    /**
     * @param random the source
     * @return a standard normal draw (Box–Muller)
     */
    public static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /**
     * Creates a product and records its sales.
     *
     * @param crm    the CRM, whose clock is after the last month
     * @param sku    the product's SKU
     * @param first  the first month of history
     * @param months the number of months
     * @param phase  the phase of the cycle, in months
     * @param seed   the seed
     * @return the product
     */
    public static ProductId plant(Crm crm, String sku, YearMonth first, int months, int phase, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ProductId product = crm.products().create(new NewProduct(sku, "Planted " + sku, Money.of("5.00", "EUR"),
                10_000_000)).id();
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            customers.add(crm.customers().register(NewCustomer.of("Buyer " + sku + " " + i,
                    "buyer" + i + "." + sku.toLowerCase(java.util.Locale.ROOT) + "@example.org")).id());
        }
        List<NewSale> sales = new ArrayList<>();
        for (int t = 0; t < months; t++) {
            long units = draw(t, phase, random);
            int parts = random.nextInt(1, 4);
            YearMonth month = first.plusMonths(t);
            long left = units;
            for (int p = 0; p < parts && left > 0; p++) {
                long q = p == parts - 1 ? left : Math.max(1, left / (parts - p) + random.nextInt(-3, 4));
                q = Math.min(q, left);
                Instant at = month.atDay(random.nextInt(1, 29)).atTime(random.nextInt(0, 24), random.nextInt(60))
                        .toInstant(ZoneOffset.UTC);
                sales.add(NewSale.of(customers.get(random.nextInt(customers.size())), product, (int) q)
                        .withSoldAt(at));
                left -= q;
            }
        }
        for (int from = 0; from < sales.size(); from += 1_000) {
            crm.sales().recordAll(sales.subList(from, Math.min(sales.size(), from + 1_000)));
        }
        return product;
    }

    /**
     * Draws futures of the planted process.
     *
     * @param start   the month index of the first future month
     * @param horizon the months
     * @param phase   the product's phase
     * @param paths   the number of futures
     * @param seed    the seed
     * @return {@code paths × horizon} units
     */
    public static long[][] simulate(int start, int horizon, int phase, int paths, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] futures = new long[paths][horizon];
        for (int p = 0; p < paths; p++) {
            for (int h = 0; h < horizon; h++) {
                futures[p][h] = draw(start + h, phase, random);
            }
        }
        return futures;
    }
}
