package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of CART on random data: exact fit, invariance to monotone transformations, importances. */
class DecisionTreePropertiesTest {

    private static final long SEED = 20261125L;

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

    /** A random data set: {@code n} distinct rows of {@code d} features, {@code classes} classes. */
    record Data(long seed, int n, int d, int classes, boolean entropy) {
    }

    @Test
    void fit_unlimitedDepthOnDistinctRows_fitsTrainingDataExactly() {
        Gen<Long> seeds = longs().all();
        Gen<Integer> n = integers().between(1, 60);
        Gen<Integer> d = integers().between(3, 5);
        Gen<Integer> classes = integers().between(2, 4);
        Gen<Boolean> entropy = booleans().all();
        Gen<Data> data = in -> new Data(seeds.generate(in), n.generate(in), d.generate(in), classes.generate(in),
                entropy.generate(in));
        qt().withFixedSeed(SEED).withExamples(200).forAll(data).checkAssert(DecisionTreePropertiesTest::fitsExactly);
    }

    private static void fitsExactly(Data data) {
        long seed = data.seed();
        int n = data.n();
        int d = data.d();
        int classes = data.classes();
        boolean entropy = data.entropy();
        double[][] x = distinctRows(seed, n, d, 6);
        int[] y = labels(seed, n, classes);
        DecisionTreeModel tree = DecisionTree.fit(x, y, DecisionTree.Options.defaults()
                .withCriterion(entropy ? SplitCriterion.ENTROPY : SplitCriterion.GINI));
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], tree.predict(x[i]), "row " + i);
        }
    }

    /** A monotone transformation of one feature of random data, and the depth of the trees compared. */
    record Transform(long seed, int n, int feature, int transform, int maxDepth) {
    }

    @Test
    void predict_monotoneTransformOfAFeature_changesNoTrainingPrediction() {
        Gen<Long> seeds = longs().all();
        Gen<Integer> n = integers().between(2, 80);
        Gen<Integer> feature = integers().between(0, 2);
        Gen<Integer> transform = integers().between(0, 2);
        Gen<Integer> maxDepth = integers().between(1, 6);
        Gen<Transform> cases = in -> new Transform(seeds.generate(in), n.generate(in), feature.generate(in),
                transform.generate(in), maxDepth.generate(in));
        qt().withFixedSeed(SEED).withExamples(200).forAll(cases)
                .checkAssert(DecisionTreePropertiesTest::monotoneTransformChangesNoPrediction);
    }

    private static void monotoneTransformChangesNoPrediction(Transform c) {
        long seed = c.seed();
        int n = c.n();
        int feature = c.feature();
        int transform = c.transform();
        int maxDepth = c.maxDepth();
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

    @Test
    void featureImportances_treeThatSplits_sumToOne() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(longs().all(), integers().between(4, 60), integers().between(2, 5), integers().between(1, 8))
                .checkAssert(DecisionTreePropertiesTest::importancesSumToOne);
    }

    private static void importancesSumToOne(long seed, int n, int d, int maxDepth) {
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

    @Test
    void prune_alongThePath_leafCountsNeverIncrease() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(longs().all(), integers().between(2, 60))
                .checkAssert(DecisionTreePropertiesTest::leafCountsNeverIncrease);
    }

    private static void leafCountsNeverIncrease(long seed, int n) {
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
