package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counting shortcuts of {@link AprioriLevels} do not change the result. */
class AprioriLevelsTest {

    private static <T> FrequentItemsets<T> mine(List<? extends Set<T>> transactions, int minCount, int triangular) {
        EncodedTransactions<T> database = EncodedTransactions.encode(transactions, 0, minCount);
        ItemsetCollector found = new ItemsetCollector();
        new AprioriLevels(database, Integer.MAX_VALUE, found, triangular).run();
        return new FrequentItemsets<>(database, found);
    }

    @Test
    void run_pairsCountedInTree_equalBitSetEnumeration() {
        List<Set<String>> retail = BasketGenerator.retail();
        assertEquals(BruteForce.byBitSets(retail, 50), BruteForce.asMap(mine(retail, 50, 0)));
    }

    @Test
    void run_pairsCountedInTree_giveHanPeiYinPatterns() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        assertEquals(example.frequent(), BruteForce.asMap(mine(example.transactions(), example.minCount(), 0)));
    }

    @Test
    void run_identicalTransactions_countWithMultiplicity() {
        List<Set<String>> transactions = List.of(Set.of("a", "b"), Set.of("a", "b"), Set.of("a", "b", "c"),
                Set.of("a", "b"), Set.of("c"));
        assertEquals(BruteForce.bySubsets(transactions, 1, Integer.MAX_VALUE),
                BruteForce.asMap(mine(transactions, 1, 0)));
        assertEquals(BruteForce.bySubsets(transactions, 1, Integer.MAX_VALUE),
                BruteForce.asMap(mine(transactions, 1, AprioriLevels.MAX_TRIANGULAR_ITEMS)));
    }
}
