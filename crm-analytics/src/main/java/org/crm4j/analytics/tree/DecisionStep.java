package org.crm4j.analytics.tree;

import java.util.Locale;

/**
 * One test on a row's way from the root of a classification tree to its leaf, as
 * {@link DecisionTreeModel#decisionPath(double[])} reports it. Immutable; reads the tree's stored class weights
 * (nothing is copied per step, so walking the paths of many rows through many trees stays cheap).
 *
 * <p>For a numeric feature the node sends a row left when {@code row[feature] <= threshold}; {@link #wentLeft()}
 * says which way this row went, so the condition the row satisfied is {@code row[feature] <= threshold} when it went
 * left and {@code row[feature] > threshold} otherwise. For a categorical feature {@link #threshold()} is NaN and
 * {@link #wentLeft()} says whether the row's category is among those the node sends left.
 */
public final class DecisionStep {

    private final Nodes nodes;
    private final int node;
    private final int child;
    private final double value;

    DecisionStep(Nodes nodes, int node, int child, double value) {
        this.nodes = nodes;
        this.node = node;
        this.child = child;
        this.value = value;
    }

    /** @return the index of the feature tested, {@code >= 0} */
    public int feature() {
        return nodes.feature[node];
    }

    /** @return whether the feature is categorical */
    public boolean categorical() {
        return nodes.catOffset[node] >= 0;
    }

    /** @return the split point of a numeric feature, in the units of the training data; NaN if categorical */
    public double threshold() {
        return categorical() ? Double.NaN : nodes.threshold[node];
    }

    /** @return the row's value of the feature */
    public double value() {
        return value;
    }

    /** @return whether the row went to the left child */
    public boolean wentLeft() {
        return nodes.left[node] == child;
    }

    /**
     * @param k a class index in {@code [0, classes)}
     * @return the share of class {@code k} (training weight over the node's weight) at the tested node
     * @throws IndexOutOfBoundsException if {@code k} is out of range
     */
    public double before(int k) {
        return share(node, k);
    }

    /**
     * @param k a class index in {@code [0, classes)}
     * @return the share of class {@code k} at the child the row went to
     * @throws IndexOutOfBoundsException if {@code k} is out of range
     */
    public double after(int k) {
        return share(child, k);
    }

    /**
     * How much this test moved the probability of one class (the contribution of Saabas' tree interpretation: the
     * contributions along a path sum to the leaf's probability minus the root's).
     *
     * @param k a class index in {@code [0, classes)}
     * @return {@code after(k) - before(k)}, in {@code [-1, 1]}
     * @throws IndexOutOfBoundsException if {@code k} is out of range
     */
    public double change(int k) {
        return after(k) - before(k);
    }

    private double share(int n, int k) {
        if (k < 0 || k >= nodes.width) {
            throw new IndexOutOfBoundsException("k must be in [0, " + nodes.width + "), was " + k);
        }
        return nodes.value[n * nodes.width + k] / nodes.weight[n];
    }

    /** @return the condition, for example {@code "x[2] <= 2.5 (value 1.0)"} */
    @Override
    public String toString() {
        return categorical() ? String.format(Locale.ROOT, "x[%d] %s left categories (value %s)", feature(),
                wentLeft() ? "in" : "not in", value)
                : String.format(Locale.ROOT, "x[%d] %s %s (value %s)", feature(), wentLeft() ? "<=" : ">",
                        threshold(), value);
    }
}
