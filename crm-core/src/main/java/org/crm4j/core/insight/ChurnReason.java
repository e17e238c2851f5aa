package org.crm4j.core.insight;

import java.util.Locale;
import java.util.Objects;

/**
 * One reason for a customer's churn risk: a condition on one feature, in the feature's original units, that the
 * customer satisfies, with how much it raises the risk.
 * <ul>
 *   <li>{@link ChurnModel#TREE}: one test of the customer's decision path from the root to the leaf (root first):
 *       {@code feature > threshold} when {@code above}, else {@code feature <= threshold}; {@code weight} is the
 *       change of the churn probability at that test (Saabas' tree interpretation: the weights of a path sum to
 *       the leaf's probability minus the share of churners in the training data), negative when the test lowers
 *       the risk.</li>
 *   <li>{@link ChurnModel#FOREST}: the tests of the customer's paths through all trees, grouped by feature and
 *       direction; {@code threshold} is the median split point of the group, {@code weight} the group's summed
 *       probability changes divided by the number of trees (so the weights of all groups sum to the forest's
 *       probability minus the trees' mean root probability). Only groups that raise the risk are reasons.</li>
 *   <li>{@link ChurnModel#LOGISTIC}: a feature whose value is above ({@code above}) or at most the training
 *       mean ({@code threshold}) and whose contribution {@code coefficient × standardised value} to the log-odds of
 *       churn ({@code weight}) is positive.</li>
 * </ul>
 *
 * @param feature   the feature's name (see {@link ChurnAnalysis#FEATURES}), not null
 * @param value     the customer's value of the feature, original units
 * @param above     whether the condition is {@code value > threshold} (else {@code value <= threshold})
 * @param threshold the split point (trees) or the training mean (logistic regression), original units
 * @param weight    how much the condition raises the risk: probability change (trees) or log-odds (logistic)
 */
public record ChurnReason(String feature, double value, boolean above, double threshold, double weight) {

    /** Checks the feature name. */
    public ChurnReason {
        Objects.requireNonNull(feature, "feature");
    }

    /** @return the condition in words, for example {@code "recencyDays > 120.5 (is 150.0; +0.412)"} */
    public String describe() {
        return String.format(Locale.ROOT, "%s %s %.1f (is %.1f; %+.3f)", feature, above ? ">" : "<=", threshold,
                value, weight);
    }
}
