package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.crm4j.analytics.internal.Checks;

/**
 * A classification tree fitted by {@link DecisionTree#fit}: immutable, and its methods are pure and safe to call
 * from several threads.
 *
 * <p>Nodes are stored in flat arrays in depth-first pre-order. Each node keeps its weighted training class counts,
 * impurity and sample count, from which the predictions, {@link #featureImportances()} and the pruning path are
 * derived.
 */
public final class DecisionTreeModel {

    private final Nodes nodes;
    private final int features;
    private final int classes;
    private final int[] cardinality;
    private final SplitCriterion criterion;

    DecisionTreeModel(Nodes nodes, int features, int classes, int[] cardinality, SplitCriterion criterion) {
        this.nodes = nodes;
        this.features = features;
        this.classes = classes;
        this.cardinality = cardinality.clone();
        this.criterion = criterion;
    }

    /**
     * Predicts the class of one row: the class with the largest training weight in the row's leaf (the smallest
     * index on ties).
     *
     * @param row the features (not modified)
     * @return the class index in {@code [0, classCount())}
     * @throws IllegalArgumentException when {@code row} is null, has the wrong length, is not finite, or a
     *                                  categorical feature holds a code not in {@code [0, codes seen in training)}
     */
    public int predict(double[] row) {
        TreeInputs.row(row, cardinality);
        return argMax(nodes.value, nodes.leaf(row) * classes, classes);
    }

    /**
     * The class distribution of the row's leaf: the training weight of each class there divided by the leaf's
     * total weight.
     *
     * @param row the features (not modified)
     * @return a new array of {@code classCount()} probabilities summing to 1
     * @throws IllegalArgumentException as {@link #predict}
     */
    public double[] probabilities(double[] row) {
        TreeInputs.row(row, cardinality);
        int leaf = nodes.leaf(row);
        double[] p = Arrays.copyOfRange(nodes.value, leaf * classes, (leaf + 1) * classes);
        double w = nodes.weight[leaf];
        for (int k = 0; k < classes; k++) {
            p[k] /= w;
        }
        return p;
    }

    /**
     * The tests a row passes on its way from the root to its leaf, root first: the readable reason for the
     * prediction ("recency &gt; 120 and frequency &lt;= 2"). The last step's {@code after} distribution is
     * {@link #probabilities(double[])} of the row. A single-leaf tree gives an empty path.
     *
     * @param row the features (not modified)
     * @return the steps, root first, at most {@link #depth()} of them; an immutable list
     * @throws IllegalArgumentException as {@link #predict}
     */
    public List<DecisionStep> decisionPath(double[] row) {
        TreeInputs.row(row, cardinality);
        List<DecisionStep> path = new ArrayList<>();
        int node = 0;
        while (!nodes.isLeaf(node)) {
            int f = nodes.feature[node];
            int child = nodes.goesLeft(node, row[f]) ? nodes.left[node] : nodes.right[node];
            path.add(new DecisionStep(nodes, node, child, row[f]));
            node = child;
        }
        return Collections.unmodifiableList(path);
    }

    static int argMax(double[] values, int offset, int length) {
        int best = 0;
        for (int k = 1; k < length; k++) {
            if (values[offset + k] > values[offset + best]) {
                best = k;
            }
        }
        return best;
    }

    /** @return the number of edges on the longest root-to-leaf path (0 for a single leaf) */
    public int depth() {
        return nodes.depth();
    }

    /** @return the number of leaves */
    public int leafCount() {
        return nodes.leafCount();
    }

    /** @return the number of nodes, internal and leaves */
    public int nodeCount() {
        return nodes.count;
    }

    /** @return the number of classes, {@code max(y) + 1} of the training labels */
    public int classCount() {
        return classes;
    }

    /** @return the number of features */
    public int featureCount() {
        return features;
    }

    /** @return the criterion the tree was grown with */
    public SplitCriterion criterion() {
        return criterion;
    }

    /**
     * Mean decrease in impurity (Breiman et al. 1984, section 5.3.4): for each feature, the total over the nodes
     * splitting on it of {@code w * impurity - w_left * impurity_left - w_right * impurity_right}, normalised to
     * sum to 1, as scikit-learn's {@code feature_importances_}. Biased towards features with many distinct values.
     *
     * @return a new array of {@code featureCount()} non-negative numbers summing to 1, or all zeros when no split
     *         decreases the impurity (for instance a single leaf)
     */
    public double[] featureImportances() {
        return nodes.featureImportances(features);
    }

