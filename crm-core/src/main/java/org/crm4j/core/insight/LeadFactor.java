package org.crm4j.core.insight;

import java.util.Locale;

/**
 * One feature's part in a lead's score, which adds to the lead's log-odds of converting: for naive Bayes the
 * log-likelihood ratio of its value, {@code log P(value | converted) − log P(value | disqualified)}; for logistic
 * regression the value's coefficient (0 for the reference value).
 *
 * @param feature  the feature, one of {@link LeadScores#FEATURES}
 * @param value    the lead's value of it
 * @param logOdds  what the value adds to the log-odds: positive raises the score, negative lowers it
 */
public record LeadFactor(String feature, String value, double logOdds) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s = %s (%+.2f)", feature, value, logOdds);
    }
}
