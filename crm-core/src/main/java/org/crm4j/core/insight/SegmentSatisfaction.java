package org.crm4j.core.insight;

import java.util.Objects;

/**
 * How satisfied one segment of a {@link CustomerSegmentation} is, from the survey answers of a period
 * ({@link InsightService#satisfaction}).
 *
 * @param segment     the segment's index
 * @param label       the segment's label
 * @param customers   the segment's size
 * @param respondents the members with at least one answer in the period
 * @param csatAnswers the members' answers with a CSAT score
 * @param meanCsat    their mean CSAT, in {@code [1, 5]}; NaN without CSAT answers
 * @param npsAnswers  the members' answers with an NPS score
 * @param nps         the Net Promoter Score: the percentage of promoters (9 or 10) minus that of detractors (0 to
 *                    6) among those answers, in {@code [-100, 100]}; NaN without NPS answers
 */
public record SegmentSatisfaction(int segment, String label, int customers, int respondents, long csatAnswers,
        double meanCsat, long npsAnswers, double nps) {

    /** Checks the label. */
    public SegmentSatisfaction {
        Objects.requireNonNull(label, "label");
    }
}
