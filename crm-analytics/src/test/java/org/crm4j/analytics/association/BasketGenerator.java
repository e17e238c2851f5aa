package org.crm4j.analytics.association;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * A seeded generator of synthetic market baskets after the IBM Quest generator of Agrawal &amp; Srikant (1994,
 * Section 4.1): a pool of "potentially large" itemsets (patterns) with exponential weights and corruption levels,
 * each sharing a random fraction of its items with the previous one; a transaction of Poisson size is filled with
 * patterns picked by weight, each losing items while a uniform draw is below its corruption level, and a pattern
 * that does not fit is kept for the next transaction half of the time. Items are drawn with probability
 * proportional to {@code 1 / rank^skew} ({@code skew = 0}: uniform, as in Quest; {@code skew > 0}: a few
 * best-selling SKUs, as in retail data). With {@code singles > 0}, each fill step adds one item drawn by
 * popularity instead of a pattern with that probability (impulse purchases; 0 in Quest).
 *
 * <p>Deterministic for a given seed ({@link Random} is specified bit for bit). Shared by the tests and the JMH
 * benchmarks (test classes are on the benchmark class path).
 */
final class BasketGenerator {

    /** Seed of the committed data sets. */
    static final long SEED = 20_001_994L;

    /**
     * The generator's parameters, named as in the paper.
     *
     * @param transactions |D|, the number of transactions
     * @param meanSize     |T|, the mean transaction size
     * @param meanPattern  |I|, the mean size of the patterns
     * @param patterns     |L|, the number of patterns
     * @param items        N, the number of items
     * @param skew         the exponent of the item popularity law (0: uniform)
     * @param singles      the probability that a fill step adds one item by popularity instead of a pattern
     * @param prefix       the item name prefix ("SKU-", "i")
     */
    record Params(int transactions, double meanSize, double meanPattern, int patterns, int items, double skew,
                  double singles, String prefix) {
    }

    /**
     * The retail-like set of issue 9: 5 000 baskets over 60 SKUs, mean basket 5 items, 30 bundles of mean 3 items,
     * 40 % impulse items, popularity law 1/rank^0.8.
     */
    static final Params RETAIL_5000 = new Params(5_000, 5, 3, 30, 60, 0.8, 0.4, "SKU-");

    /** A T10I4D100K-like set (the paper's T10.I4.D100K with N = 1000 items and |L| = 2000 patterns). */
    static final Params T10I4D100K = new Params(100_000, 10, 4, 2_000, 1_000, 0.0, 0.0, "i");

    private BasketGenerator() {
    }

    /** The retail-like data set with the committed seed. */
    static List<Set<String>> retail() {
        return generate(RETAIL_5000, SEED);
    }

    /** Generates a database; each transaction is a non-empty set with a stable iteration order. */
    static List<Set<String>> generate(Params p, long seed) {
        Random random = new Random(seed);
        String[] names = new String[p.items()];
        int width = String.valueOf(p.items() - 1).length();
        for (int i = 0; i < p.items(); i++) {
            names[i] = p.prefix() + String.format(Locale.ROOT, "%0" + width + "d", i);
        }
        double[] itemCumulative = cumulative(p.items(), i -> Math.pow(i + 1, -p.skew()));

        int[][] patterns = new int[p.patterns()][];
        double[] corruption = new double[p.patterns()];
        int[] previous = new int[0];
        for (int l = 0; l < p.patterns(); l++) {
            int size = Math.min(p.items(), Math.max(1, poisson(random, p.meanPattern())));
            double shared = Math.min(1.0, -0.5 * Math.log(1 - random.nextDouble()));
            Set<Integer> items = new LinkedHashSet<>();
            List<Integer> carried = new ArrayList<>();
            for (int item : previous) {
                carried.add(item);
            }
            Collections.shuffle(carried, random);
            for (int i = 0; i < Math.min(carried.size(), (int) Math.round(shared * size)); i++) {
                items.add(carried.get(i));
            }
            while (items.size() < size) {
                items.add(pick(random, itemCumulative));
            }
            patterns[l] = items.stream().mapToInt(Integer::intValue).toArray();
            corruption[l] = Math.min(1.0, Math.max(0.0, 0.5 + 0.1 * random.nextGaussian()));
            previous = patterns[l];
        }
        double[] patternCumulative = cumulative(p.patterns(), i -> -Math.log(1 - random.nextDouble()));

        List<Set<String>> transactions = new ArrayList<>(p.transactions());
        int[] pending = null;
        while (transactions.size() < p.transactions()) {
            int size = Math.max(1, poisson(random, p.meanSize()));
            Set<String> basket = new LinkedHashSet<>();
            for (int attempt = 0; basket.size() < size && attempt < 4 * size; attempt++) {
                int[] pattern = pending;
                pending = null;
                if (pattern == null && random.nextDouble() < p.singles()) {
                    pattern = new int[] {pick(random, itemCumulative)};
                } else if (pattern == null) {
                    int l = pick(random, patternCumulative);
                    pattern = corrupt(random, patterns[l], corruption[l]);
                }
                if (basket.size() + pattern.length > size && !basket.isEmpty() && random.nextBoolean()) {
                    pending = pattern;
                    break;
                }
                for (int item : pattern) {
                    basket.add(names[item]);
                }
            }
            transactions.add(Collections.unmodifiableSet(basket));
        }
        return Collections.unmodifiableList(transactions);
    }

    private static int[] corrupt(Random random, int[] pattern, double level) {
        int keep = pattern.length;
        while (keep > 1 && random.nextDouble() < level) {
            keep--;
        }
        int[] copy = pattern.clone();
        for (int i = copy.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, keep);
    }

    private static double[] cumulative(int n, IntToDoubleFunction weight) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weight.applyAsDouble(i);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(Random random, double[] cumulative) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Knuth's method; fine for the small means used here. */
    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
