package org.crm4j.core.insight;

/** The classifier of {@link InsightService#leadScores(LeadScoringOptions)}. */
public enum LeadModel {
    /**
     * Categorical naive Bayes: per class, the frequency table of each feature's values with additive smoothing, as
     * CRM products score leads; a factor is the value's log-likelihood ratio.
     */
    NAIVE_BAYES,
    /**
     * Logistic regression on one indicator per feature value, the most frequent value of each feature (among the
     * training leads) as the reference; a value seen among converted or disqualified training leads only, or
     * whose indicator is a linear combination of the others, joins the reference (it would separate the classes).
     * A factor is the value's coefficient: its log-odds against the reference.
     */
    LOGISTIC
}
