package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The shape every crm4j algorithm shares (crm-analytics/README.md, "How every algorithm looks"), checked for the
 * tree family: {@code fit(data, Options)} plus a short overload with the defaults, validated options with
 * {@code with...} copies, immutable models with a {@code summary()}, and {@code threads} (0 = all processors,
 * results independent of it). Trees are grown, not iterated, so there is no convergence to report.
 */
class TreeShapeTest {

    private static final Datasets.Dataset IRIS = Datasets.iris();

    @Test
    void decisionTree_shortOverload_isDefaults() {
        assertEquals(DecisionTree.fit(IRIS.x(), IRIS.y(), DecisionTree.Options.defaults()).toText(null, null),
                DecisionTree.fit(IRIS.x(), IRIS.y()).toText(null, null));
    }

    @Test
    void regressionTree_shortOverload_isDefaults() {
        double[] y = petalWidth();

        assertEquals(RegressionTree.fit(IRIS.x(), y, RegressionTree.Options.defaults()).toText(null),
                RegressionTree.fit(IRIS.x(), y).toText(null));
    }

    @Test
    void randomForest_shortOverload_isDefaultsWithSeed42AndAllProcessors() {
        RandomForest.Options defaults = RandomForest.Options.defaults();

        assertEquals(42L, defaults.seed());
        assertEquals(RandomForest.Options.DEFAULT_SEED, defaults.seed());
        assertEquals(0, defaults.threads());
        assertEquals(RandomForest.fit(IRIS.x(), IRIS.y(), defaults).outOfBagError(),
                RandomForest.fit(IRIS.x(), IRIS.y()).outOfBagError());
    }

    @Test
    void id3_shortOverload_isDefaultsAndLimitsStopGrowth() {
        String[][] rows = {{"Sunny", "High"}, {"Sunny", "Normal"}, {"Rain", "High"}, {"Rain", "Normal"}};
        String[] labels = {"No", "Yes", "Yes", "Yes"};
        String[] names = {"Outlook", "Humidity"};

        Id3Model full = Id3.fit(rows, labels, names);
        Id3Model stump = Id3.fit(rows, labels, names, Id3.Options.defaults().withMaxDepth(1));
        Id3Model leaf = Id3.fit(rows, labels, names, Id3.Options.defaults().withMinSamplesSplit(5));

        assertEquals(Id3.fit(rows, labels, names, Id3.Options.defaults()).toText(), full.toText());
        assertEquals(2, full.depth());
        assertEquals(1, stump.depth());
        assertEquals(0, leaf.depth());
        assertEquals("-> Yes\n", leaf.toText());
    }

    @Test
    void options_withCopies_changeOneComponent() {
        DecisionTree.Options tree = DecisionTree.Options.defaults();
        assertEquals(new DecisionTree.Options(SplitCriterion.ENTROPY, 3, 4, 2, new int[] {1}),
                tree.withCriterion(SplitCriterion.ENTROPY).withMaxDepth(3).withMinSamplesSplit(4)
                        .withMinSamplesLeaf(2).withCategoricalFeatures(1));
        assertEquals(DecisionTree.Options.defaults(), tree);

        assertEquals(new RegressionTree.Options(3, 4, 2, new int[0]),
                RegressionTree.Options.defaults().withMaxDepth(3).withMinSamplesSplit(4).withMinSamplesLeaf(2));
        assertEquals(new RandomForest.Options(7, 2, tree.withMaxDepth(4), 5L, 3),
                RandomForest.Options.defaults().withTrees(7).withMaxFeatures(2).withTree(tree.withMaxDepth(4))
                        .withSeed(5L).withThreads(3));
        assertEquals(new Id3.Options(2, 3), Id3.Options.defaults().withMaxDepth(2).withMinSamplesSplit(3));
    }

