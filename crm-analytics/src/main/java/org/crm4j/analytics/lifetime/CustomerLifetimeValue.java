package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.internal.Checks;

/**
 * Discounted customer lifetime value over a finite horizon from a BG/NBD model of the number of purchases and a
 * Gamma-Gamma model of their value, the combination of Fader, Hardie &amp; Lee (2005, JMR) in discrete time.
 *
 * <p>Formula. With {@code K} periods of length {@code Δ} (in the BG/NBD's time unit) and a discount rate {@code d}
 * per period, for a customer with history {@code (x, t_x, T)} and mean repeat value {@code z̄}:
 * <pre>
 *   CLV = E[M | x, z̄] · Σ_{k=1..K} (E[Y(kΔ) | x, t_x, T] - E[Y((k-1)Δ) | x, t_x, T]) / (1 + d)^k,
 * </pre>
 * where {@code E[Y(t) | ...]} is {@link BgNbdModel#conditionalExpectedPurchases} (purchases in the next {@code t}
 * time units) and {@code E[M | x, z̄]} is {@link GammaGammaModel#conditionalExpectedAverageValue}. The purchases
 * expected in period {@code k} are discounted as if they fell at its end. The product of the two expectations
 * assumes, as the Gamma-Gamma model does, that spend is independent of the purchase process. The result is in the
 * currency of the values (revenue; multiply by a margin for profit). With {@code d = 0} it is the expected revenue
 * of the next {@code KΔ} time units.
 *
 * <p>Cost: one {@code P(alive)} and {@code K} evaluations of {@code E[Y(t) | alive]} (a hypergeometric series,
 * continued by Taylor steps for {@code t > α + T}) per customer, about a microsecond each.
 *
 * <pre>{@code
 * // CDNOW in weeks: 52 weekly periods, 10 % a year
 * CustomerLifetimeValue.Options year = CustomerLifetimeValue.Options.of(52, 1.0, Math.pow(1.10, 1.0 / 52) - 1);
 * double[] clv = CustomerLifetimeValue.compute(bgnbd, gammaGamma, x, tx, age, zbar, year);
 * }</pre>
 *
 * <p>References: P. S. Fader, B. G. S. Hardie and K. L. Lee, RFM and CLV: Using Iso-Value Curves for Customer Base
 * Analysis, <i>Journal of Marketing Research</i> 42(4) (2005) 415–430; P. S. Fader and B. G. S. Hardie, The
 * Gamma-Gamma Model of Monetary Value (2013).
 */
public final class CustomerLifetimeValue {

    /**
     * The horizon and discounting.
     *
     * @param periods      the number {@code K} of periods, in [1, 100 000]
     * @param periodLength the length {@code Δ} of a period in the BG/NBD's time unit, finite and {@code > 0}
     * @param discountRate the discount rate {@code d} per period, finite and {@code >= 0}
     */
    public record Options(int periods, double periodLength, double discountRate) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public Options {
            Checks.require(periods >= 1 && periods <= 100_000, "periods must be in [1, 100000], was %d", periods);
            Checks.require(Double.isFinite(periodLength) && periodLength > 0,
                    "periodLength must be finite and > 0, was %s", periodLength);
            Checks.require(Double.isFinite(discountRate) && discountRate >= 0,
                    "discountRate must be finite and >= 0, was %s", discountRate);
        }

        /**
         * @param periods      the number of periods
         * @param periodLength the length of a period in the BG/NBD's time unit
         * @param discountRate the discount rate per period
         * @return the options
         */
        public static Options of(int periods, double periodLength, double discountRate) {
            return new Options(periods, periodLength, discountRate);
        }

        /**
         * @param periods the new number of periods
         * @return a copy with that number
         */
        public Options withPeriods(int periods) {
            return new Options(periods, periodLength, discountRate);
        }

        /**
         * @param periodLength the new period length
         * @return a copy with that length
         */
        public Options withPeriodLength(double periodLength) {
            return new Options(periods, periodLength, discountRate);
        }

