package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import org.crm4j.analytics.internal.Checks;

/**
 * A regression tree fitted by {@link RegressionTree#fit}: immutable, its methods pure and thread-safe. Each leaf
 * predicts the mean training response of its rows.
 */
public final class RegressionTreeModel {

    private final Nodes nodes;
    private final int features;
    private final int[] cardinality;

    RegressionTreeModel(Nodes nodes, int features, int[] cardinality) {
        this.nodes = nodes;
        this.features = features;
        this.cardinality = cardinality.clone();
    }

    /**
     * @param row the features (not modified)
     * @return the mean training response of the row's leaf
     * @throws IllegalArgumentException when {@code row} is null, has the wrong length, is not finite, or a
     *                                  categorical feature holds a code not seen in training
     */
    public double predict(double[] row) {
        TreeInputs.row(row, cardinality);
        return nodes.value[nodes.leaf(row)];
    }

    /** @return the number of edges on the longest root-to-leaf path (0 for a single leaf) */
    public int depth() {
        return nodes.depth();
    }

    /** @return the number of leaves */
    public int leafCount() {
        return nodes.leafCount();
    }

    /** @return the number of features */
    public int featureCount() {
        return features;
    }

    /**
     * Mean decrease in squared error per feature, normalised to sum to 1 (all zeros for a single leaf); see
     * {@link DecisionTreeModel#featureImportances()}.
     *
     * @return a new array of {@code featureCount()} non-negative numbers
     */
    public double[] featureImportances() {
        return nodes.featureImportances(features);
    }

    /**
     * The minimal cost-complexity pruning path, with the mean squared error as the leaf impurity (as
     * scikit-learn's {@code DecisionTreeRegressor.cost_complexity_pruning_path}).
     *
     * @return the effective alphas and subtree impurities
     */
    public CostComplexityPath costComplexityPath() {
        double[][] path = CostComplexity.path(nodes);
        return new CostComplexityPath(path[0], path[1]);
    }

    /**
     * @param alpha the complexity parameter, finite and {@code >= 0}; 0 returns this tree unchanged
     * @return the subtree left by weakest-link pruning at {@code alpha} (see {@link DecisionTreeModel#prune})
     * @throws IllegalArgumentException when {@code alpha} is negative or not finite
     */
    public RegressionTreeModel prune(double alpha) {
        require(alpha >= 0 && Double.isFinite(alpha), "alpha must be finite and >= 0, was %s", alpha);
        if (alpha == 0.0) {
            return this;
        }
        return new RegressionTreeModel(CostComplexity.prune(nodes, alpha, cardinality), features, cardinality);
    }

    /**
     * @param featureNames one name per feature, or null for {@code feature_0, ...}
     * @return the tree as indented text, leaves reading {@code value: mean}
     * @throws IllegalArgumentException when {@code featureNames} has the wrong length or a null element
     */
    public String toText(String[] featureNames) {
        TreeInputs.names(featureNames, features, "featureNames", "the number of features");
        return TreeExport.text(nodes, featureNames, cardinality, leaf -> "value: " + TreeExport.number(nodes.value[leaf]));
    }

    /**
     * @param featureNames one name per feature, or null for {@code feature_0, ...}
     * @return the tree in Graphviz DOT, nodes labelled with split, squared error, samples and mean
     * @throws IllegalArgumentException when {@code featureNames} has the wrong length or a null element
     */
    public String toDot(String[] featureNames) {
        TreeInputs.names(featureNames, features, "featureNames", "the number of features");
        return TreeExport.dot(nodes, featureNames, cardinality, "squared_error",
                node -> "value = " + TreeExport.number(nodes.value[node]));
    }

    /**
     * A report of the fitted tree: the node counts and depth, the root's sample count and mean squared error (the
     * response's variance), and the feature importances (largest first).
     *
     * @return the report, several lines
     */
    public String summary() {
        StringBuilder out = new StringBuilder(256);
        out.append(Checks.message("Regression tree (CART, squared error): %d features%n", features));
        TreeSummary.appendSize(out, nodes, "squared-error");
        out.append(Checks.message("Root mean response %.6g%n", nodes.value[0]));
        TreeSummary.appendImportances(out, featureImportances());
        return out.toString();
    }

    @Override
    public String toString() {
        return "RegressionTreeModel[features=" + features + ", nodes=" + nodes.count + ", leaves=" + leafCount()
                + ", depth=" + depth() + "]";
    }

    Nodes nodes() {
        return nodes;
    }
}
