package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import org.crm4j.analytics.internal.Checks;

/**
 * A random forest fitted by {@link RandomForest#fit}: immutable, its methods pure and thread-safe.
 */
public final class RandomForestModel {

    private final Nodes[] trees;
    private final int features;
    private final int classes;
    private final int[] cardinality;
    private final SplitCriterion criterion;
    private final double outOfBagError;

    RandomForestModel(Nodes[] trees, int features, int classes, int[] cardinality, SplitCriterion criterion,
            double outOfBagError) {
        this.trees = trees.clone();
        this.features = features;
        this.classes = classes;
        this.cardinality = cardinality.clone();
        this.criterion = criterion;
        this.outOfBagError = outOfBagError;
    }

    /**
     * The average over the trees of the class distribution of the row's leaf.
     *
     * @param row the features (not modified)
     * @return a new array of {@code classCount()} probabilities summing to 1
     * @throws IllegalArgumentException when {@code row} is null, has the wrong length, is not finite, or a
     *                                  categorical feature holds a code not seen in training
     */
    public double[] probabilities(double[] row) {
        TreeInputs.row(row, cardinality);
        double[] p = new double[classes];
        for (Nodes nodes : trees) {
            int leaf = nodes.leaf(row);
            for (int k = 0; k < classes; k++) {
                p[k] += nodes.value[leaf * classes + k] / nodes.weight[leaf];
            }
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= trees.length;
        }
        return p;
    }

    /**
     * @param row the features (not modified)
     * @return the class of largest {@link #probabilities} (the smallest index on ties)
     * @throws IllegalArgumentException as {@link #probabilities}
     */
    public int predict(double[] row) {
        return DecisionTreeModel.argMax(probabilities(row), 0, classes);
    }

    /**
     * The out-of-bag error: the fraction of training rows misclassified by the trees whose bootstrap sample left
     * them out, over the rows left out by at least one tree.
     *
     * @return the error rate in {@code [0, 1]}, or NaN when every tree drew every row
     */
    public double outOfBagError() {
        return outOfBagError;
    }

    /**
     * The mean over the trees (of more than one node) of each tree's normalised mean decrease in impurity,
     * normalised to sum to 1, as scikit-learn's {@code feature_importances_}.
     *
     * @return a new array of {@code featureCount()} non-negative numbers summing to 1, or all zeros when no tree
     *         splits
     */
    public double[] featureImportances() {
        double[] total = new double[features];
        for (Nodes nodes : trees) {
            if (nodes.count > 1) {
                double[] importances = nodes.featureImportances(features);
                for (int f = 0; f < features; f++) {
                    total[f] += importances[f];
                }
            }
        }
        double sum = 0.0;
        for (double v : total) {
            sum += v;
        }
        if (sum > 0.0) {
            for (int f = 0; f < features; f++) {
                total[f] /= sum;
            }
        }
        return total;
    }

    /** @return the number of trees */
    public int treeCount() {
        return trees.length;
    }

    /**
     * @param index the tree's index in {@code [0, treeCount())}
     * @return that tree, as an immutable model
     * @throws IllegalArgumentException when {@code index} is out of range
     */
    public DecisionTreeModel tree(int index) {
        require(index >= 0 && index < trees.length, "index must be in [0, %d), was %d", trees.length, index);
        return new DecisionTreeModel(trees[index], features, classes, cardinality, criterion);
    }

    /** @return the number of classes */
    public int classCount() {
        return classes;
    }

    /** @return the number of features */
    public int featureCount() {
        return features;
    }

    /**
     * A report in the spirit of R's {@code print.randomForest}: the number of trees, the out-of-bag error, the mean,
     * smallest and largest tree (nodes and depth), and the forest's feature importances (largest first).
     *
     * @return the report, several lines
     */
    public String summary() {
        int minNodes = Integer.MAX_VALUE;
        int maxNodes = 0;
        int maxDepth = 0;
        double nodeSum = 0;
        double depthSum = 0;
        for (Nodes nodes : trees) {
            int depth = nodes.depth();
            minNodes = Math.min(minNodes, nodes.count);
            maxNodes = Math.max(maxNodes, nodes.count);
            maxDepth = Math.max(maxDepth, depth);
            nodeSum += nodes.count;
            depthSum += depth;
        }
        StringBuilder out = new StringBuilder(256);
        out.append(Checks.message("Random forest (CART, %s): %d trees, %d features, %d classes%n",
                criterion.name().toLowerCase(java.util.Locale.ROOT), trees.length, features, classes));
        out.append(Checks.message("Out-of-bag error rate: %.2f%%%n", 100 * outOfBagError));
        out.append(Checks.message("Nodes per tree: mean %.1f, min %d, max %d; depth: mean %.1f, max %d%n",
                nodeSum / trees.length, minNodes, maxNodes, depthSum / trees.length, maxDepth));
        TreeSummary.appendImportances(out, featureImportances());
        return out.toString();
    }

    @Override
    public String toString() {
        return "RandomForestModel[trees=" + trees.length + ", classes=" + classes + ", features=" + features
                + ", outOfBagError=" + outOfBagError + "]";
    }
}
