package org.crm4j.analytics.tree;

import java.util.List;
import java.util.Objects;

/**
 * One test on a row's way from the root of a classification tree to its leaf, as
 * {@link DecisionTreeModel#decisionPath(double[])} reports it.
 *
 * <p>For a numeric feature the node sends a row left when {@code row[feature] <= threshold}; {@code wentLeft} says
 * which way this row went, so the condition the row satisfied is {@code row[feature] <= threshold} when
 * {@code wentLeft} and {@code row[feature] > threshold} otherwise. For a categorical feature {@code threshold} is
 * NaN and {@code wentLeft} says whether the row's category is among those the node sends left.
 *
 * @param feature     the index of the feature tested, {@code >= 0}
 * @param categorical whether the feature is categorical
 * @param threshold   the split point of a numeric feature, in the units of the training data; NaN if categorical
 * @param value       the row's value of the feature
 * @param wentLeft    whether the row went to the left child
 * @param before      the class distribution (training weight per class over the node's weight) at the node
 * @param after       the class distribution at the child the row went to
 */
public record DecisionStep(int feature, boolean categorical, double threshold, double value, boolean wentLeft,
        List<Double> before, List<Double> after) {

    /** Copies the distributions. */
    public DecisionStep {
        before = List.copyOf(Objects.requireNonNull(before, "before"));
        after = List.copyOf(Objects.requireNonNull(after, "after"));
    }

    /**
     * How much this test moved the probability of one class (the contribution of Saabas' tree interpretation: the
     * contributions along a path sum to the leaf's probability minus the root's).
     *
     * @param k a class index in {@code [0, before().size())}
     * @return {@code after[k] - before[k]}, in {@code [-1, 1]}
     * @throws IndexOutOfBoundsException if {@code k} is out of range
     */
    public double change(int k) {
        return after.get(k) - before.get(k);
    }
}
