package org.crm4j.core.insight;

/**
 * Held-out predictions at probability 0.5 against what happened; "positive" is churn.
 *
 * @param truePositives  churned, predicted to churn
 * @param falsePositives stayed, predicted to churn
 * @param trueNegatives  stayed, predicted to stay
 * @param falseNegatives churned, predicted to stay
 */
public record ConfusionMatrix(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** @return the share of correct predictions */
    public double accuracy() {
        int n = truePositives + falsePositives + trueNegatives + falseNegatives;
        return n == 0 ? Double.NaN : (double) (truePositives + trueNegatives) / n;
    }
}
