package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shape every crm4j algorithm shares (crm-analytics/README.md, "How every algorithm looks"), checked for the
 * association family: the two miners keep the verb {@code mine} and share ONE options record,
 * {@link MiningOptions}, validated in its constructor including the cross-field rule (exactly one threshold);
 * {@code with...} copies; a short overload; an immutable result with a {@code summary()}. The miners are exact
 * and single-threaded, so there is no convergence and no {@code threads} option.
 */
class AssociationShapeTest {

    private static final PaperExample PAPER = PaperExample.load(PaperExample.AGRAWAL_SRIKANT_1994);

    @Test
    void mine_bothMinersTakeTheSameOptions_andAgree() {
        MiningOptions options = MiningOptions.defaults().withMinCount(PAPER.minCount());

        FrequentItemsets<String> apriori = Apriori.mine(PAPER.transactions(), options);
        FrequentItemsets<String> fpGrowth = FPGrowth.mine(PAPER.transactions(), options);

        assertEquals(apriori.itemsets(), fpGrowth.itemsets());
        assertEquals(PAPER.frequent().size(), apriori.size());
    }

    @Test
    void mine_shortOverload_isDefaultsWithThatSupport() {
        assertEquals(Apriori.mine(PAPER.transactions(), MiningOptions.defaults().withMinSupport(0.5)).itemsets(),
                Apriori.mine(PAPER.transactions(), 0.5).itemsets());
        assertEquals(FPGrowth.mine(PAPER.transactions(), MiningOptions.defaults().withMinSupport(0.5)).itemsets(),
                FPGrowth.mine(PAPER.transactions(), 0.5).itemsets());
    }

    @Test
    void options_crossFieldRule_exactlyOneThreshold() {
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> new MiningOptions(0.5, 3, 2));
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
                () -> new MiningOptions(0, 0, 2));

        assertEquals("minSupport and minCount are exclusive (the unused one must be 0), were 0.5 and 3",
                both.getMessage());
        assertEquals("minSupport must be in (0, 1], was 0.0", neither.getMessage());
    }

    @Test
    void options_withCopies_keepOneThresholdAndLeaveTheOriginal() {
        MiningOptions defaults = MiningOptions.defaults();

        assertEquals(new MiningOptions(0, 4, 3), defaults.withMaxLength(3).withMinCount(4));
        assertEquals(new MiningOptions(0.2, 0, Integer.MAX_VALUE), defaults.withMinCount(4).withMinSupport(0.2));
        assertEquals(new MiningOptions(0.1, 0, Integer.MAX_VALUE), defaults);
    }

    @Test
    void result_isImmutable() {
        FrequentItemsets<String> f = FPGrowth.mine(PAPER.transactions(), 0.5);

        assertThrows(UnsupportedOperationException.class, () -> f.itemsets().set(0, null));
        assertThrows(UnsupportedOperationException.class, () -> f.itemsets().get(0).items().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> f.maximal().clear());
    }

    /**
     * Agrawal and Srikant's (1994) worked example: 9 large itemsets (4 of one item, 4 of two, 1 of three) in 4
     * transactions at minimum count 2; counts 2, 3, 3, 3, 2, 2, 3, 2, 2, so supports from 0.5 to 0.75, median 0.5,
     * mean 22 / 36.
     */
    @Test
    void summary_paperExample() {
        String summary = Apriori.mine(PAPER.transactions(), MiningOptions.defaults().withMinCount(2)).summary();

        assertTrue(summary.startsWith("Frequent itemsets: 9 in 4 transactions, minimum count 2 (support 0.5000)\n"),
                summary);
        assertTrue(summary.contains("""
                  length  itemsets
                       1         4
                       2         4
                       3         1
                """), summary);
        assertTrue(summary.contains("Support: min 0.5000, median 0.5000, mean 0.6111, max 0.7500\n"), summary);
        assertTrue(summary.contains("count 3, support 0.7500"), summary);
        List<String> listed = summary.lines().filter(l -> l.startsWith("  [")).toList();
        assertEquals(9, listed.size(), summary); // all nine, fewer than the ten shown at most
        assertTrue(listed.subList(0, 4).stream().allMatch(l -> l.endsWith("count 3, support 0.7500")), summary);
        assertTrue(listed.subList(4, 9).stream().allMatch(l -> l.endsWith("count 2, support 0.5000")), summary);
    }

    @Test
    void summary_noItemset_saysSo() {
        String summary = FPGrowth.mine(List.of(Set.of("a"), Set.of("b")), 1.0).summary();

        assertEquals("Frequent itemsets: 0 in 2 transactions, minimum count 2 (support 1.0000)\n", summary);
    }
}
