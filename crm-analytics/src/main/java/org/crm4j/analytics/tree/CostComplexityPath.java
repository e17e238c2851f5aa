package org.crm4j.analytics.tree;

import java.util.Arrays;

/**
 * The minimal cost-complexity pruning path of a classification tree (Breiman et al. 1984, chapter 3), as
 * scikit-learn's {@code cost_complexity_pruning_path}: the increasing effective alphas at which weakest-link
 * pruning collapses a subtree, and the total leaf impurity of the tree left after each step.
 *
 * <p>Entry 0 is alpha 0 and the impurity of the unpruned tree; the last entry is the alpha that collapses the
 * tree to its root. The impurity is {@code sum over leaves of (w_leaf / w_root) * impurity(leaf)}, in the unit of
 * the tree's criterion. {@link DecisionTreeModel#prune(double)} with any alpha in {@code [alphas[i], alphas[i+1])}
 * returns the subtree of step {@code i}. Immutable; the accessors return copies.
 */
public final class CostComplexityPath {

    private final double[] alphas;
    private final double[] impurities;

    CostComplexityPath(double[] alphas, double[] impurities) {
        this.alphas = alphas.clone();
        this.impurities = impurities.clone();
    }

    /** @return the effective alphas, non-decreasing, starting at 0 */
    public double[] alphas() {
        return alphas.clone();
    }

    /** @return the total leaf impurity of the subtree at each alpha, non-decreasing */
    public double[] impurities() {
        return impurities.clone();
    }

    /** @return the number of steps, including alpha 0 */
    public int size() {
        return alphas.length;
    }

    @Override
    public String toString() {
        return "CostComplexityPath[alphas=" + Arrays.toString(alphas) + ", impurities=" + Arrays.toString(impurities)
                + "]";
    }
}
