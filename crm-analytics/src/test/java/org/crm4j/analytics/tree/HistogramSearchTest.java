package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The histogram split search ({@link SplitSearch#HISTOGRAM}) against the exact one: accuracy on the scikit-learn
 * reference data sets, split-for-split equality when no feature has more distinct values than bins, histograms
 * by subtraction equal to histograms built directly, the binning, {@link SplitSearch#AUTO}, and invalid options.
 */
class HistogramSearchTest {

    private static final long SEED = 20261204L;

    private static DecisionTree.Options options(String criterion, String depth, SplitSearch search) {
        DecisionTree.Options o = DecisionTree.Options.defaults().withSplitSearch(search)
                .withCriterion(criterion.equals("gini") ? SplitCriterion.GINI : SplitCriterion.ENTROPY);
        return depth.equals("none") ? o : o.withMaxDepth(Integer.parseInt(depth));
    }

    /**
     * The 24 settings of {@code cart_accuracy.csv} (iris, wine, breast cancer, digits x {gini, entropy} x depth
     * {3, 5, unlimited}) on the committed splits: the mean test accuracy of the histogram search is within half a
     * point of the exact search's, and within one test row of it in every setting.
     */
    @Test
    void fit_referenceDatasets_histogramAccuracyWithinHalfAPointOfExact() {
        List<String[]> rows = References.csv("cart_accuracy.csv");
        double exact = 0.0;
        double histogram = 0.0;
        for (String[] r : rows) {
            References.Split s = References.split(Datasets.load(r[0]));
            double a = References.accuracy(DecisionTree.fit(s.xTrain(), s.yTrain(), options(r[1], r[2],
                    SplitSearch.EXACT)), s.xTest(), s.yTest());
            double h = References.accuracy(DecisionTree.fit(s.xTrain(), s.yTrain(), options(r[1], r[2],
                    SplitSearch.HISTOGRAM)), s.xTest(), s.yTest());
            assertTrue(Math.abs(a - h) <= 1.0 / s.yTest().length + 1e-12,
                    String.join(" ", r[0], r[1], r[2]) + ": exact " + a + ", histogram " + h);
            exact += a / rows.size();
            histogram += h / rows.size();
        }
        assertEquals(exact, histogram, 0.005);
    }

    /**
     * 200-tree forests, seeds 0..4, on all rows of each reference data set: the mean out-of-bag error of the
     * histogram search is within half a point of the exact search's (and identical where every feature has at most
     * 256 distinct values: iris, wine, digits).
     */
    @ParameterizedTest
    @ValueSource(strings = {"iris", "wine", "breast_cancer", "digits"})
    void outOfBagError_referenceDatasets_histogramWithinHalfAPointOfExact(String name) {
        Datasets.Dataset d = Datasets.load(name);
        double exact = 0.0;
        double histogram = 0.0;
        for (int seed = 0; seed < 5; seed++) {
            RandomForest.Options o = RandomForest.Options.defaults().withTrees(200).withSeed(seed);
            exact += RandomForest.fit(d.x(), d.y(), o.withTree(o.tree().withSplitSearch(SplitSearch.EXACT)))
                    .outOfBagError() / 5;
            histogram += RandomForest.fit(d.x(), d.y(), o.withTree(o.tree().withSplitSearch(SplitSearch.HISTOGRAM)))
                    .outOfBagError() / 5;
        }
        assertEquals(exact, histogram, 0.005, name);
        if (!name.equals("breast_cancer")) {
            assertEquals(exact, histogram, 0.0, name);
        }
    }

    /**
     * Iris petal width from the other three features ({@code regression_mse.csv} settings): the histogram search
     * grows a tree with scikit-learn's leaf count whose test error lies in scikit-learn's range over 20 seeds, as
     * the exact search's does (the regression sums are rounded in another order, so ties may break differently).
     */
    @Test
    void regressionTree_irisPetalWidth_histogramWithinScikitLearnsRange() {
        References.Split s = References.split(Datasets.iris());
        double[][] xTrain = firstThree(s.xTrain());
        double[] yTrain = Arrays.stream(s.xTrain()).mapToDouble(r -> r[3]).toArray();
        double[][] xTest = firstThree(s.xTest());
        for (String[] r : References.csv("regression_mse.csv")) {
            RegressionTree.Options o = RegressionTree.Options.defaults().withSplitSearch(SplitSearch.HISTOGRAM);
            RegressionTreeModel tree = RegressionTree.fit(xTrain, yTrain,
                    r[0].equals("none") ? o : o.withMaxDepth(Integer.parseInt(r[0])));
            double mse = mse(tree, xTest, s.xTest());
            assertEquals(Integer.parseInt(r[2]), tree.leafCount(), "depth " + r[0]);
            assertTrue(mse >= Double.parseDouble(r[4]) - 1e-12 && mse <= Double.parseDouble(r[5]) + 1e-12,
                    "depth " + r[0] + ": mse " + mse + " outside [" + r[4] + ", " + r[5] + "]");
        }
    }

    private static double mse(RegressionTreeModel tree, double[][] x, double[][] full) {
        double mse = 0.0;
        for (int i = 0; i < x.length; i++) {
            double e = tree.predict(x[i]) - full[i][3];
            mse += e * e / x.length;
        }
        return mse;
    }

    private static double[][] firstThree(double[][] x) {
        return Arrays.stream(x).map(r -> Arrays.copyOf(r, 3)).toArray(double[][]::new);
    }

    /** Random data: {@code n} rows of {@code d} features with {@code levels} distinct values each. */
    record Case(long seed, int n, int d, int levels, int classes, boolean entropy, int maxDepth, int minLeaf,
            boolean categorical) {
    }

    private static final Gen<Case> CASES = in -> new Case(longs().all().generate(in),
            integers().between(2, 400).generate(in), integers().between(1, 6).generate(in),
            integers().between(1, 256).generate(in), integers().between(2, 4).generate(in),
            booleans().all().generate(in), integers().between(1, 12).generate(in),
            integers().between(1, 4).generate(in), booleans().all().generate(in));

    private static double[][] features(Case c) {
        SplittableRandom random = new SplittableRandom(c.seed());
        double[] scale = new double[c.d()];
        for (int j = 0; j < c.d(); j++) {
            scale[j] = 0.1 + random.nextDouble() * 10.0;
        }
        double[][] x = new double[c.n()][c.d()];
        for (int i = 0; i < c.n(); i++) {
            for (int j = 0; j < c.d(); j++) {
                int level = random.nextInt(c.levels());
                // column 0 is categorical in the categorical cases, so it holds codes
                x[i][j] = c.categorical() && j == 0 ? level % 12 : level * scale[j] - 5.0;
            }
        }
        return x;
    }

    private static int[] labels(Case c, double[][] x) {
        SplittableRandom random = new SplittableRandom(~c.seed());
        int[] y = new int[c.n()];
        for (int i = 0; i < c.n(); i++) {
            double signal = x[i][0] + (c.d() > 1 ? x[i][1] : 0.0);
            y[i] = random.nextInt(4) == 0 ? random.nextInt(c.classes()) : Math.floorMod((int) signal, c.classes());
        }
        return y;
    }

    /** With at most 256 distinct values per feature, histogram and exact search grow identical classification trees. */
    @Test
    void fit_atMost256DistinctValues_histogramEqualsExactSplitForSplit() {
        qt().withFixedSeed(SEED).withExamples(300).forAll(CASES).checkAssert(c -> {
            double[][] x = features(c);
            int[] y = labels(c, x);
            DecisionTree.Options o = DecisionTree.Options.defaults().withMaxDepth(c.maxDepth())
                    .withMinSamplesLeaf(c.minLeaf())
                    .withCriterion(c.entropy() ? SplitCriterion.ENTROPY : SplitCriterion.GINI);
            if (c.categorical()) {
                o = o.withCategoricalFeatures(0);
            }
            assertSameNodes(DecisionTree.fit(x, y, o.withSplitSearch(SplitSearch.EXACT)).nodes(),
                    DecisionTree.fit(x, y, o.withSplitSearch(SplitSearch.HISTOGRAM)).nodes(), c.toString());
        });
    }

    /** The same for forests: bootstrap weights and sampled features give the same trees and out-of-bag error. */
    @Test
    void forest_atMost256DistinctValues_histogramEqualsExactTreeForTree() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(CASES).checkAssert(c -> {
            double[][] x = features(c);
            int[] y = labels(c, x);
            RandomForest.Options o = RandomForest.Options.defaults().withTrees(5).withSeed(c.seed()).withThreads(1)
                    .withTree(DecisionTree.Options.defaults().withMaxDepth(c.maxDepth()));
            RandomForestModel exact = RandomForest.fit(x, y, o.withTree(o.tree().withSplitSearch(SplitSearch.EXACT)));
            RandomForestModel histogram = RandomForest.fit(x, y,
                    o.withTree(o.tree().withSplitSearch(SplitSearch.HISTOGRAM)));
            assertEquals(exact.outOfBagError(), histogram.outOfBagError(), 0.0, c.toString());
            for (int t = 0; t < exact.treeCount(); t++) {
                assertSameNodes(exact.tree(t).nodes(), histogram.tree(t).nodes(), c + " tree " + t);
            }
        });
    }

    private static void assertSameNodes(Nodes exact, Nodes histogram, String what) {
        assertEquals(exact.count, histogram.count, what + ": node count");
        assertArrayEquals(exact.feature, histogram.feature, what + ": features");
        assertArrayEquals(exact.threshold, histogram.threshold, 0.0, what + ": thresholds");
        assertArrayEquals(exact.left, histogram.left, what + ": left children");
        assertArrayEquals(exact.right, histogram.right, what + ": right children");
        assertArrayEquals(exact.samples, histogram.samples, what + ": samples");
        assertArrayEquals(exact.value, histogram.value, 0.0, what + ": class counts");
        assertArrayEquals(exact.impurity, histogram.impurity, 0.0, what + ": impurities");
        assertArrayEquals(exact.catWords, histogram.catWords, what + ": category sets");
    }

    /**
     * A parent's histogram minus one part of its rows equals the histogram built directly from the other part:
     * exactly for class counts (sums of integer weights), to rounding for the regression sums.
     */
    @Test
    void histogram_bySubtraction_equalsHistogramBuiltDirectly() {
        qt().withFixedSeed(SEED).withExamples(200)
                .forAll(longs().all(), integers().between(2, 3000), integers().between(1, 5), booleans().all())
                .checkAssert((seed, n, d, regression) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    double[][] x = new double[n][d];
                    int[] y = new int[n];
                    double[] response = new double[n];
                    double[] weights = new double[n];
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < d; j++) {
                            x[i][j] = random.nextGaussian();
                        }
                        y[i] = random.nextInt(3);
                        response[i] = 100.0 * random.nextGaussian();
                        weights[i] = random.nextInt(3);
                    }
                    weights[0] = 1.0;
                    NodeCriterion criterion = regression ? NodeCriterion.squaredError(response)
                            : NodeCriterion.classification(SplitCriterion.GINI, y, 3);
                    HistogramGrower grower = new HistogramGrower(Binned.of(x, 32, new int[d]), weights, criterion,
                            new int[d], new TreeGrower.Rules(Integer.MAX_VALUE, 2, 1, d), null);
                    int m = 0;
                    for (double w : weights) {
                        m += w > 0 ? 1 : 0;
                    }
                    int cut = random.nextInt(m + 1);
                    HistogramGrower.Histogram parent = grower.build(0, m);
                    HistogramGrower.Histogram small = grower.build(0, cut);
                    HistogramGrower.Histogram direct = grower.build(cut, m);
                    parent.subtract(small);
                    assertArrayEquals(direct.count, parent.count);
                    if (regression) {
                        for (int i = 0; i < direct.stats.length; i++) {
                            assertEquals(direct.stats[i], parent.stats[i], 1e-9 * (1.0 + Math.abs(direct.stats[i])));
                        }
                        assertArrayEquals(direct.weight, parent.weight, 0.0);
                    } else {
                        assertArrayEquals(direct.stats, parent.stats, 0.0);
                        assertArrayEquals(direct.weight, parent.weight, 0.0);
                    }
                });
    }

    /** More distinct values than bins: at most maxBins bins, ordered like the values, each near n / maxBins rows. */
    @Test
    void binning_manyDistinctValues_quantileBinsInValueOrder() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(longs().all(), integers().between(300, 5000), integers().between(2, 256))
                .checkAssert((seed, n, maxBins) -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    double[][] x = new double[n][1];
                    for (int i = 0; i < n; i++) {
                        x[i][0] = random.nextGaussian();
                    }
                    Binned binned = Binned.of(x, maxBins, new int[1]);
                    int bins = binned.bins[0];
                    assertTrue(bins <= maxBins && bins >= Math.min(maxBins, 2), "bins " + bins);
                    int[] count = new int[bins];
                    double[] max = new double[bins];
                    double[] min = new double[bins];
                    Arrays.fill(max, Double.NEGATIVE_INFINITY);
                    Arrays.fill(min, Double.POSITIVE_INFINITY);
                    for (int i = 0; i < n; i++) {
                        int b = binned.codes[0][i] & 0xFF;
                        count[b]++;
                        max[b] = Math.max(max[b], x[i][0]);
                        min[b] = Math.min(min[b], x[i][0]);
                    }
                    for (int b = 0; b < bins; b++) {
                        assertTrue(count[b] > 0 && count[b] <= 2 * n / maxBins + 1, "bin " + b + ": " + count[b]);
                        assertTrue(b == 0 || max[b - 1] < min[b], "bins out of order at " + b);
                    }
                });
    }

    /**
     * Above {@link Binned#SAMPLE} rows the edges come from a sample; a feature with few distinct values still gets
     * one bin per value when the sample misses a value (row 5 is not sampled at 40 000 rows) or the largest value,
     * and the trees stay split-for-split equal to the exact search's.
     */
    @Test
    void binning_sampleMissesAValue_stillOneBinPerValue() {
        int n = 40_000;
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextInt(10);
            x[i][1] = random.nextInt(5);
            y[i] = x[i][0] >= 5 ? 1 : 0;
        }
        x[5][0] = 5.5;
        y[5] = 0;
        x[7][1] = 99.0;
        y[7] = 1;
        Binned binned = Binned.of(x, 256, new int[2]);
        assertEquals(11, binned.bins[0]);
        assertEquals(6, binned.bins[1]);
        assertEquals(6, binned.codes[0][5]);
        assertEquals(5, binned.codes[1][7]);
        DecisionTree.Options o = DecisionTree.Options.defaults().withMaxDepth(4);
        assertSameNodes(DecisionTree.fit(x, y, o.withSplitSearch(SplitSearch.EXACT)).nodes(),
                DecisionTree.fit(x, y, o.withSplitSearch(SplitSearch.HISTOGRAM)).nodes(), "sampled edges");
    }

    @Test
    void auto_isHistogramFromTheThresholdOnAndExactBelow() {
        SplittableRandom random = new SplittableRandom(SEED);
        int n = SplitSearch.AUTO_HISTOGRAM_ROWS;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = random.nextGaussian();
            }
            y[i] = x[i][0] + 0.5 * random.nextGaussian() > 0 ? 1 : 0;
        }
        DecisionTree.Options o = DecisionTree.Options.defaults().withMaxDepth(6).withMaxBins(16);
        assertEquals(SplitSearch.AUTO, o.splitSearch());
        assertEquals(DecisionTree.fit(x, y, o.withSplitSearch(SplitSearch.HISTOGRAM)).toText(null, null),
                DecisionTree.fit(x, y, o).toText(null, null));
        double[][] fewer = Arrays.copyOf(x, n - 1);
        int[] fewerY = Arrays.copyOf(y, n - 1);
        String exact = DecisionTree.fit(fewer, fewerY, o.withSplitSearch(SplitSearch.EXACT)).toText(null, null);
        assertEquals(exact, DecisionTree.fit(fewer, fewerY, o).toText(null, null));
        assertTrue(!exact.equals(DecisionTree.fit(fewer, fewerY, o.withSplitSearch(SplitSearch.HISTOGRAM))
                .toText(null, null)), "16 bins on Gaussian data must move some threshold");
    }

    @Test
    void options_defaultsAndCopies() {
        DecisionTree.Options o = DecisionTree.Options.defaults();
        assertEquals(SplitSearch.AUTO, o.splitSearch());
        assertEquals(256, o.maxBins());
        assertEquals(new DecisionTree.Options(SplitCriterion.GINI, 4, 2, 1, new int[0], SplitSearch.EXACT, 64),
                o.withMaxDepth(4).withSplitSearch(SplitSearch.EXACT).withMaxBins(64));
        assertEquals(new RegressionTree.Options(4, 2, 1, new int[0], SplitSearch.HISTOGRAM, 2),
                RegressionTree.Options.defaults().withMaxDepth(4).withSplitSearch(SplitSearch.HISTOGRAM)
                        .withMaxBins(2));
        assertEquals(SplitSearch.AUTO, RegressionTree.Options.defaults().splitSearch());
    }

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void options_maxBinsOutOfRange() {
        assertEquals("maxBins must be in [2, 256], was 1",
                message(() -> DecisionTree.Options.defaults().withMaxBins(1)));
        assertEquals("maxBins must be in [2, 256], was 257",
                message(() -> DecisionTree.Options.defaults().withMaxBins(257)));
        assertEquals("maxBins must be in [2, 256], was 0",
                message(() -> RegressionTree.Options.defaults().withMaxBins(0)));
    }

    @Test
    void options_nullSplitSearch() {
        assertEquals("splitSearch must not be null (AUTO, EXACT or HISTOGRAM)",
                message(() -> DecisionTree.Options.defaults().withSplitSearch(null)));
        assertEquals("splitSearch must not be null (AUTO, EXACT or HISTOGRAM)",
                message(() -> RegressionTree.Options.defaults().withSplitSearch(null)));
    }
}
