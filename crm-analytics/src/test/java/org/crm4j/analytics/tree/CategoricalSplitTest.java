package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Categorical splits: the chosen partition is checked against a brute-force search over every partition of the
 * categories, written here independently of the implementation.
 */
class CategoricalSplitTest {

    private static final long SEED = 20261125L;

    private static double impurity(SplitCriterion criterion, double[] counts) {
        double w = 0.0;
        for (double c : counts) {
            w += c;
        }
        double value = criterion == SplitCriterion.GINI ? 1.0 : 0.0;
        for (double c : counts) {
            double p = c / w;
            value -= criterion == SplitCriterion.GINI ? p * p : (p > 0 ? p * Math.log(p) / Math.log(2) : 0.0);
        }
        return value;
    }

    /** The smallest {@code w_l impurity_l + w_r impurity_r} over all partitions of the categories present. */
    private static double bruteForce(SplitCriterion criterion, int[] codes, int[] y, int categories, int classes) {
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < (1 << categories) - 1; mask++) {
            double[] left = new double[classes];
            double[] right = new double[classes];
            for (int i = 0; i < codes.length; i++) {
                ((mask & (1 << codes[i])) != 0 ? left : right)[y[i]]++;
            }
            double wl = java.util.Arrays.stream(left).sum();
            double wr = java.util.Arrays.stream(right).sum();
            if (wl > 0 && wr > 0) {
                best = Math.min(best, wl * impurity(criterion, left) + wr * impurity(criterion, right));
            }
        }
        return best;
    }

    private static double childrenImpurity(Nodes nodes) {
        int l = nodes.left[0];
        int r = nodes.right[0];
        return nodes.weight[l] * nodes.impurity[l] + nodes.weight[r] * nodes.impurity[r];
    }

    /** Random categorical data and the depth-one tree fitted to it. */
    private record Stump(int[] codes, int[] y, Nodes nodes) {
    }

    private static Stump stump(long seed, int n, int categories, int classes, SplitCriterion criterion) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][1];
        int[] codes = new int[n];
        int[] y = new int[n];
        double[] bias = random.doubles(categories).toArray();
        for (int i = 0; i < n; i++) {
            codes[i] = random.nextInt(categories);
            x[i][0] = codes[i];
            y[i] = random.nextDouble() < bias[codes[i]] ? 0 : 1 + random.nextInt(classes - 1);
        }
        Nodes nodes = DecisionTree.fit(x, y, DecisionTree.Options.defaults().withCriterion(criterion).withMaxDepth(1)
                .withCategoricalFeatures(0)).nodes();
        return new Stump(codes, y, nodes);
    }

    private static SplitCriterion criterion(boolean entropy) {
        return entropy ? SplitCriterion.ENTROPY : SplitCriterion.GINI;
    }

    /** For {@code classes} classes and up to {@code maxCategories} categories, every stump that splits is optimal. */
    private static void assertOptimalStumps(int examples, int classes, int maxCategories) {
        qt().withFixedSeed(SEED).withExamples(examples)
                .forAll(longs().all(), integers().between(2, 200), integers().between(2, maxCategories),
                        booleans().all())
                .assuming((seed, n, categories, entropy) ->
                        !stump(seed, n, categories, classes, criterion(entropy)).nodes().isLeaf(0))
                .checkAssert((seed, n, categories, entropy) -> {
                    SplitCriterion criterion = criterion(entropy);
                    Stump s = stump(seed, n, categories, classes, criterion);
                    int classCount = java.util.Arrays.stream(s.y()).max().getAsInt() + 1;
                    assertEquals(bruteForce(criterion, s.codes(), s.y(), categories, classCount),
                            childrenImpurity(s.nodes()), 1e-9);
                });
    }

    @Test
    void fit_twoClasses_orderingByProportionFindsTheOptimalPartition() {
        assertOptimalStumps(150, 2, 9);
    }

    @Test
    void fit_threeClassesUpToTenCategories_searchesEveryPartition() {
        assertOptimalStumps(100, 3, 10);
    }

    @Test
    void fit_classesInterleavedByCode_oneCategoricalSplitSeparatesThem() {
        double[][] x = {{0}, {1}, {2}, {3}, {0}, {1}, {2}, {3}};
        int[] y = {0, 1, 0, 1, 0, 1, 0, 1};
        DecisionTreeModel categorical = DecisionTree.fit(x, y, DecisionTree.Options.defaults()
                .withCategoricalFeatures(0));
        DecisionTreeModel numeric = DecisionTree.fit(x, y);
        assertEquals(1, categorical.depth());
        assertTrue(numeric.depth() > 1);
        assertEquals("""
                |--- plan in {0, 2}
                |   |--- class: 0
                |--- plan not in {0, 2}
                |   |--- class: 1
                """, categorical.toText(new String[] {"plan"}, null));
    }

    @Test
    void predict_categoryNeverSeenAtANode_followsTheHeavierChild() {
        // Codes 0 and 2 occur, code 1 never does: it follows the heavier child, the three rows of code 0.
        double[][] x = {{0}, {0}, {0}, {2}};
        int[] y = {0, 0, 0, 1};
        DecisionTreeModel tree = DecisionTree.fit(x, y, DecisionTree.Options.defaults().withCategoricalFeatures(0));
        assertEquals(0, tree.predict(new double[] {1}));
        assertEquals(1, tree.predict(new double[] {2}));
    }

    @Test
    void fit_manyCategoriesThreeClasses_heuristicStillSplitsWell() {
        // 16 categories, class = code mod 3: the per-class orderings put one class's codes together.
        double[][] x = new double[96][1];
        int[] y = new int[96];
        for (int i = 0; i < 96; i++) {
            x[i][0] = i % 16;
            y[i] = (i % 16) % 3;
        }
        DecisionTreeModel tree = DecisionTree.fit(x, y, DecisionTree.Options.defaults().withCategoricalFeatures(0));
        assertEquals(2, tree.depth());
        for (int i = 0; i < 96; i++) {
            assertEquals(y[i], tree.predict(x[i]));
        }
    }

    @Test
    void fit_mixedNumericAndCategorical_prunesAndPredicts() {
        double[][] x = {{0, 1.0}, {1, 2.0}, {2, 3.0}, {0, 4.0}, {1, 5.0}, {2, 6.0}};
        int[] y = {0, 1, 1, 0, 1, 1};
        DecisionTreeModel tree = DecisionTree.fit(x, y, DecisionTree.Options.defaults().withCategoricalFeatures(0));
        assertEquals(1, tree.depth());
        assertEquals(0, tree.nodes().feature[0]);
        DecisionTreeModel root = tree.prune(1.0);
        assertEquals(1, root.leafCount());
        assertEquals(1, root.predict(new double[] {0, 1.0}));
    }
}
