package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/** Regression trees against scikit-learn's {@code DecisionTreeRegressor} and hand-computed cases. */
class RegressionTreeTest {

    /**
     * Iris petal width from the other three features on the committed split: the leaf count equals
     * scikit-learn's and the test error lies within scikit-learn's range over 20 seeds (which only break ties).
     */
    @Test
    void fit_irisPetalWidth_matchesScikitLearn() {
        References.Split s = References.split(Datasets.iris());
        double[][] xTrain = firstThree(s.xTrain());
        double[] yTrain = java.util.Arrays.stream(s.xTrain()).mapToDouble(r -> r[3]).toArray();
        double[][] xTest = firstThree(s.xTest());
        List<String[]> reference = References.csv("regression_mse.csv");
        assertEquals(4, reference.size());
        for (String[] r : reference) {
            RegressionTree.Options options = r[0].equals("none") ? RegressionTree.Options.defaults()
                    : RegressionTree.Options.defaults().withMaxDepth(Integer.parseInt(r[0]));
            RegressionTreeModel tree = RegressionTree.fit(xTrain, yTrain, options);
            double mse = 0.0;
            for (int i = 0; i < xTest.length; i++) {
                double e = tree.predict(xTest[i]) - s.xTest()[i][3];
                mse += e * e / xTest.length;
            }
            assertEquals(Integer.parseInt(r[2]), tree.leafCount(), "depth " + r[0]);
            assertTrue(mse >= Double.parseDouble(r[4]) - 1e-12 && mse <= Double.parseDouble(r[5]) + 1e-12,
                    "depth " + r[0] + ": mse " + mse + " outside [" + r[4] + ", " + r[5] + "]");
        }
    }

    private static double[][] firstThree(double[][] x) {
        return java.util.Arrays.stream(x).map(r -> java.util.Arrays.copyOf(r, 3)).toArray(double[][]::new);
    }

    @Test
    void fit_stepFunction_isAStumpPredictingTheMeans() {
        double[][] x = {{1}, {2}, {3}, {4}};
        double[] y = {1.0, 2.0, 10.0, 12.0};
        RegressionTreeModel tree = RegressionTree.fit(x, y, RegressionTree.Options.defaults().withMaxDepth(1));
        assertEquals(1.5, tree.predict(new double[] {0}));
        assertEquals(11.0, tree.predict(new double[] {3.5}));
        assertEquals("""
                |--- x <= 2.5
                |   |--- value: 1.5
                |--- x >  2.5
                |   |--- value: 11
                """, tree.toText(new String[] {"x"}));
        // root: mean 6.25, squared error (27.5625 + 18.0625 + 14.0625 + 33.0625) / 4 = 23.1875
        assertEquals(23.1875, tree.nodes().impurity[0], 1e-12);
    }

    @Test
    void fit_categoricalByMeanResponse_separatesInOneSplit() {
        double[][] x = {{0}, {1}, {2}, {3}, {0}, {1}, {2}, {3}};
        double[] y = {5, 1, 5, 1, 5, 1, 5, 1};
        RegressionTreeModel tree = RegressionTree.fit(x, y, RegressionTree.Options.defaults()
                .withCategoricalFeatures(0));
        assertEquals(1, tree.depth());
        assertEquals(5.0, tree.predict(new double[] {2}));
    }

    @Test
    void fit_unlimitedDepthOnDistinctValues_fitsTrainingDataExactly() {
        qt().withFixedSeed(20261125L).withExamples(100).forAll(longs().all(), integers().between(1, 80))
                .checkAssert(RegressionTreeTest::fitsExactly);
    }

    private static void fitsExactly(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i * 0.5, random.nextInt(3)};
            y[i] = random.nextGaussian();
        }
        RegressionTreeModel tree = RegressionTree.fit(x, y, RegressionTree.Options.defaults());
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], tree.predict(x[i]), 1e-12);
        }
    }

    @Test
    void fit_nanResponse() {
        var e = assertThrows(IllegalArgumentException.class, () -> RegressionTree.fit(new double[][] {{1}, {2}},
                new double[] {1, Double.NaN}, RegressionTree.Options.defaults()));
        assertEquals("y[1] must be finite, was NaN", e.getMessage());
    }

    @Test
    void fit_responseLengthMismatch() {
        var e = assertThrows(IllegalArgumentException.class, () -> RegressionTree.fit(new double[][] {{1}, {2}},
                new double[] {1}, RegressionTree.Options.defaults()));
        assertEquals("y must have length 2 (the number of rows of x), was 1", e.getMessage());
    }

    @Test
    void fit_emptyX() {
        var e = assertThrows(IllegalArgumentException.class, () -> RegressionTree.fit(new double[0][],
                new double[0], RegressionTree.Options.defaults()));
        assertEquals("x must have at least one row, was empty", e.getMessage());
    }

    @Test
    void options_minSamplesLeafZero() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RegressionTree.Options.defaults().withMinSamplesLeaf(0));
        assertEquals("minSamplesLeaf must be >= 1, was 0", e.getMessage());
    }
}
