package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.crm4j.analytics.association.AssociationRule.Measure;
import org.junit.jupiter.api.Test;

/** Rule generation, filtering and sorting, with measures checked against hand computation. */
class AssociationRulesTest {

    private static final double TOLERANCE = 1e-12;

    private static FrequentItemsets<String> hanPeiYin() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        return FPGrowth.mine(example.transactions(), MiningOptions.defaults().withMinCount(example.minCount()));
    }

    private static AssociationRule<String> find(List<AssociationRule<String>> rules, Set<String> x, Set<String> y) {
        return rules.stream().filter(r -> r.antecedent().equals(x) && r.consequent().equals(y)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + x + " => " + y));
    }

    @Test
    void generate_hanPeiYinExample_certainRuleMeasures() {
        // {a} => {m}: c(am) = 3, c(a) = 3, c(m) = 3, n = 5
        AssociationRule<String> r = find(AssociationRules.generate(hanPeiYin(), 0.6), Set.of("a"), Set.of("m"));
        assertEquals(0.6, r.support(), TOLERANCE);
        assertEquals(1.0, r.confidence(), TOLERANCE);
        assertEquals(5.0 / 3.0, r.lift(), TOLERANCE);
        assertEquals(0.6 - 0.6 * 0.6, r.leverage(), TOLERANCE);
        assertEquals(Double.POSITIVE_INFINITY, r.conviction());
    }

    @Test
    void generate_hanPeiYinExample_negativelyCorrelatedRuleMeasures() {
        // {f} => {c}: c(fc) = 3, c(f) = 4, c(c) = 4, n = 5
        AssociationRule<String> r = find(AssociationRules.generate(hanPeiYin(), 0.6), Set.of("f"), Set.of("c"));
        assertEquals(0.6, r.support(), TOLERANCE);
        assertEquals(0.75, r.confidence(), TOLERANCE);
        assertEquals(0.9375, r.lift(), TOLERANCE);
        assertEquals(-0.04, r.leverage(), TOLERANCE);
        assertEquals(0.8, r.conviction(), TOLERANCE);
    }

    @Test
    void generate_hanPeiYinExample_positivelyCorrelatedRuleMeasures() {
        // {c} => {p}: c(cp) = 3, c(c) = 4, c(p) = 3, n = 5
        AssociationRule<String> r = find(AssociationRules.generate(hanPeiYin(), 0.6), Set.of("c"), Set.of("p"));
        assertEquals(0.75, r.confidence(), TOLERANCE);
        assertEquals(1.25, r.lift(), TOLERANCE);
        assertEquals(0.12, r.leverage(), TOLERANCE);
        assertEquals(1.6, r.conviction(), TOLERANCE);
    }

    @Test
    void generate_hanPeiYinExample_equalsBruteForceRules() {
        PaperExample example = PaperExample.load(PaperExample.HAN_PEI_YIN_2000);
        for (double minConfidence : new double[] {0.0, 0.6, 0.75, 0.8, 1.0}) {
            assertEquals(BruteForce.rules(example.frequent(), minConfidence),
                    BruteForce.asOracleRules(AssociationRules.generate(hanPeiYin(), minConfidence)),
                    "minConfidence " + minConfidence);
        }
    }

    @Test
    void generate_confidenceExactlyAtThreshold_keepsRule() {
        // c(xy) / c(x) = 3 / 5; 0.6 * 5 is 3.0000000000000004 in floating point, the decision is on counts
        List<Set<String>> transactions = List.of(Set.of("x", "y"), Set.of("x", "y"), Set.of("x", "y"), Set.of("x"),
                Set.of("x"));
        FrequentItemsets<String> f = Apriori.mine(transactions, MiningOptions.defaults().withMinCount(1));
        AssociationRule<String> r = find(AssociationRules.generate(f, 0.6), Set.of("x"), Set.of("y"));
        assertEquals(3, r.count());
        assertEquals(5, r.antecedentCount());
        assertTrue(AssociationRules.generate(f, 0.6000001).stream().noneMatch(s -> s.antecedent().equals(Set.of("x"))));
    }

    @Test
    void generate_minConfidenceOne_keepsOnlyCertainRules() {
        List<AssociationRule<String>> rules = AssociationRules.generate(hanPeiYin(), 1.0);
        assertFalse(rules.isEmpty());
        assertTrue(rules.stream().allMatch(r -> r.count() == r.antecedentCount()
                && r.conviction() == Double.POSITIVE_INFINITY));
    }

    @Test
    void generate_order_byConfidenceThenSupport() {
        List<AssociationRule<String>> rules = AssociationRules.generate(
                FPGrowth.mine(BasketGenerator.retail(), 0.02), 0.6);
        for (int i = 1; i < rules.size(); i++) {
            AssociationRule<String> a = rules.get(i - 1);
            AssociationRule<String> b = rules.get(i);
            assertTrue(a.confidence() > b.confidence()
                    || a.confidence() == b.confidence() && a.support() >= b.support(), "at " + i);
        }
    }

    @Test
    void generate_singleItemsOnly_givesNoRule() {
        FrequentItemsets<String> f = FPGrowth.mine(List.of(Set.of("a"), Set.of("b")), 0.5);
        assertEquals(List.of(), AssociationRules.generate(f, 0.0));
    }

    @Test
    void generate_nullItemsets() {
        var e = assertThrows(IllegalArgumentException.class, () -> AssociationRules.generate(null, 0.5));
        assertEquals("itemsets must not be null", e.getMessage());
    }

    @Test
    void generate_minConfidenceNegative() {
        var e = assertThrows(IllegalArgumentException.class, () -> AssociationRules.generate(hanPeiYin(), -0.5));
        assertEquals("minConfidence must be in [0, 1], was -0.5", e.getMessage());
    }

    @Test
    void generate_minConfidenceAboveOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> AssociationRules.generate(hanPeiYin(), 1.01));
        assertEquals("minConfidence must be in [0, 1], was 1.01", e.getMessage());
    }

    @Test
    void generate_minConfidenceNaN() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AssociationRules.generate(hanPeiYin(), Double.NaN));
        assertEquals("minConfidence must be in [0, 1], was NaN", e.getMessage());
    }

    @Test
    void filter_lift_keepsRulesAtLeastMinInOrder() {
        List<AssociationRule<String>> rules = AssociationRules.generate(hanPeiYin(), 0.0);
        List<AssociationRule<String>> kept = AssociationRules.filter(rules, Measure.LIFT, 1.25);
        List<AssociationRule<String>> expected = new ArrayList<>();
        for (AssociationRule<String> r : rules) {
            if (r.lift() >= 1.25) {
                expected.add(r);
            }
        }
        assertFalse(kept.isEmpty());
        assertEquals(expected, kept);
    }

    @Test
    void filter_conviction_keepsInfiniteValues() {
        List<AssociationRule<String>> rules = AssociationRules.generate(hanPeiYin(), 0.0);
        List<AssociationRule<String>> kept = AssociationRules.filter(rules, Measure.CONVICTION, 1e300);
        assertEquals(AssociationRules.generate(hanPeiYin(), 1.0), kept);
    }

    @Test
    void filter_nullRules() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AssociationRules.filter(null, Measure.LIFT, 1.0));
        assertEquals("rules must not be null", e.getMessage());
    }

    @Test
    void filter_nullRule() {
        List<AssociationRule<String>> rules = Arrays.asList(rule(1, 2, 2, 4), null);
        var e = assertThrows(IllegalArgumentException.class, () -> AssociationRules.filter(rules, Measure.LIFT, 1.0));
        assertEquals("rules[1] must not be null", e.getMessage());
    }

    @Test
    void filter_nullMeasure() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AssociationRules.filter(List.of(rule(1, 2, 2, 4)), null, 1.0));
        assertEquals("measure must not be null", e.getMessage());
    }

    @Test
    void filter_nanMin() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AssociationRules.filter(List.of(rule(1, 2, 2, 4)), Measure.LIFT, Double.NaN));
        assertEquals("min must not be NaN", e.getMessage());
    }

    @Test
    void sort_lift_descendingAndStable() {
        AssociationRule<String> low = rule(1, 2, 2, 4);
        AssociationRule<String> high = rule(2, 2, 2, 4);
        AssociationRule<String> lowToo = new AssociationRule<>(Set.of("p"), Set.of("q"), 1, 2, 2, 4);
        assertEquals(List.of(high, low, lowToo),
                AssociationRules.sort(List.of(low, high, lowToo), Measure.LIFT));
    }

    @Test
    void sort_nullMeasure() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> AssociationRules.sort(List.of(rule(1, 2, 2, 4)), null));
        assertEquals("measure must not be null", e.getMessage());
    }

    @Test
    void sort_nullRules() {
        var e = assertThrows(IllegalArgumentException.class, () -> AssociationRules.sort(null, Measure.LIFT));
        assertEquals("rules must not be null", e.getMessage());
    }

    private static AssociationRule<String> rule(int count, int antecedentCount, int consequentCount, int n) {
        return new AssociationRule<>(Set.of("x"), Set.of("y"), count, antecedentCount, consequentCount, n);
    }

    @Test
    void measures_independentSides_areNeutral() {
        AssociationRule<String> r = rule(25, 50, 50, 100);
        assertEquals(1.0, r.lift(), TOLERANCE);
        assertEquals(0.0, r.leverage(), TOLERANCE);
        assertEquals(1.0, r.conviction(), TOLERANCE);
    }

    @Test
    void measureOf_readsTheNamedMeasure() {
        AssociationRule<String> r = rule(3, 4, 3, 5);
        assertEquals(r.support(), Measure.SUPPORT.of(r));
        assertEquals(r.confidence(), Measure.CONFIDENCE.of(r));
        assertEquals(r.lift(), Measure.LIFT.of(r));
        assertEquals(r.leverage(), Measure.LEVERAGE.of(r));
        assertEquals(r.conviction(), Measure.CONVICTION.of(r));
    }

    @Test
    void conviction_consequentInEveryTransaction_isInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, rule(3, 3, 5, 5).conviction());
    }

    @Test
    void rule_overlappingSides() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AssociationRule<>(Set.of("x"), Set.of("x"), 1, 1, 1, 1));
        assertEquals("antecedent and consequent must be disjoint, were [x] and [x]", e.getMessage());
    }

    @Test
    void rule_emptyAntecedent() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AssociationRule<>(Set.<String>of(), Set.of("y"), 1, 1, 1, 1));
        assertEquals("antecedent must not be empty", e.getMessage());
    }

    @Test
    void rule_nullConsequent() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new AssociationRule<>(Set.of("x"), null, 1, 1, 1, 1));
        assertEquals("consequent must not be null", e.getMessage());
    }

    @Test
    void rule_zeroCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> rule(0, 1, 1, 1));
        assertEquals("count must be >= 1, was 0", e.getMessage());
    }

    @Test
    void rule_antecedentCountBelowCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> rule(3, 2, 3, 5));
        assertEquals("antecedentCount must be >= count (3), was 2", e.getMessage());
    }

    @Test
    void rule_consequentCountBelowCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> rule(3, 3, 2, 5));
        assertEquals("consequentCount must be >= count (3), was 2", e.getMessage());
    }

    @Test
    void rule_transactionCountBelowSideCounts() {
        var e = assertThrows(IllegalArgumentException.class, () -> rule(3, 4, 3, 3));
        assertEquals("transactionCount must be >= antecedentCount (4) and consequentCount (3), was 3",
                e.getMessage());
    }
}
