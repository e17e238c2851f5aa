package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Collection;
import java.util.List;

/**
 * Apriori: frequent itemsets by level-wise candidate generation (Agrawal &amp; Srikant 1994).
 *
 * <p>Pass 1 counts the items. Pass {@code k + 1} joins two frequent {@code k}-itemsets that share their first
 * {@code k - 1} items into a candidate, drops it if any of its {@code k}-subsets is infrequent (the Apriori
 * property: every subset of a frequent itemset is frequent), counts the surviving candidates in one scan of the
 * database and keeps those contained in at least {@code minCount} transactions. It stops at the first pass with
 * no frequent itemset, or at {@link Options#maxLength()}. Candidates are held in a prefix tree that each
 * transaction walks down (Borgelt 2003) instead of the original hash tree; the result is the same.
 *
 * <p>Strengths and weaknesses: simple, and its memory is bounded by the candidates of one level. It scans the
 * database once per level and generates every pair of frequent items as a candidate, so with many frequent items
 * or long patterns it is slower than {@link FPGrowth}, which returns exactly the same itemsets and counts.
 *
 * <p>Input: a list of transactions, each a collection of items ({@code equals}/{@code hashCode}, not null). An
 * item repeated inside one transaction counts once. Items are re-coded to dense {@code int} codes by descending
 * frequency and transactions to sorted {@code int[]}, so the passes run on primitive arrays only.
 *
 * <pre>{@code
 * List<Set<String>> baskets = List.of(Set.of("bread", "milk"), Set.of("bread", "butter"), Set.of("milk"));
 * FrequentItemsets<String> f = Apriori.mine(baskets, 0.5);   // {bread}:2, {milk}:2
 * FrequentItemsets<String> g = Apriori.mine(baskets, Apriori.Options.defaults().withMinCount(1).withMaxLength(2));
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>R. Agrawal and R. Srikant, Fast algorithms for mining association rules, Proc. 20th VLDB, 1994,
 *       pp. 487-499.</li>
 *   <li>C. Borgelt, Efficient implementations of Apriori and Eclat, Proc. FIMI'03, 2003.</li>
 * </ol>
 *
 * @see FPGrowth
 * @see AssociationRules
 */
public final class Apriori {

    private Apriori() {
    }

    /**
     * Options of {@link Apriori}. Exactly one threshold is set: a relative {@code minSupport} in (0, 1] (with
     * {@code minCount == 0}) or an absolute {@code minCount >= 1} (with {@code minSupport == 0}); the
     * {@code withX} methods keep this so.
     *
     * @param minSupport the minimum fraction of transactions, in (0, 1], or 0 when {@code minCount} is set; an
     *                   itemset is frequent when {@code count >= minSupport * n}, decided exactly on the decimal
     *                   value of {@code minSupport}
     * @param minCount   the minimum number of transactions, at least 1, or 0 when {@code minSupport} is set
     * @param maxLength  the largest itemset size to mine, at least 1 ({@link Integer#MAX_VALUE}: no limit)
     */
    public record Options(double minSupport, int minCount, int maxLength) {

        /**
         * Checks the options.
         *
         * @param minSupport the relative threshold, or 0
         * @param minCount   the absolute threshold, or 0
         * @param maxLength  the largest itemset size
         * @throws IllegalArgumentException if not exactly one threshold is set, a threshold is out of range or
         *                                  {@code maxLength < 1}
         */
        public Options {
            Thresholds.requireOneThreshold(minSupport, minCount);
            Thresholds.requireMaxLength(maxLength);
        }

        /**
         * The defaults: {@code minSupport} 0.1, no length limit.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(0.1, 0, Integer.MAX_VALUE);
        }

        /**
         * A copy with a relative threshold (replacing any absolute one).
         *
         * @param minSupport in (0, 1]
         * @return the new options
         * @throws IllegalArgumentException if {@code minSupport} is outside (0, 1] or NaN
         */
        public Options withMinSupport(double minSupport) {
            Thresholds.requireMinSupport(minSupport);
            return new Options(minSupport, 0, maxLength);
        }

        /**
         * A copy with an absolute threshold (replacing any relative one).
         *
         * @param minCount at least 1
         * @return the new options
         * @throws IllegalArgumentException if {@code minCount < 1}
         */
        public Options withMinCount(int minCount) {
            Thresholds.requireMinCount(minCount);
            return new Options(0, minCount, maxLength);
        }

        /**
         * A copy with a limit on the itemset size.
         *
         * @param maxLength at least 1
         * @return the new options
         * @throws IllegalArgumentException if {@code maxLength < 1}
         */
        public Options withMaxLength(int maxLength) {
            Thresholds.requireMaxLength(maxLength);
            return new Options(minSupport, minCount, maxLength);
        }
    }

    /**
     * Mines the itemsets contained in at least {@code minSupport * n} of the {@code n} transactions.
     *
     * @param transactions the database (not modified); an item repeated in a transaction counts once
     * @param minSupport   in (0, 1]
     * @param <T>          the item type
     * @return the frequent itemsets, equal to those of {@link FPGrowth#mine(List, double)}
     * @throws IllegalArgumentException if {@code transactions} is null or empty, a transaction or item is null, or
     *                                  {@code minSupport} is outside (0, 1]
     */
    public static <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions,
                                               double minSupport) {
        return mine(transactions, Options.defaults().withMinSupport(minSupport));
    }

    /**
     * Mines the frequent itemsets with the given options.
     *
     * @param transactions the database (not modified); an item repeated in a transaction counts once
     * @param options      the threshold and length limit, not null
     * @param <T>          the item type
     * @return the frequent itemsets, equal to those of {@link FPGrowth} with the same options
     * @throws IllegalArgumentException if {@code transactions} is null or empty, a transaction or item is null, or
     *                                  {@code options} is null
     */
    public static <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions,
                                               Options options) {
        require(options != null, "options must not be null");
        EncodedTransactions<T> database =
                EncodedTransactions.encode(transactions, options.minSupport(), options.minCount());
        ItemsetCollector found = new ItemsetCollector();
        new AprioriLevels(database, options.maxLength(), found, AprioriLevels.MAX_TRIANGULAR_ITEMS).run();
        return new FrequentItemsets<>(database, found);
    }
}
