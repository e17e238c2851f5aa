package org.crm4j.analytics.association;

/**
 * The options of both frequent-itemset miners, {@link Apriori} and {@link FPGrowth}: one record, because the two
 * algorithms answer the same question and return the same itemsets for the same options. Exactly one threshold is
 * set: a relative {@code minSupport} in (0, 1] (with {@code minCount == 0}) or an absolute {@code minCount >= 1}
 * (with {@code minSupport == 0}); the {@code withX} methods keep this so (the cross-field rule is checked in the
 * constructor).
 *
 * <pre>{@code
 * MiningOptions options = MiningOptions.defaults().withMinSupport(0.01).withMaxLength(4);
 * FrequentItemsets<String> a = Apriori.mine(baskets, options);
 * FrequentItemsets<String> f = FPGrowth.mine(baskets, options);      // the same itemsets and counts
 * }</pre>
 *
 * @param minSupport the minimum fraction of transactions, in (0, 1], or 0 when {@code minCount} is set; an
 *                   itemset is frequent when {@code count >= minSupport * n}, decided exactly on the decimal
 *                   value of {@code minSupport}
 * @param minCount   the minimum number of transactions, at least 1, or 0 when {@code minSupport} is set
 * @param maxLength  the largest itemset size to mine, at least 1 ({@link Integer#MAX_VALUE}: no limit)
 */
public record MiningOptions(double minSupport, int minCount, int maxLength) {

    /**
     * Checks the options.
     *
     * @param minSupport the relative threshold, or 0
     * @param minCount   the absolute threshold, or 0
     * @param maxLength  the largest itemset size
     * @throws IllegalArgumentException if not exactly one threshold is set, a threshold is out of range or
     *                                  {@code maxLength < 1}
     */
    public MiningOptions {
        Thresholds.requireOneThreshold(minSupport, minCount);
        Thresholds.requireMaxLength(maxLength);
    }

    /**
     * The defaults: {@code minSupport} 0.1, no length limit.
     *
     * @return the default options
     */
    public static MiningOptions defaults() {
        return new MiningOptions(0.1, 0, Integer.MAX_VALUE);
    }

    /**
     * A copy with a relative threshold (replacing any absolute one).
     *
     * @param minSupport in (0, 1]
     * @return the new options
     * @throws IllegalArgumentException if {@code minSupport} is outside (0, 1] or NaN
     */
    public MiningOptions withMinSupport(double minSupport) {
        Thresholds.requireMinSupport(minSupport);
        return new MiningOptions(minSupport, 0, maxLength);
    }

    /**
     * A copy with an absolute threshold (replacing any relative one).
     *
     * @param minCount at least 1
     * @return the new options
     * @throws IllegalArgumentException if {@code minCount < 1}
     */
    public MiningOptions withMinCount(int minCount) {
        Thresholds.requireMinCount(minCount);
        return new MiningOptions(0, minCount, maxLength);
    }

    /**
     * A copy with a limit on the itemset size.
     *
     * @param maxLength at least 1
     * @return the new options
     * @throws IllegalArgumentException if {@code maxLength < 1}
     */
    public MiningOptions withMaxLength(int maxLength) {
        Thresholds.requireMaxLength(maxLength);
        return new MiningOptions(minSupport, minCount, maxLength);
    }
}
