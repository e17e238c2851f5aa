package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every frequent itemset miner meets, run by {@link AprioriTest} and {@link FPGrowthTest}: published
 * examples, agreement with brute force, the documented conventions, and one test per invalid input.
 */
abstract class FrequentItemsetMinerContract {

    /** Mines with a relative threshold through the short overload. */
    abstract <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions, double minSupport);

    /** Mines through the options, with an absolute threshold and a length limit. */
    abstract <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions, int minCount,
                                          int maxLength);

    /** Mines through the options, with a relative threshold and a length limit. */
    abstract <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions, double minSupport,
                                          int maxLength);

    private static final List<Set<String>> SMALL = List.of(Set.of("a", "b"), Set.of("a"), Set.of("b", "c"));

    @Test
    void mine_hanPeiYinExample_givesPublishedPatterns() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        FrequentItemsets<String> found = mine(example.transactions(), example.minCount(), Integer.MAX_VALUE);
        assertEquals(18, example.frequent().size());
        assertEquals(example.frequent(), BruteForce.asMap(found));
        assertEquals(3, found.minCount());
        assertEquals(5, found.transactionCount());
    }

    @Test
    void mine_hanPeiYinExampleAsFraction_givesPublishedPatterns() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        assertEquals(example.frequent(), BruteForce.asMap(mine(example.transactions(), 0.6)));
    }

    @Test
    void mine_agrawalSrikantExample_givesPublishedLargeItemsets() {
        PaperExample example = PaperExample.load(PaperExample.AGRAWAL_SRIKANT_1994);
        FrequentItemsets<String> found = mine(example.transactions(), example.minCount(), Integer.MAX_VALUE);
        assertEquals(9, example.frequent().size());
        assertEquals(example.frequent(), BruteForce.asMap(found));
    }

    @Test
    void mine_randomSmallDatabases_equalBruteForce() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            List<Set<Integer>> transactions = new ArrayList<>();
            int n = 1 + random.nextInt(30);
            for (int t = 0; t < n; t++) {
                Set<Integer> transaction = new HashSet<>();
                int size = random.nextInt(8);
                for (int i = 0; i < size; i++) {
                    transaction.add(random.nextInt(10));
                }
                transactions.add(transaction);
            }
            int minCount = 1 + random.nextInt(Math.max(1, n / 2));
            int maxLength = 1 + random.nextInt(6);
            assertEquals(BruteForce.bySubsets(transactions, minCount, maxLength),
                    BruteForce.asMap(mine(transactions, minCount, maxLength)), "trial " + trial);
        }
    }

    @Test
    void mine_retailAt2Percent_equalsBitSetEnumeration() {
        checkRetail(0.02);
    }

    @Test
    void mine_retailAt1Percent_equalsBitSetEnumeration() {
        checkRetail(0.01);
    }

    private void checkRetail(double minSupport) {
        List<Set<String>> retail = BasketGenerator.retail();
        FrequentItemsets<String> found = mine(retail, minSupport);
        int minCount = BruteForce.minCount(minSupport, retail.size());
        assertEquals(minCount, found.minCount());
        Map<Set<String>, Integer> expected = BruteForce.byBitSets(retail, minCount);
        assertEquals(expected, BruteForce.asMap(found));
        found.stream().limit(200).forEach(s -> assertEquals(BruteForce.count(retail, s.items()), s.count()));
        assertEquals(BruteForce.rules(expected, 0.6),
                BruteForce.asOracleRules(AssociationRules.generate(found, 0.6)));
    }

    @Test
    void mine_duplicateItemsInTransaction_countOnce() {
        List<List<String>> transactions = List.of(List.of("a", "a", "b"), List.of("a"), List.of("b", "b"));
        FrequentItemsets<String> found = mine(transactions, 1, Integer.MAX_VALUE);
        assertEquals(Map.of(Set.of("a"), 2, Set.of("b"), 2, Set.of("a", "b"), 1), BruteForce.asMap(found));
    }

    @Test
    void mine_emptyTransactions_countTowardsDatabaseSize() {
        List<Set<String>> transactions = List.of(Set.of("a"), Set.of(), Set.of(), Set.of("a", "b"));
        FrequentItemsets<String> found = mine(transactions, 0.5);
        assertEquals(4, found.transactionCount());
        assertEquals(Map.of(Set.of("a"), 2), BruteForce.asMap(found));
        assertEquals(0.5, found.support(Set.of("a")));
    }

    @Test
    void mine_supportExactlyAtThreshold_keepsItemset() {
        // 3 of 5 transactions at 0.6: 0.6 * 5 is 3.0000000000000004 in floating point, the decision is on counts
        List<Set<String>> transactions = List.of(Set.of("a"), Set.of("a"), Set.of("a"), Set.of("b"), Set.of("c"));
        assertEquals(Map.of(Set.of("a"), 3), BruteForce.asMap(mine(transactions, 0.6)));
        assertEquals(Map.of(), BruteForce.asMap(mine(transactions, 0.6000001)));
    }

    @Test
    void mine_maxLength_limitsItemsetSize() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        FrequentItemsets<String> found = mine(example.transactions(), 0.6, 2);
        assertEquals(13, found.size());
        assertTrue(found.stream().allMatch(s -> s.size() <= 2));
        assertEquals(6, mine(example.transactions(), 3, 1).size());
    }

    @Test
    void mine_thresholdAboveEveryCount_findsNothing() {
        FrequentItemsets<String> found = mine(SMALL, 3, Integer.MAX_VALUE);
        assertEquals(0, found.size());
        assertEquals(List.of(), found.maximal());
    }

    @Test
    void mine_identicalTransactions_findEveryCombination() {
        List<Set<String>> transactions = List.of(Set.of("a", "b", "c", "d"), Set.of("a", "b", "c", "d"));
        FrequentItemsets<String> found = mine(transactions, 1.0);
        assertEquals(15, found.size());
        assertTrue(found.stream().allMatch(s -> s.count() == 2 && s.support() == 1.0));
    }

    @Test
    void mine_genericItems_workWithAnyEqualsHashCode() {
        record Sku(String code) {
        }
        List<Set<Sku>> transactions = List.of(Set.of(new Sku("x"), new Sku("y")), Set.of(new Sku("x")));
        FrequentItemsets<Sku> found = mine(transactions, 0.5);
        assertEquals(2, found.count(Set.of(new Sku("x"))));
        assertEquals(1, found.count(Set.of(new Sku("x"), new Sku("y"))));
    }

    @Test
    void mine_canonicalOrder_bySizeThenFrequency() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        List<Itemset<String>> itemsets = mine(example.transactions(), 0.6).itemsets();
        assertEquals(List.of("f"), List.copyOf(itemsets.get(0).items()));
        assertEquals(List.of("c"), List.copyOf(itemsets.get(1).items()));
        assertEquals(List.of("f", "c", "a", "m"), List.copyOf(itemsets.get(17).items()));
    }

    @Test
    void mine_input_isNotModified() {
        List<Set<String>> transactions = new ArrayList<>(List.of(new HashSet<>(Set.of("a", "b")),
                new HashSet<>(Set.of("a"))));
        List<Set<String>> before = List.of(Set.of("a", "b"), Set.of("a"));
        mine(transactions, 0.5);
        assertEquals(before, transactions);
    }

    @Test
    void mine_nullTransactions() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine((List<Set<String>>) null, 0.5));
        assertEquals("transactions must not be null", e.getMessage());
    }

    @Test
    void mine_emptyDatabase() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(List.<Set<String>>of(), 0.5));
        assertEquals("transactions must not be empty (there is nothing to mine)", e.getMessage());
    }

    @Test
    void mine_nullTransaction() {
        List<Set<String>> transactions = Arrays.asList(Set.of("a"), null);
        var e = assertThrows(IllegalArgumentException.class, () -> mine(transactions, 0.5));
        assertEquals("transactions[1] must not be null", e.getMessage());
    }

    @Test
    void mine_nullItem() {
        List<List<String>> transactions = List.of(List.of("a"), Arrays.asList("b", null));
        var e = assertThrows(IllegalArgumentException.class, () -> mine(transactions, 0.5));
        assertEquals("transactions[1] must not contain a null item", e.getMessage());
    }

    @Test
    void mine_minSupportZero() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(SMALL, 0.0));
        assertEquals("minSupport must be in (0, 1], was 0.0", e.getMessage());
    }

    @Test
    void mine_minSupportNegative() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(SMALL, -0.1));
        assertEquals("minSupport must be in (0, 1], was -0.1", e.getMessage());
    }

    @Test
    void mine_minSupportAboveOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(SMALL, 1.5));
        assertEquals("minSupport must be in (0, 1], was 1.5", e.getMessage());
    }

    @Test
    void mine_minSupportNaN() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(SMALL, Double.NaN));
        assertEquals("minSupport must be in (0, 1], was NaN", e.getMessage());
    }

    @Test
    void mine_minCountZero() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(SMALL, 0, 3));
        assertEquals("minCount must be >= 1, was 0", e.getMessage());
    }

    @Test
    void mine_maxLengthZero() {
        var e = assertThrows(IllegalArgumentException.class, () -> mine(SMALL, 0.5, 0));
        assertEquals("maxLength must be >= 1, was 0", e.getMessage());
    }
}
