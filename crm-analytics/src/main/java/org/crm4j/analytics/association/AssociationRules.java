package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Association rules from frequent itemsets (Agrawal &amp; Srikant 1994, Section 3).
 *
 * <p>For every frequent itemset {@code Z} of two or more items and every split of {@code Z} into a non-empty
 * antecedent {@code X} and non-empty consequent {@code Y = Z \ X}, the rule {@code X => Y} is kept when
 * {@code c(Z) / c(X) >= minConfidence}. The test is decided on the counts, exactly, with {@code minConfidence}
 * read as the decimal it prints as: a rule with counts 3 of 5 is kept at 0.6. Every {@code c(X)} and
 * {@code c(Y)} is known because subsets of frequent itemsets are frequent.
 *
 * <pre>{@code
 * List<AssociationRule<String>> rules = AssociationRules.generate(FPGrowth.mine(baskets, 0.02), 0.6);
 * List<AssociationRule<String>> strong = AssociationRules.filter(rules, AssociationRule.Measure.LIFT, 1.5);
 * List<AssociationRule<String>> byLift = AssociationRules.sort(strong, AssociationRule.Measure.LIFT);
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>R. Agrawal and R. Srikant, Fast algorithms for mining association rules, Proc. 20th VLDB, 1994,
 *       pp. 487-499.</li>
 *   <li>S. Brin, R. Motwani, J. D. Ullman and S. Tsur, Dynamic itemset counting and implication rules for market
 *       basket data, Proc. ACM SIGMOD 1997, pp. 255-264.</li>
 * </ol>
 *
 * @see AssociationRule
 */
public final class AssociationRules {

    /** Splits of one itemset are enumerated as bit masks; 2^30 frequent subsets cannot be held anyway. */
    private static final int MAX_RULE_ITEMS = 30;

    private AssociationRules() {
    }

    /**
     * Generates every rule with confidence at least {@code minConfidence}.
     *
     * @param itemsets      the frequent itemsets, not null
     * @param minConfidence in [0, 1]
     * @param <T>           the item type
     * @return the rules, unmodifiable, by descending confidence, then descending support, then itemset order
     * @throws IllegalArgumentException if {@code itemsets} is null or {@code minConfidence} is outside [0, 1]
     */
    public static <T> List<AssociationRule<T>> generate(FrequentItemsets<T> itemsets, double minConfidence) {
        require(itemsets != null, "itemsets must not be null");
        Thresholds.requireMinConfidence(minConfidence);
        int n = itemsets.transactionCount();
        int[] required = new int[n + 1];
        Arrays.fill(required, -1);
        List<AssociationRule<T>> rules = new ArrayList<>();
        int[] antecedent = new int[MAX_RULE_ITEMS];
        int[] consequent = new int[MAX_RULE_ITEMS];
        for (int z = 0; z < itemsets.size(); z++) {
            int[] codes = itemsets.codesAt(z);
            int k = codes.length;
            if (k < 2) {
                continue;
            }
            require(k <= MAX_RULE_ITEMS, "itemsets of more than %d items are not supported, found %d", MAX_RULE_ITEMS,
                    k);
            int count = itemsets.countAt(z);
            int full = (1 << k) - 1;
            for (int mask = 1; mask < full; mask++) {
                int a = 0;
                int c = 0;
                for (int i = 0; i < k; i++) {
                    if ((mask & (1 << i)) != 0) {
                        antecedent[a++] = codes[i];
                    } else {
                        consequent[c++] = codes[i];
                    }
                }
                int antecedentCount = itemsets.countAt(itemsets.find(antecedent, a));
                if (required[antecedentCount] < 0) {
                    required[antecedentCount] = Thresholds.ceilOf(minConfidence, antecedentCount);
                }
                if (count < required[antecedentCount]) {
                    continue;
                }
                int consequentCount = itemsets.countAt(itemsets.find(consequent, c));
                rules.add(new AssociationRule<>(itemsets.decode(antecedent, a), itemsets.decode(consequent, c), count,
                        antecedentCount, consequentCount, n));
            }
        }
        rules.sort(Comparator.comparingDouble((AssociationRule<T> r) -> r.confidence()).reversed()
                .thenComparing(Comparator.comparingDouble((AssociationRule<T> r) -> r.support()).reversed()));
        return Collections.unmodifiableList(rules);
    }

    /**
     * The rules whose measure is at least {@code min}, in their order.
     *
     * @param rules   the rules (not modified), not null, no null element
     * @param measure the measure to test, not null
     * @param min     the smallest value kept, not NaN ({@code -inf} keeps everything)
     * @param <T>     the item type
     * @return a new unmodifiable list
     * @throws IllegalArgumentException if an argument is null, {@code rules} holds null, or {@code min} is NaN
     */
    public static <T> List<AssociationRule<T>> filter(List<AssociationRule<T>> rules, AssociationRule.Measure measure,
                                                      double min) {
        requireRules(rules);
        require(measure != null, "measure must not be null");
        require(!Double.isNaN(min), "min must not be NaN");
        List<AssociationRule<T>> kept = new ArrayList<>();
        for (AssociationRule<T> rule : rules) {
            if (measure.of(rule) >= min) {
                kept.add(rule);
            }
        }
        return Collections.unmodifiableList(kept);
    }

    /**
     * The rules by descending measure; ties keep their order (the sort is stable).
     *
     * @param rules   the rules (not modified), not null, no null element
     * @param measure the measure to sort by, not null
     * @param <T>     the item type
     * @return a new unmodifiable list
     * @throws IllegalArgumentException if an argument is null or {@code rules} holds null
     */
    public static <T> List<AssociationRule<T>> sort(List<AssociationRule<T>> rules, AssociationRule.Measure measure) {
        requireRules(rules);
        require(measure != null, "measure must not be null");
        List<AssociationRule<T>> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble((AssociationRule<T> r) -> measure.of(r)).reversed());
        return Collections.unmodifiableList(sorted);
    }

    private static void requireRules(List<? extends AssociationRule<?>> rules) {
        require(rules != null, "rules must not be null");
        for (int i = 0; i < rules.size(); i++) {
            require(rules.get(i) != null, "rules[%d] must not be null", i);
        }
    }
}