        /**
         * @param discountRate the new discount rate per period
         * @return a copy with that rate
         */
        public Options withDiscountRate(double discountRate) {
            return new Options(periods, periodLength, discountRate);
        }
    }

    private CustomerLifetimeValue() {
    }

    /**
     * The discounted lifetime value of each customer (formula above).
     *
     * @param purchases    the BG/NBD model, not null
     * @param spend        the Gamma-Gamma model, not null
     * @param frequency    repeat purchases {@code x}, whole numbers {@code >= 0} (not modified)
     * @param recency      time of the last purchase, {@code 0 <= t_x <= T}, 0 when {@code x = 0} (not modified)
     * @param age          the customers' ages {@code T >= 0} (not modified)
     * @param averageValue mean value of the repeat purchases: {@code > 0} when {@code x >= 1}, any finite value
     *                     (ignored) when {@code x = 0} (not modified)
     * @param options      the horizon and discounting, not null
     * @return the values, one per customer, {@code >= 0} ({@code +∞} if the Gamma-Gamma mean is infinite)
     * @throws IllegalArgumentException when a model, array or the options are null, an array is empty, the lengths
     *                                  differ or a value breaks a rule above
     */
    public static double[] compute(BgNbdModel purchases, GammaGammaModel spend, double[] frequency,
            double[] recency, double[] age, double[] averageValue, Options options) {
        Inputs.requireModel(purchases, "purchases");
        Inputs.requireModel(spend, "spend");
        Checks.require(options != null, "options must not be null");
        Inputs.requireSummary(frequency, recency, age);
        Checks.require(averageValue != null, "averageValue must not be null");
        Checks.requireLength(averageValue.length, frequency.length, "averageValue", "the length of frequency");
        for (int i = 0; i < frequency.length; i++) {
            requireValue(frequency[i], averageValue[i], i);
        }
        double[] out = new double[frequency.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(purchases, spend, frequency[i], recency[i], age[i], averageValue[i], options);
        }
        return out;
    }

    /**
     * The discounted lifetime value of one customer (formula above).
     *
     * @param purchases    the BG/NBD model, not null
     * @param spend        the Gamma-Gamma model, not null
     * @param frequency    repeat purchases {@code x}, a whole number {@code >= 0}
     * @param recency      time of the last purchase, {@code 0 <= t_x <= T}, 0 when {@code x = 0}
     * @param age          the customer's age {@code T >= 0}
     * @param averageValue mean value of the repeat purchases: {@code > 0} when {@code x >= 1}, finite otherwise
     * @param options      the horizon and discounting, not null
     * @return the value, {@code >= 0}
     * @throws IllegalArgumentException when an argument is null or breaks a rule above
     */
    public static double compute(BgNbdModel purchases, GammaGammaModel spend, double frequency, double recency,
            double age, double averageValue, Options options) {
        Inputs.requireModel(purchases, "purchases");
        Inputs.requireModel(spend, "spend");
        Checks.require(options != null, "options must not be null");
        Inputs.requireCustomer(frequency, recency, age, "");
        if (frequency > 0) {
            Inputs.requireRepeatCustomer(frequency, averageValue, "");
        } else {
            Checks.require(Double.isFinite(averageValue), "averageValue must be finite, was %s", averageValue);
        }
        return value(purchases, spend, frequency, recency, age, averageValue, options);
    }

    private static void requireValue(double x, double zbar, int i) {
        if (x > 0 ? !(zbar > 0 && Double.isFinite(zbar)) : !Double.isFinite(zbar)) {
            Checks.require(false, "averageValue[%d] must be %s, was %s", i,
                    x > 0 ? "finite and > 0 (frequency > 0)" : "finite", zbar);
        }
    }

    private static double value(BgNbdModel purchases, GammaGammaModel spend, double x, double tx, double age,
            double zbar, Options options) {
        // E[Y(t) | x, t_x, T] = P(alive) E[Y(t) | alive]: the probability factors out of the sum
        double perPurchase = spend.expectedValueUnchecked(x, zbar);
        double alive = purchases.aliveProbabilityUnchecked(x, tx, age);
        double discount = 1 / (1 + options.discountRate());
        double factor = 1;
        double previous = 0;
        double sum = 0;
        for (int k = 1; k <= options.periods(); k++) {
            double current = purchases.expectedIfAliveUnchecked(k * options.periodLength(), x, age);
            factor *= discount;
            sum += (current - previous) * factor;
            previous = current;
        }
        double expectedPurchases = alive * sum;
        // no expected purchase is worth nothing, even when the Gamma-Gamma mean is infinite (q <= 1)
        return expectedPurchases == 0 ? 0 : perPurchase * expectedPurchases;
    }
}
