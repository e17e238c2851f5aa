package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/** CART behaviour on small hand-checked examples, export, options and one test per invalid input. */
class DecisionTreeTest {

    /** One feature; class 1 above 2.5. */
    private static final double[][] X = {{1}, {2}, {3}, {4}};
    private static final int[] Y = {0, 0, 1, 1};

    @Test
    void fit_separableByOneThreshold_isAStumpAtTheMidpoint() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y);
        assertEquals(1, tree.depth());
        assertEquals(2, tree.leafCount());
        assertEquals(2.5, tree.nodes().threshold[0]);
        assertEquals(0, tree.predict(new double[] {2.5}));
        assertEquals(1, tree.predict(new double[] {2.6}));
        assertArrayEquals(new double[] {0.0, 1.0}, tree.probabilities(new double[] {9}));
    }

    @Test
    void decisionPath_stump_isTheOneTestWithTheRootAndLeafDistributions() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y);

        List<DecisionStep> right = tree.decisionPath(new double[] {3});
        assertEquals(1, right.size());
        DecisionStep step = right.get(0);
        assertEquals(0, step.feature());
        assertFalse(step.categorical());
        assertEquals(2.5, step.threshold());
        assertEquals(3.0, step.value());
        assertFalse(step.wentLeft());
        assertEquals(0.5, step.before(1));
        assertEquals(1.0, step.after(1));
        assertEquals(0.5, step.change(1));
        assertEquals(-0.5, step.change(0));
        assertEquals("x[0] > 2.5 (value 3.0)", step.toString());
        DecisionStep left = tree.decisionPath(new double[] {2.5}).get(0);
        assertTrue(left.wentLeft());
        assertEquals(1.0, left.after(0));
        assertEquals("x[0] <= 2.5 (value 2.5)", left.toString());
        assertThrows(IndexOutOfBoundsException.class, () -> step.change(2));
    }

    @Test
    void decisionPath_deeperTree_chainsFromRootToTheRowsLeaf() {
        Datasets.Dataset iris = Datasets.iris();
        DecisionTreeModel tree = DecisionTree.fit(iris.x(), iris.y(), DecisionTree.Options.defaults().withMaxDepth(4));
        for (double[] row : iris.x()) {
            List<DecisionStep> path = tree.decisionPath(row);
            assertTrue(!path.isEmpty() && path.size() <= tree.depth());
            for (int i = 0; i < path.size(); i++) {
                DecisionStep step = path.get(i);
                assertEquals(row[step.feature()], step.value());
                assertEquals(step.value() <= step.threshold(), step.wentLeft());
                for (int k = 0; k < 3 && i > 0; k++) {
                    assertEquals(path.get(i - 1).after(k), step.before(k));
                }
            }
            double[] leaf = tree.probabilities(row);
            for (int k = 0; k < leaf.length; k++) {
                assertEquals(leaf[k], path.get(path.size() - 1).after(k), 1e-15);
            }
        }
        assertEquals("row must have length 4 (the number of features), was 1",
                message(() -> tree.decisionPath(new double[] {1})));
    }

    @Test
    void fit_handComputedGini_rootImpurityAndImportances() {
        // Feature 0 separates the classes; feature 1 is noise: the root has Gini 1 - 2 * 0.5^2 = 0.5.
        double[][] x = {{1, 5}, {2, 5}, {3, 5}, {4, 6}};
        DecisionTreeModel tree = DecisionTree.fit(x, Y);
        assertEquals(0.5, tree.nodes().impurity[0], 1e-15);
        assertArrayEquals(new double[] {1.0, 0.0}, tree.featureImportances(), 1e-15);
    }

    @Test
    void fit_entropyOfEvenSplit_isOneBit() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y, DecisionTree.Options.defaults()
                .withCriterion(SplitCriterion.ENTROPY));
        assertEquals(1.0, tree.nodes().impurity[0], 1e-15);
    }

    @Test
    void fit_minSamplesLeaf_keepsChildrenLargeEnough() {
        DecisionTreeModel tree = DecisionTree.fit(new double[][] {{1}, {2}, {3}, {4}, {5}}, new int[] {0, 1, 1, 1, 1},
                DecisionTree.Options.defaults().withMinSamplesLeaf(2));
        assertEquals(2.5, tree.nodes().threshold[0]);
        assertEquals(2, tree.nodes().samples[1]);
    }

    @Test
    void fit_maxDepthOne_isAStump() {
        Datasets.Dataset iris = Datasets.iris();
        DecisionTreeModel tree = DecisionTree.fit(iris.x(), iris.y(), DecisionTree.Options.defaults().withMaxDepth(1));
        assertEquals(1, tree.depth());
        assertEquals(2, tree.leafCount());
    }

    @Test
    void fit_constantFeatures_isASingleLeafPredictingTheMajority() {
        DecisionTreeModel tree = DecisionTree.fit(new double[][] {{1}, {1}, {1}}, new int[] {2, 0, 2});
        assertEquals(0, tree.depth());
        assertEquals(2, tree.predict(new double[] {7}));
        assertArrayEquals(new double[] {0.0}, tree.featureImportances());
    }

    @Test
    void fit_doesNotModifyInputs() {
        double[][] x = {{3, 1}, {1, 2}, {2, 0}};
        int[] y = {1, 0, 1};
        DecisionTree.fit(x, y);
        assertArrayEquals(new double[][] {{3, 1}, {1, 2}, {2, 0}}, x);
        assertArrayEquals(new int[] {1, 0, 1}, y);
    }

    @Test
    void prune_zeroAlpha_keepsSplitsThatGainNothing() {
        // The only split leaves both children at Gini 0.5, like the root: scikit-learn still takes it, and its
        // effective alpha is 0.
        double[][] x = {{0}, {0}, {1}, {1}};
        int[] y = {0, 1, 0, 1};
        DecisionTreeModel tree = DecisionTree.fit(x, y);
        assertEquals(2, tree.leafCount());
        assertArrayEquals(new double[] {0.0, 0.0}, tree.costComplexityPath().alphas());
        assertEquals(2, tree.prune(0.0).leafCount());
        assertEquals(1, tree.prune(Double.MIN_VALUE).leafCount());
    }

    @Test
    void prune_largeAlpha_leavesTheRoot() {
        Datasets.Dataset wine = Datasets.wine();
        DecisionTreeModel root = DecisionTree.fit(wine.x(), wine.y()).prune(1.0);
        assertEquals(1, root.leafCount());
        assertEquals(1, root.predict(wine.x()[0]));
    }

    @Test
    void toText_stump_readsLikeScikitLearn() {
        String text = DecisionTree.fit(X, Y).toText(new String[] {"age"}, new String[] {"stays", "churns"});
        assertEquals("""
                |--- age <= 2.5
                |   |--- class: stays
                |--- age >  2.5
                |   |--- class: churns
                """, text);
    }

    @Test
    void toDot_stump_listsNodesAndEdges() {
        String dot = DecisionTree.fit(X, Y).toDot(new String[] {"age"}, null);
        assertTrue(dot.startsWith("digraph Tree {"), dot);
        assertTrue(dot.contains("0 [label=\"age <= 2.5\\ngini = 0.5\\nsamples = 4\\nvalue = [2, 2]\\nclass = 0\"];"),
                dot);
        assertTrue(dot.contains("0 -> 1 [label=\"true\"];"), dot);
        assertTrue(dot.contains("0 -> 2 [label=\"false\"];"), dot);
        assertTrue(dot.endsWith("}\n"), dot);
    }

    @Test
    void options_defaults() {
        DecisionTree.Options o = DecisionTree.Options.defaults();
        assertEquals(SplitCriterion.GINI, o.criterion());
        assertEquals(Integer.MAX_VALUE, o.maxDepth());
        assertEquals(2, o.minSamplesSplit());
        assertEquals(1, o.minSamplesLeaf());
        assertArrayEquals(new int[0], o.categoricalFeatures());
        assertEquals(o, DecisionTree.Options.defaults());
    }

    // --- one test per invalid input -------------------------------------------------------------------------

    private static String message(Runnable call) {
        return assertThrows(IllegalArgumentException.class, call::run).getMessage();
    }

    @Test
    void fit_emptyX() {
        assertEquals("x must have at least one row, was empty", message(() -> DecisionTree.fit(new double[0][], Y)));
    }

    @Test
    void fit_raggedX() {
        assertEquals("x must be rectangular: row 1 has 1 columns, row 0 has 2",
                message(() -> DecisionTree.fit(new double[][] {{1, 2}, {3}}, new int[] {0, 1})));
    }

    @Test
    void fit_nanFeature() {
        assertEquals("x[1][0] must be finite, was NaN",
                message(() -> DecisionTree.fit(new double[][] {{1}, {Double.NaN}}, new int[] {0, 1})));
    }

    @Test
    void fit_negativeLabel() {
        assertEquals("y[2] must be a class index in [0, 65536), was -1",
                message(() -> DecisionTree.fit(X, new int[] {0, 1, -1, 1})));
    }

    @Test
    void fit_labelTooLarge() {
        assertEquals("y[0] must be a class index in [0, 65536), was 70000",
                message(() -> DecisionTree.fit(X, new int[] {70000, 1, 0, 1})));
    }

    @Test
    void fit_labelsLengthMismatch() {
        assertEquals("y must have length 4 (the number of rows of x), was 3",
                message(() -> DecisionTree.fit(X, new int[] {0, 1, 1})));
    }

    @Test
    void fit_nullY() {
        assertEquals("y must not be null", message(() -> DecisionTree.fit(X, null)));
    }

    @Test
    void fit_categoricalColumnOutOfRange() {
        assertEquals("categoricalFeatures must be columns of x in [0, 1), was 3", message(() -> DecisionTree.fit(X, Y,
                DecisionTree.Options.defaults().withCategoricalFeatures(3))));
    }

    @Test
    void fit_categoricalValueNotACode() {
        assertEquals("x[1][0] must be a category code, an integer in [0, 65536) (feature 0 is categorical), was 1.5",
                message(() -> DecisionTree.fit(new double[][] {{1}, {1.5}}, new int[] {0, 1},
                        DecisionTree.Options.defaults().withCategoricalFeatures(0))));
    }

    @Test
    void predict_unseenCategory() {
        DecisionTreeModel tree = DecisionTree.fit(new double[][] {{0}, {1}, {2}}, new int[] {0, 1, 0},
                DecisionTree.Options.defaults().withCategoricalFeatures(0));
        assertEquals("row[0] must be a category code seen in training, in [0, 3), was 3.0",
                message(() -> tree.predict(new double[] {3})));
    }

    @Test
    void predict_wrongLength() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y);
        assertEquals("row must have length 1 (the number of features), was 2",
                message(() -> tree.predict(new double[] {1, 2})));
    }

    @Test
    void predict_nan() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y);
        assertEquals("row[0] must be finite, was NaN", message(() -> tree.probabilities(new double[] {Double.NaN})));
    }

    @Test
    void prune_negativeAlpha() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y);
        assertEquals("alpha must be finite and >= 0, was -0.1", message(() -> tree.prune(-0.1)));
    }

    @Test
    void toText_wrongNumberOfFeatureNames() {
        DecisionTreeModel tree = DecisionTree.fit(X, Y);
        assertEquals("featureNames must have length 1 (the number of features), was 2",
                message(() -> tree.toText(new String[] {"a", "b"}, null)));
    }

    @Test
    void options_maxDepthZero() {
        assertEquals("maxDepth must be >= 1, was 0", message(() -> DecisionTree.Options.defaults().withMaxDepth(0)));
    }

    @Test
    void options_minSamplesSplitOne() {
        assertEquals("minSamplesSplit must be >= 2, was 1",
                message(() -> DecisionTree.Options.defaults().withMinSamplesSplit(1)));
    }

    @Test
    void options_minSamplesLeafZero() {
        assertEquals("minSamplesLeaf must be >= 1, was 0",
                message(() -> DecisionTree.Options.defaults().withMinSamplesLeaf(0)));
    }

    @Test
    void options_nullCriterion() {
        assertEquals("criterion must not be null", message(() -> DecisionTree.Options.defaults().withCriterion(null)));
    }

    @Test
    void options_repeatedCategoricalFeature() {
        assertEquals("categoricalFeatures must be distinct, 2 is repeated",
                message(() -> DecisionTree.Options.defaults().withCategoricalFeatures(2, 0, 2)));
    }

    @Test
    void options_negativeCategoricalFeature() {
        assertEquals("categoricalFeatures must be >= 0, was -1",
                message(() -> DecisionTree.Options.defaults().withCategoricalFeatures(-1)));
    }
}
