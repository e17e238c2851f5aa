package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Look-ups, condensed representations and the value types, on the Han, Pei &amp; Yin example. */
class FrequentItemsetsTest {

    private static final FrequentItemsets<String> HAN = FPGrowth.mine(
            PaperExample.load(PaperExample.HAN_PEI_YIN_2000).transactions(),
            MiningOptions.defaults().withMinCount(3));

    private static Map<Set<String>, Integer> asMap(List<Itemset<String>> itemsets) {
        return itemsets.stream().collect(Collectors.toMap(s -> new HashSet<>(s.items()), Itemset::count));
    }

    @Test
    void support_frequentItemset_isCountOverTransactions() {
        assertEquals(0.6, HAN.support(Set.of("f", "c", "a", "m")));
        assertEquals(0.8, HAN.support(Set.of("f")));
    }

    @Test
    void count_frequentItemset_isExact() {
        assertEquals(3, HAN.count(Set.of("c", "p")));
        assertEquals(4, HAN.count(Set.of("c")));
    }

    @Test
    void support_notFrequent_namesItemset() {
        Set<String> bp = new LinkedHashSet<>(List.of("b", "p"));
        var e = assertThrows(IllegalArgumentException.class, () -> HAN.support(bp));
        assertEquals("itemset [b, p] is not frequent: fewer than 3 of 5 transactions contain it", e.getMessage());
    }

    @Test
    void support_unknownItem_namesItemset() {
        var e = assertThrows(IllegalArgumentException.class, () -> HAN.support(Set.of("zebra")));
        assertEquals("itemset [zebra] is not frequent: fewer than 3 of 5 transactions contain it", e.getMessage());
    }

    @Test
    void support_null() {
        var e = assertThrows(IllegalArgumentException.class, () -> HAN.support(null));
        assertEquals("items must not be null", e.getMessage());
    }

    @Test
    void support_empty() {
        var e = assertThrows(IllegalArgumentException.class, () -> HAN.support(Set.of()));
        assertEquals("items must not be empty", e.getMessage());
    }

    @Test
    void support_nullItem() {
        Set<String> withNull = new HashSet<>(Arrays.asList("f", null));
        var e = assertThrows(IllegalArgumentException.class, () -> HAN.support(withNull));
        assertTrue(e.getMessage().startsWith("items must not contain null"), e.getMessage());
    }

    @Test
    void contains_frequentAndNot() {
        assertTrue(HAN.contains(Set.of("a", "m")));
        assertFalse(HAN.contains(Set.of("b", "p")));
        assertFalse(HAN.contains(Set.of()));
        assertFalse(HAN.contains(null));
    }

    @Test
    void maximal_hanPeiYinExample() {
        // by hand from the published patterns: {b}, {c, p} and {f, c, a, m} have no frequent proper superset
        assertEquals(Map.of(Set.of("b"), 3, Set.of("c", "p"), 3, Set.of("f", "c", "a", "m"), 3), asMap(HAN.maximal()));
    }

    @Test
    void closed_hanPeiYinExample() {
        // by hand: {f}:4 and {c}:4 have no superset of count 4; {a}, {m}, {p} ... are absorbed by supersets of count 3
        assertEquals(Map.of(Set.of("f"), 4, Set.of("c"), 4, Set.of("b"), 3, Set.of("c", "p"), 3,
                Set.of("f", "c", "a", "m"), 3), asMap(HAN.closed()));
    }

    @Test
    void itemsets_sizeAndStreamAgree() {
        assertEquals(18, HAN.size());
        assertEquals(HAN.stream().collect(Collectors.toList()), HAN.itemsets());
        int seen = 0;
        for (Itemset<String> ignored : HAN) {
            seen++;
        }
        assertEquals(18, seen);
    }

    @Test
    void itemsets_areUnmodifiable() {
        List<Itemset<String>> itemsets = HAN.itemsets();
        assertThrows(UnsupportedOperationException.class, () -> itemsets.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> itemsets.get(0).items().add("z"));
        assertThrows(UnsupportedOperationException.class, () -> HAN.maximal().clear());
    }

    @Test
    void toString_summarises() {
        assertEquals("FrequentItemsets[size=18, transactions=5, minCount=3]", HAN.toString());
    }

    @Test
    void itemset_equalityIgnoresItemOrder() {
        assertEquals(new Itemset<>(new LinkedHashSet<>(List.of("a", "b")), 2, 0.5),
                new Itemset<>(new LinkedHashSet<>(List.of("b", "a")), 2, 0.5));
    }

    @Test
    void itemset_copiesItems() {
        Set<String> items = new HashSet<>(Set.of("a"));
        Itemset<String> itemset = new Itemset<>(items, 1, 1.0);
        items.add("b");
        assertEquals(Set.of("a"), itemset.items());
    }

    @Test
    void itemset_emptyItems() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Itemset<>(Set.of(), 1, 0.5));
        assertEquals("items must not be empty", e.getMessage());
    }

    @Test
    void itemset_nullItems() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Itemset<String>(null, 1, 0.5));
        assertEquals("items must not be null", e.getMessage());
    }

    @Test
    void itemset_zeroCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Itemset<>(Set.of("a"), 0, 0.5));
        assertEquals("count must be >= 1, was 0", e.getMessage());
    }

    @Test
    void itemset_supportAboveOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Itemset<>(Set.of("a"), 1, 1.5));
        assertEquals("support must be in (0, 1], was 1.5", e.getMessage());
    }
}
