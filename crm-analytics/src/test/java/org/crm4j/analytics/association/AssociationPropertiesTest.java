package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Apriori, FP-Growth and brute force agree on random databases; rules and condensed sets follow definitions. */
class AssociationPropertiesTest {

    private static final long SEED = 20001994L;

    /** Transactions of up to {@code maxItems} distinct items from {@code [0, items)}; fewer when draws repeat. */
    private static Gen<List<Set<Integer>>> databases(int items, int maxItems, int minSize, int maxSize) {
        Gen<Set<Integer>> transaction = lists().of(integers().between(0, items - 1)).ofSizeBetween(0, maxItems)
                .map(l -> Collections.unmodifiableSet(new LinkedHashSet<>(l)));
        return lists().of(transaction).ofSizeBetween(minSize, maxSize);
    }

    private static Gen<List<Set<Integer>>> small() {
        return databases(10, 7, 1, 25);
    }

    private static Gen<List<Set<Integer>>> larger() {
        return databases(40, 12, 20, 300);
    }

    @Test
    void miners_equalBruteForce_onSmallDatabases() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(small(), doubles().between(Math.nextUp(0.0), 1.0))
                .checkAssert(AssociationPropertiesTest::minersEqualBruteForce);
    }

    private static void minersEqualBruteForce(List<Set<Integer>> transactions, double minSupport) {
        int minCount = BruteForce.minCount(minSupport, transactions.size());
        Map<Set<Integer>, Integer> expected = BruteForce.bySubsets(transactions, minCount, Integer.MAX_VALUE);
        assertEquals(expected, BruteForce.asMap(Apriori.mine(transactions, minSupport)));
        assertEquals(expected, BruteForce.asMap(FPGrowth.mine(transactions, minSupport)));
    }

    @Test
    void miners_agree_onLargerDatabases() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(larger(), integers().between(2, 12), integers().between(1, 8))
                .checkAssert(AssociationPropertiesTest::minersAgree);
    }

    /**
     * More than 64 frequent items: FP-Growth mines the tree of the full codes and the conditional bases of the 64
     * most frequent items as bit masks (the retail-like and smaller databases above never leave the mask path).
     */
    @Test
    void miners_agree_withMoreThan64FrequentItems() {
        qt().withFixedSeed(SEED).withExamples(30)
                .forAll(longs().all(), integers().between(2, 3), integers().between(1, 4))
                .checkAssert((seed, minCount, maxLength) -> {
                    List<Set<Integer>> transactions = wide(seed);
                    assertTrue(EncodedTransactions.encode(transactions, 0, minCount).itemCount() > MaskGrowth.ITEMS);
                    MiningOptions options = MiningOptions.defaults().withMinCount(minCount).withMaxLength(maxLength);
                    assertEquals(Apriori.mine(transactions, options).itemsets(),
                            FPGrowth.mine(transactions, options).itemsets());
                });
    }

    /**
     * 300 to 400 transactions of 6 to 10 draws from 100 items (each item in about 25 of them), drawn from the seed
     * by {@link SplittableRandom}: QuickTheories' own integers favour their bounds, which leaves too few distinct
     * items.
     */
    private static List<Set<Integer>> wide(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 300 + random.nextInt(101);
        List<Set<Integer>> transactions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Set<Integer> transaction = new LinkedHashSet<>();
            for (int draws = 6 + random.nextInt(5); draws > 0; draws--) {
                transaction.add(random.nextInt(100));
            }
            transactions.add(Collections.unmodifiableSet(transaction));
        }
        return transactions;
    }

    private static void minersAgree(List<Set<Integer>> transactions, int minCount, int maxLength) {
        FrequentItemsets<Integer> apriori = Apriori.mine(transactions,
                MiningOptions.defaults().withMinCount(minCount).withMaxLength(maxLength));
        FrequentItemsets<Integer> fpGrowth = FPGrowth.mine(transactions,
                MiningOptions.defaults().withMinCount(minCount).withMaxLength(maxLength));
        assertEquals(apriori.itemsets(), fpGrowth.itemsets());
        Map<Set<String>, Integer> expected = new HashMap<>();
        BruteForce.byBitSets(transactions.stream().map(t -> t.stream().map(String::valueOf).toList()).toList(),
                minCount).forEach((items, count) -> {
                    if (items.size() <= maxLength) {
                        expected.put(items, count);
                    }
                });
        Map<Set<String>, Integer> found = new HashMap<>();
        BruteForce.asMap(fpGrowth).forEach((items, count) -> found.put(
                Set.copyOf(items.stream().map(String::valueOf).toList()), count));
        assertEquals(expected, found);
    }

    @Test
    void rules_equalBruteForce() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(small(), integers().between(1, 4), doubles().between(0, 1))
                .checkAssert(AssociationPropertiesTest::rulesEqualBruteForce);
    }

    private static void rulesEqualBruteForce(List<Set<Integer>> transactions, int minCount, double minConfidence) {
        Map<Set<Integer>, Integer> frequent = BruteForce.bySubsets(transactions, minCount, Integer.MAX_VALUE);
        FrequentItemsets<Integer> found = FPGrowth.mine(transactions,
                MiningOptions.defaults().withMinCount(minCount));
        assertEquals(BruteForce.rules(frequent, minConfidence),
                BruteForce.asOracleRules(AssociationRules.generate(found, minConfidence)));
    }

    @Test
    void maximalAndClosed_followTheirDefinitions() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(small(), integers().between(1, 4))
                .checkAssert(AssociationPropertiesTest::maximalAndClosedFollowTheirDefinitions);
    }

    private static void maximalAndClosedFollowTheirDefinitions(List<Set<Integer>> transactions, int minCount) {
        Map<Set<Integer>, Integer> frequent = BruteForce.bySubsets(transactions, minCount, Integer.MAX_VALUE);
        Map<Set<Integer>, Integer> maximal = new HashMap<>();
        Map<Set<Integer>, Integer> closed = new HashMap<>();
        frequent.forEach((x, count) -> {
            boolean hasSuperset = false;
            boolean hasEqualSuperset = false;
            for (Map.Entry<Set<Integer>, Integer> other : frequent.entrySet()) {
                if (other.getKey().size() > x.size() && other.getKey().containsAll(x)) {
                    hasSuperset = true;
                    hasEqualSuperset |= other.getValue().equals(count);
                }
            }
            if (!hasSuperset) {
                maximal.put(x, count);
            }
            if (!hasEqualSuperset) {
                closed.put(x, count);
            }
        });
        FrequentItemsets<Integer> found = Apriori.mine(transactions,
                MiningOptions.defaults().withMinCount(minCount));
        assertEquals(maximal, asMap(found.maximal()));
        assertEquals(closed, asMap(found.closed()));
    }

    private static Map<Set<Integer>, Integer> asMap(List<Itemset<Integer>> itemsets) {
        Map<Set<Integer>, Integer> map = new HashMap<>();
        itemsets.forEach(s -> map.put(Set.copyOf(s.items()), s.count()));
        return map;
    }
}