    /**
     * The minimal cost-complexity pruning path of this tree (Breiman et al. 1984, chapter 3), equal to
     * scikit-learn's {@code cost_complexity_pruning_path} for the same tree.
     *
     * @return the effective alphas and subtree impurities
     */
    public CostComplexityPath costComplexityPath() {
        double[][] path = CostComplexity.path(nodes);
        return new CostComplexityPath(path[0], path[1]);
    }

    /**
     * The smallest subtree minimising {@code R(T) + alpha |leaves(T)|}: weakest-link pruning collapses subtrees
     * while their effective alpha is {@code <= alpha}, as scikit-learn's {@code ccp_alpha}. This model is not
     * changed.
     *
     * @param alpha the complexity parameter, finite and {@code >= 0}; 0 returns this tree unchanged (as
     *              scikit-learn, which does not prune at {@code ccp_alpha=0}, even splits that gained nothing)
     * @return the pruned tree
     * @throws IllegalArgumentException when {@code alpha} is negative or not finite
     */
    public DecisionTreeModel prune(double alpha) {
        require(alpha >= 0 && Double.isFinite(alpha), "alpha must be finite and >= 0, was %s", alpha);
        if (alpha == 0.0) {
            return this;
        }
        return new DecisionTreeModel(CostComplexity.prune(nodes, alpha, cardinality), features, classes,
                cardinality, criterion);
    }

    /**
     * The tree as indented text in the style of scikit-learn's {@code export_text}, one line per branch and leaf:
     * <pre>{@code
     * |--- petal width <= 0.8
     * |   |--- class: setosa
     * |--- petal width >  0.8
     * ...
     * }</pre>
     *
     * @param featureNames one name per feature, or null for {@code feature_0, feature_1, ...}
     * @param classNames   one name per class, or null for the class indices
     * @return the text, lines ending with {@code '\n'}
     * @throws IllegalArgumentException when a names array has the wrong length or a null element
     */
    public String toText(String[] featureNames, String[] classNames) {
        TreeInputs.names(featureNames, features, "featureNames", "the number of features");
        TreeInputs.names(classNames, classes, "classNames", "the number of classes");
        return TreeExport.text(nodes, featureNames, cardinality, leaf -> "class: " + className(leaf, classNames));
    }

    /**
     * The tree in Graphviz DOT, each node labelled with its split, impurity, sample count, class counts and
     * majority class; edges to left children are labelled {@code true}.
     *
     * @param featureNames one name per feature, or null for {@code feature_0, ...}
     * @param classNames   one name per class, or null for the class indices
     * @return the DOT source
     * @throws IllegalArgumentException when a names array has the wrong length or a null element
     */
    public String toDot(String[] featureNames, String[] classNames) {
        TreeInputs.names(featureNames, features, "featureNames", "the number of features");
        TreeInputs.names(classNames, classes, "classNames", "the number of classes");
        String impurity = criterion == SplitCriterion.GINI ? "gini" : "entropy";
        return TreeExport.dot(nodes, featureNames, cardinality, impurity, node -> {
            StringBuilder counts = new StringBuilder("value = [");
            for (int k = 0; k < classes; k++) {
                counts.append(k == 0 ? "" : ", ").append(TreeExport.number(nodes.value[node * classes + k]));
            }
            return counts.append("]\\nclass = ").append(className(node, classNames)).toString();
        });
    }

    private String className(int node, String[] classNames) {
        int k = argMax(nodes.value, node * classes, classes);
        return classNames != null ? classNames[k] : Integer.toString(k);
    }

    /**
     * A report of the fitted tree: the data's shape, the node counts and depth, the root's impurity and the feature
     * importances (largest first), as a statistician reads an {@code rpart} fit before its rules
     * ({@link #toText}).
     *
     * @return the report, several lines
     */
    public String summary() {
        StringBuilder out = new StringBuilder(256);
        out.append(Checks.message("Classification tree (CART, %s): %d features, %d classes%n",
                criterion.name().toLowerCase(java.util.Locale.ROOT), features, classes));
        TreeSummary.appendSize(out, nodes, criterion.name().toLowerCase(java.util.Locale.ROOT));
        TreeSummary.appendImportances(out, featureImportances());
        return out.toString();
    }

    @Override
    public String toString() {
        return "DecisionTreeModel[criterion=" + criterion + ", classes=" + classes + ", features=" + features
                + ", nodes=" + nodes.count + ", leaves=" + leafCount() + ", depth=" + depth() + "]";
    }

    /** The node table, for tests and the forest. */
    Nodes nodes() {
        return nodes;
    }
}
