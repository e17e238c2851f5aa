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
 * no frequent itemset, or at {@link MiningOptions#maxLength()}. Candidates are held in a prefix tree that each
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
 * FrequentItemsets<String> g = Apriori.mine(baskets, MiningOptions.defaults().withMinCount(1).withMaxLength(2));
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
        return mine(transactions, MiningOptions.defaults().withMinSupport(minSupport));
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
                                               MiningOptions options) {
        require(options != null, "options must not be null");
        EncodedTransactions<T> database =
                EncodedTransactions.encode(transactions, options.minSupport(), options.minCount());
        ItemsetCollector found = new ItemsetCollector();
        new AprioriLevels(database, options.maxLength(), found, AprioriLevels.MAX_TRIANGULAR_ITEMS).run();
        return new FrequentItemsets<>(database, found);
    }
}