    @Test
    void options_invalid_refusedInTheConstructor() {
        assertEquals("maxDepth must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new Id3.Options(0, 2)).getMessage());
        assertEquals("minSamplesSplit must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> Id3.Options.defaults().withMinSamplesSplit(1))
                        .getMessage());
        assertEquals("threads must be >= 0 (0: all available processors), was -1",
                assertThrows(IllegalArgumentException.class, () -> RandomForest.Options.defaults().withThreads(-1))
                        .getMessage());
        assertEquals("options must not be null", assertThrows(IllegalArgumentException.class,
                () -> Id3.fit(new String[][] {{"a"}}, new String[] {"x"}, new String[] {"A"}, null)).getMessage());
    }

    @Test
    void options_arrayComponent_isCopiedInAndOut() {
        int[] columns = {2};
        DecisionTree.Options o = DecisionTree.Options.defaults().withCategoricalFeatures(columns);

        columns[0] = 3;
        o.categoricalFeatures()[0] = 3;

        assertArrayEquals(new int[] {2}, o.categoricalFeatures());
    }

    @Test
    void models_areImmutable() {
        DecisionTreeModel tree = DecisionTree.fit(IRIS.x(), IRIS.y());
        RandomForestModel forest = RandomForest.fit(IRIS.x(), IRIS.y(),
                RandomForest.Options.defaults().withTrees(5));
        double treeImportance = tree.featureImportances()[2];
        double forestImportance = forest.featureImportances()[2];

        tree.featureImportances()[2] = -1;
        forest.featureImportances()[2] = -1;

        assertEquals(treeImportance, tree.featureImportances()[2]);
        assertEquals(forestImportance, forest.featureImportances()[2]);
    }

    @Test
    void randomForest_threadsZero_sameForestAsOneThread() {
        RandomForest.Options options = RandomForest.Options.defaults().withTrees(12);

        RandomForestModel all = RandomForest.fit(IRIS.x(), IRIS.y(), options.withThreads(0));
        RandomForestModel one = RandomForest.fit(IRIS.x(), IRIS.y(), options.withThreads(1));

        assertEquals(one.outOfBagError(), all.outOfBagError());
        assertArrayEquals(one.featureImportances(), all.featureImportances());
        for (int t = 0; t < 12; t++) {
            assertEquals(one.tree(t).toText(null, null), all.tree(t).toText(null, null));
        }
    }

    /** The iris depth-3 Gini tree of scikit-learn 1.2.1 ({@code iris_depth3_gini.csv}): counts and root. */
    @Test
    void decisionTree_summary_irisDepth3() {
        List<String[]> reference = References.csv("iris_depth3_gini.csv");
        long leaves = reference.stream().filter(r -> r[3].equals("-1")).count();
        References.Split s = References.split(IRIS);
        DecisionTreeModel tree = DecisionTree.fit(s.xTrain(), s.yTrain(),
                DecisionTree.Options.defaults().withMaxDepth(3));

        String summary = tree.summary();

        assertTrue(summary.startsWith("Classification tree (CART, gini): 4 features, 3 classes\n"), summary);
        assertTrue(summary.contains(String.format(Locale.ROOT, "Nodes: %d (%d internal, %d leaves), depth 3\n",
                reference.size(), reference.size() - leaves, leaves)), summary);
        assertTrue(summary.contains("Root: 105 samples, gini impurity 0.666667\n"), summary);
        assertImportancesListed(summary, tree.featureImportances());
    }

    @Test
    void regressionTree_summary_countsAndRootMean() {
        RegressionTreeModel tree = RegressionTree.fit(IRIS.x(), petalWidth(),
                RegressionTree.Options.defaults().withMaxDepth(2));

        String summary = tree.summary();

        assertTrue(summary.contains("Nodes: 7 (3 internal, 4 leaves), depth 2\n"), summary);
        // iris petal width: mean 1.199333 (R: mean(iris$Petal.Width)), variance (n divisor) 0.5771
        assertTrue(summary.contains("Root: 150 samples, squared-error impurity 0.577"), summary);
        assertTrue(summary.contains("Root mean response 1.19933\n"), summary);
        assertImportancesListed(summary, tree.featureImportances());
    }

    @Test
    void randomForest_summary_listsTreesOobAndImportances() {
        RandomForestModel forest = RandomForest.fit(IRIS.x(), IRIS.y(),
                RandomForest.Options.defaults().withTrees(20));

        String summary = forest.summary();

        assertTrue(summary.startsWith("Random forest (CART, gini): 20 trees, 4 features, 3 classes\n"), summary);
        assertTrue(summary.contains(String.format(Locale.ROOT, "Out-of-bag error rate: %.2f%%",
                100 * forest.outOfBagError())), summary);
        assertTrue(summary.contains("Nodes per tree: mean "), summary);
        assertImportancesListed(summary, forest.featureImportances());
    }

    @Test
    void id3_summary_playTennisCounts() {
        String[][] rows = {{"Sunny", "High"}, {"Sunny", "Normal"}, {"Rain", "High"}, {"Rain", "Normal"}};
        Id3Model model = Id3.fit(rows, new String[] {"No", "Yes", "Yes", "Yes"}, new String[] {"Outlook", "Humidity"});

        String summary = model.summary();

        assertEquals(5, model.nodeCount());
        assertTrue(summary.startsWith("ID3 tree (information gain): 2 attributes, 2 classes (No, Yes)\n"), summary);
        assertTrue(summary.contains("Nodes: 5 (2 tests, 3 leaves), depth 2\n"), summary);
        assertTrue(summary.contains("Root test: Outlook\n"), summary);
        assertTrue(summary.endsWith(model.toText()), summary);
    }

    /** Every positive importance appears with four decimals, in decreasing order. */
    private static void assertImportancesListed(String summary, double[] importances) {
        int previous = summary.indexOf("Feature importances");
        assertTrue(previous >= 0, summary);
        double last = Double.POSITIVE_INFINITY;
        for (String line : summary.substring(previous).split("\n")) {
            if (line.startsWith("x")) {
                String[] parts = line.trim().split("\\s+");
                int feature = Integer.parseInt(parts[0].substring(1));
                double shown = Double.parseDouble(parts[1]);
                assertEquals(importances[feature], shown, 5e-5, line);
                assertTrue(shown <= last, summary);
                last = shown;
            }
        }
        assertTrue(last < Double.POSITIVE_INFINITY, summary);
    }

    private static double[] petalWidth() {
        double[] y = new double[IRIS.x().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = IRIS.x()[i][3];
        }
        return y;
    }
}
