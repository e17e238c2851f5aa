package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Apriori, FP-Growth and brute force agree on random databases; rules and condensed sets follow definitions. */
class AssociationPropertiesTest {

    @Provide
    Arbitrary<List<Set<Integer>>> small() {
        return Arbitraries.integers().between(0, 9).set().ofMaxSize(7).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Set<Integer>>> larger() {
        return Arbitraries.integers().between(0, 39).set().ofMaxSize(12).list().ofMinSize(20).ofMaxSize(300);
    }

    @Property(tries = 300, seed = "20001994")
    void miners_equalBruteForce_onSmallDatabases(@ForAll("small") List<Set<Integer>> transactions,
                                                 @ForAll @DoubleRange(min = 0.0, minIncluded = false, max = 1.0)
                                                 double minSupport) {
        int minCount = BruteForce.minCount(minSupport, transactions.size());
        Map<Set<Integer>, Integer> expected = BruteForce.bySubsets(transactions, minCount, Integer.MAX_VALUE);
        assertEquals(expected, BruteForce.asMap(Apriori.mine(transactions, minSupport)));
        assertEquals(expected, BruteForce.asMap(FPGrowth.mine(transactions, minSupport)));
    }

    @Property(tries = 100, seed = "20001994")
    void miners_agree_onLargerDatabases(@ForAll("larger") List<Set<Integer>> transactions,
                                        @ForAll @IntRange(min = 2, max = 12) int minCount,
                                        @ForAll @IntRange(min = 1, max = 8) int maxLength) {
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

    @Property(tries = 200, seed = "20001994")
    void rules_equalBruteForce(@ForAll("small") List<Set<Integer>> transactions,
                               @ForAll @IntRange(min = 1, max = 4) int minCount,
                               @ForAll @DoubleRange(min = 0.0, max = 1.0) double minConfidence) {
        Map<Set<Integer>, Integer> frequent = BruteForce.bySubsets(transactions, minCount, Integer.MAX_VALUE);
        FrequentItemsets<Integer> found = FPGrowth.mine(transactions,
                MiningOptions.defaults().withMinCount(minCount));
        assertEquals(BruteForce.rules(frequent, minConfidence),
                BruteForce.asOracleRules(AssociationRules.generate(found, minConfidence)));
    }

    @Property(tries = 200, seed = "20001994")
    void maximalAndClosed_followTheirDefinitions(@ForAll("small") List<Set<Integer>> transactions,
                                                 @ForAll @IntRange(min = 1, max = 4) int minCount) {
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
