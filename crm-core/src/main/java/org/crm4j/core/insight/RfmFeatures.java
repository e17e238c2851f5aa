package org.crm4j.core.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.report.RfmInput;

/**
 * Recency (days), frequency and monetary value per customer in one currency, in original units, and their
 * clustering features: each column whose sample skewness exceeds {@link #SKEWED} is transformed by the signed
 * logarithm {@code sign(x) ln(1 + |x|)} (defined for net revenue below zero too).
 */
final class RfmFeatures {

    static final String[] NAMES = {"recency", "frequency", "monetary"};
    static final int RECENCY = 0;
    static final int FREQUENCY = 1;
    static final int MONETARY = 2;

    /**
     * Skewness above 1 is the usual rule of thumb for "highly skewed" (Bulmer, Principles of Statistics, 1979);
     * purchase counts and revenues of customers nearly always are, and K-means on them would otherwise be driven
     * by a few big customers.
     */
    static final double SKEWED = 1.0;

    private static final double SECONDS_PER_DAY = 86_400.0;

    final List<CustomerId> customers;
    final List<Money> revenue;
    /** n × 3, original units. */
    final double[][] raw;
    /** n × 3, after the log transform of skewed columns. */
    final double[][] transformed;
    final boolean[] logged;

    private RfmFeatures(List<CustomerId> customers, List<Money> revenue, double[][] raw) {
        this.customers = List.copyOf(customers);
        this.revenue = List.copyOf(revenue);
        this.raw = raw;
        this.logged = new boolean[NAMES.length];
        this.transformed = new double[raw.length][NAMES.length];
        for (int j = 0; j < NAMES.length; j++) {
            logged[j] = skewness(raw, j) > SKEWED;
            for (int i = 0; i < raw.length; i++) {
                double x = raw[i][j];
                transformed[i][j] = logged[j] ? Math.signum(x) * Math.log1p(Math.abs(x)) : x;
            }
        }
    }

    /**
     * @param inputs   RFM inputs of every currency, as the reporting port returns them
     * @param currency the currency kept
     * @param asOf     the moment recency is measured to
     * @return the features of the customers who bought in {@code currency}, in the order of {@code inputs}
     */
    static RfmFeatures of(List<RfmInput> inputs, Currency currency, Instant asOf) {
        List<CustomerId> customers = new ArrayList<>();
        List<Money> revenue = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (RfmInput input : inputs) {
            if (!input.monetary().currency().equals(currency)) {
                continue;
            }
            customers.add(input.customerId());
            revenue.add(input.monetary());
            double days = Duration.between(input.lastPurchase(), asOf).toMillis() / 1000.0 / SECONDS_PER_DAY;
            rows.add(new double[] {days, input.frequency(), input.monetary().amount().doubleValue()});
        }
        return new RfmFeatures(customers, revenue, rows.toArray(new double[0][]));
    }

    /** @return the features of the rows not in {@code excluded} (skewness decided afresh), in the same order */
    RfmFeatures without(boolean[] excluded) {
        List<CustomerId> keptCustomers = new ArrayList<>();
        List<Money> keptRevenue = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (!excluded[i]) {
                keptCustomers.add(customers.get(i));
                keptRevenue.add(revenue.get(i));
                rows.add(raw[i]);
            }
        }
        return new RfmFeatures(keptCustomers, keptRevenue, rows.toArray(new double[0][]));
    }

    int size() {
        return raw.length;
    }

    /** @return the number of distinct transformed rows, counted up to {@code limit} */
    int distinctRows(int limit) {
        Set<List<Double>> seen = new HashSet<>();
        for (double[] row : transformed) {
            seen.add(List.of(row[0], row[1], row[2]));
            if (seen.size() >= limit) {
                break;
            }
        }
        return seen.size();
    }

    /** @return the names of the log-transformed features */
    List<String> loggedNames() {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < NAMES.length; j++) {
            if (logged[j]) {
                names.add(NAMES[j]);
            }
        }
        return List.copyOf(names);
    }

    /** @return the exact net revenue of the given rows, zero in {@code currency} for none */
    Money revenueOf(int[] rows, Currency currency) {
        Money sum = Money.zero(currency);
        for (int i : rows) {
            sum = sum.plus(revenue.get(i));
        }
        return sum;
    }

    /** Fisher's moment coefficient of skewness g1 of column {@code j}; 0 for a constant column. */
    static double skewness(double[][] data, int j) {
        int n = data.length;
        double mean = 0;
        for (double[] row : data) {
            mean += row[j];
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        for (double[] row : data) {
            double e = row[j] - mean;
            m2 += e * e;
            m3 += e * e * e;
        }
        m2 /= n;
        m3 /= n;
        return m2 > 0 ? m3 / Math.pow(m2, 1.5) : 0;
    }
}
