package org.crm4j.core.insight;

import java.util.Objects;
import org.crm4j.core.customer.CustomerId;

/**
 * One customer's survey answers of a period, as {@link CustomerSignals#satisfaction} counts them.
 *
 * @param customerId   the customer
 * @param csatAnswers  answers with a CSAT score (1 to 5), {@code >= 0}
 * @param csatTotal    the sum of those scores, in {@code [csatAnswers, 5 csatAnswers]}
 * @param dissatisfied those with a CSAT of at most {@value #DISSATISFIED_CSAT}
 * @param npsAnswers   answers with an NPS score (0 to 10), {@code >= 0}
 * @param promoters    those with an NPS of at least {@value #PROMOTER_NPS}
 * @param detractors   those with an NPS of at most {@value #DETRACTOR_NPS}
 */
public record SatisfactionCounts(CustomerId customerId, long csatAnswers, long csatTotal, long dissatisfied,
        long npsAnswers, long promoters, long detractors) {

    /** The highest dissatisfied CSAT: the surveys' default unhappy answer (FollowUpRule). */
    public static final int DISSATISFIED_CSAT = 2;
    /** The lowest promoter NPS (Reichheld 2003). */
    public static final int PROMOTER_NPS = 9;
    /** The highest detractor NPS (Reichheld 2003). */
    public static final int DETRACTOR_NPS = 6;

    /** Checks the counts. */
    public SatisfactionCounts {
        Objects.requireNonNull(customerId, "customerId");
        if (csatAnswers < 0 || csatTotal < csatAnswers || csatTotal > 5 * csatAnswers || dissatisfied < 0
                || dissatisfied > csatAnswers || npsAnswers < 0 || promoters < 0 || detractors < 0
                || promoters + detractors > npsAnswers) {
            throw new IllegalArgumentException("satisfaction counts are inconsistent: " + csatAnswers + ", "
                    + csatTotal + ", " + dissatisfied + ", " + npsAnswers + ", " + promoters + ", " + detractors);
        }
    }
}
