package org.crm4j.core.insight;

/**
 * How much one feature drives the churn model.
 *
 * @param feature    the feature's name (see {@link ChurnAnalysis#FEATURES})
 * @param importance the tree's or forest's mean impurity decrease (summing to 1), or for logistic regression the
 *                   absolute coefficient on the standardised feature
 * @param oddsRatio  for logistic regression the odds ratio of churn per standard deviation of the feature; NaN for
 *                   trees
 */
public record FeatureImportance(String feature, double importance, double oddsRatio) {
}
