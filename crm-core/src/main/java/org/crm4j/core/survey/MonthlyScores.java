package org.crm4j.core.survey;

import java.time.YearMonth;
import org.crm4j.core.Require;

/**
 * The survey answers of one UTC calendar month, counted: what {@link SurveyInvitationRepository#monthlyScores}
 * returns (on crm-jpa one SQL {@code GROUP BY} year and month). Immutable.
 *
 * @param month       the month (UTC) of the answers
 * @param csatAnswers the answers with a CSAT score
 * @param satisfied   of those, the ones scoring 4 or 5
 * @param npsAnswers  the answers with an NPS score
 * @param promoters   of those, the ones scoring 9 or 10
 * @param detractors  of those, the ones scoring 0 to 6
 */
public record MonthlyScores(YearMonth month, long csatAnswers, long satisfied, long npsAnswers, long promoters,
                            long detractors) {

    /** @throws org.crm4j.core.ValidationException on a null month or a negative count */
    public MonthlyScores {
        Require.nonNull("month", month);
        Require.notNegative("csatAnswers", csatAnswers);
        Require.notNegative("satisfied", satisfied);
        Require.notNegative("npsAnswers", npsAnswers);
        Require.notNegative("promoters", promoters);
        Require.notNegative("detractors", detractors);
    }
}
