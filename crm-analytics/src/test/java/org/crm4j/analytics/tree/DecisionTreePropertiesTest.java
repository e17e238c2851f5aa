package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of CART on random data: exact fit, invariance to monotone transformations, importances. */
class DecisionTreePropertiesTest {

    /**
     * Random integer-valued features in {@code [0, levels)} (so ties occur) in distinct rows; {@code n} must not
     * exceed {@code levels^d}.
     */
    private static double[][] distinctRows(long seed, int n, int d, int levels) {
        assertTrue(n <= Math.pow(levels, d), "too many rows asked for");
        SplittableRandom random = new SplittableRandom(seed);
        Set<List<Double>> seen = new HashSet<>();
        double[][] x = new double[n][];
        int k = 0;
        while (k < n) {
            double[] row = new double[d];
            for (int j = 0; j < d; j++) {
                row[j] = random.nextInt(levels);
            }
            if (seen.add(Arrays.stream(row).boxed().toList())) {
                x[k++] = row;
            }
        }
        return x;
    }

    private static int[] labels(long seed, int n, int classes) {
        SplittableRandom random = new SplittableRandom(~seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(classes);
        }
        return y;
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void fit_unlimitedDepthOnDistinctRows_fitsTrainingDataExactly(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(min = 3, max = 5) int d,
            @ForAll @IntRange(min = 2, max = 4) int classes, @ForAll boolean entropy) {
        double[][] x = distinctRows(seed, n, d, 6);
        int[] y = labels(seed, n, classes);
        DecisionTreeModel tree = DecisionTree.fit(x, y, DecisionTree.Options.defaults()
                .withCriterion(entropy ? SplitCriterion.ENTROPY : SplitCriterion.GINI));
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], tree.predict(x[i]), "row " + i);
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void predict_monotoneTransformOfAFeature_changesNoTrainingPrediction(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 80) int n, @ForAll @IntRange(min = 0, max = 2) int feature,
            @ForAll @IntRange(min = 0, max = 2) int transform, @ForAll @IntRange(min = 1, max = 6) int maxDepth) {
        double[][] x = distinctRows(seed, n, 3, 12);
        int[] y = labels(seed, n, 3);
        DoubleUnaryOperator f = switch (transform) {
            case 0 -> v -> Math.exp(v / 3.0);
            case 1 -> v -> -100.0 + 7.5 * v;
            default -> v -> v * v * v;
        };
        double[][] transformed = new double[n][];
        for (int i = 0; i < n; i++) {
            transformed[i] = x[i].clone();
            transformed[i][feature] = f.applyAsDouble(x[i][feature]);
        }
        DecisionTree.Options options = DecisionTree.Options.defaults().withMaxDepth(maxDepth);
        DecisionTreeModel original = DecisionTree.fit(x, y, options);
        DecisionTreeModel changed = DecisionTree.fit(transformed, y, options);
        assertEquals(original.leafCount(), changed.leafCount());
        for (int i = 0; i < n; i++) {
            assertEquals(original.predict(x[i]), changed.predict(transformed[i]), "row " + i);
            assertTrue(Arrays.equals(original.probabilities(x[i]), changed.probabilities(transformed[i])));
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void featureImportances_treeThatSplits_sumToOne(@ForAll long seed, @ForAll @IntRange(min = 4, max = 60) int n,
            @ForAll @IntRange(min = 2, max = 5) int d, @ForAll @IntRange(min = 1, max = 8) int maxDepth) {
        double[][] x = distinctRows(seed, n, d, 10);
        int[] y = labels(seed, n, 3);
        y[0] = 0;
        y[1] = 1;
        double[] importances = DecisionTree.fit(x, y, DecisionTree.Options.defaults().withMaxDepth(maxDepth))
                .featureImportances();
        double sum = 0.0;
        for (double v : importances) {
            assertTrue(v >= 0.0, Arrays.toString(importances));
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void prune_alongThePath_leafCountsNeverIncrease(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int n) {
        double[][] x = distinctRows(seed, n, 3, 8);
        int[] y = labels(seed, n, 3);
        DecisionTreeModel tree = DecisionTree.fit(x, y);
        double[] alphas = tree.costComplexityPath().alphas();
        int previous = Integer.MAX_VALUE;
        for (double alpha : alphas) {
            int leaves = tree.prune(alpha).leafCount();
            assertTrue(leaves <= previous);
            previous = leaves;
        }
        assertEquals(1, previous);
    }
}
