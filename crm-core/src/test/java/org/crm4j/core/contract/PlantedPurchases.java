package org.crm4j.core.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.Money;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;

/**
 * A seeded generator of purchase histories drawn from a BG/NBD model with known parameters (Fader, Hardie &amp;
 * Lee 2005), planted in a CRM through its public services. Each customer's purchase rate is
 * {@code λ ~ Gamma(r, rate α)} (per week) and their drop-out probability {@code p ~ Beta(a, b)}; the first purchase
 * falls uniformly in the first {@code acquisitionWeeks} of the period, then purchases follow a Poisson process of
 * rate {@code λ} and after each repeat purchase the customer drops out with probability {@code p}. Every purchase
 * is one sale of 1 to 5 units at 10.00 EUR at a distinct time before {@code end}.
 */
public final class PlantedPurchases {

    private static final int BATCH = 1_000;
    private static final double SECONDS_PER_WEEK = 7 * 86_400.0;

    private PlantedPurchases() {
    }

    /**
     * The parameters of the planted process (time in weeks).
     *
     * @param r     shape of the purchase rates
     * @param alpha rate (inverse scale) of the purchase rates
     * @param a     first shape of the drop-out probabilities
     * @param b     second shape of the drop-out probabilities
     */
    public record Truth(double r, double alpha, double a, double b) {
    }

    /**
     * @param crm              an empty CRM whose clock is not before {@code end}
     * @param truth            the BG/NBD parameters
     * @param customers        the number of customers
     * @param start            the start of the period
     * @param weeks            the length of the period in weeks; it ends at {@code start + weeks}
     * @param acquisitionWeeks the first purchases fall in the first this many weeks
     * @param seed             the seed
     * @return the number of sales recorded
     */
    public static int plant(Crm crm, Truth truth, int customers, Instant start, int weeks, int acquisitionWeeks,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Product product = crm.products().create(new NewProduct("BGNBD-1", "Planted product",
                Money.of("10.00", "EUR"), 100_000_000));
        List<NewSale> sales = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            Customer customer = crm.customers().register(NewCustomer.of("Buyer " + i, "buyer" + i + "@example.org"));
            double lambda = gamma(random, truth.r()) / truth.alpha();
            double x = gamma(random, truth.a());
            double p = x / (x + gamma(random, truth.b()));
            double t = random.nextDouble() * acquisitionWeeks;
            sales.add(sale(customer, product, start, t, random));
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t >= weeks) {
                    break;
                }
                sales.add(sale(customer, product, start, t, random));
                if (random.nextDouble() < p) {
                    break;
                }
            }
        }
        for (int from = 0; from < sales.size(); from += BATCH) {
            crm.sales().recordAll(sales.subList(from, Math.min(sales.size(), from + BATCH)));
        }
        return sales.size();
    }

    private static NewSale sale(Customer customer, Product product, Instant start, double weeks,
            SplittableRandom random) {
        Instant at = start.plusSeconds(Math.round(weeks * SECONDS_PER_WEEK));
        return NewSale.of(customer.id(), product.id(), random.nextInt(1, 6)).withSoldAt(at);
    }

    /**
     * A Gamma(shape, 1) variate by Marsaglia and Tsang's method (ACM TOMS 26(3), 2000), boosted for shape &lt; 1
     * by {@code G(shape + 1) U^(1/shape)}.
     */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal(random);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
