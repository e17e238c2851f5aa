package org.crm4j.core.survey;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.ticket.TicketPriority;

/**
 * When an answer is unhappy and what ticket it opens: an answer whose CSAT is at most {@code csatAtMost} or whose
 * NPS score is at most {@code npsAtMost} (a detractor, by default 0 to 6) opens a follow-up ticket of
 * {@code category} and {@code priority}. Immutable.
 *
 * @param csatAtMost the highest unhappy CSAT score, in [1, 4] (default 2)
 * @param npsAtMost  the highest unhappy NPS score, in [0, 9] (default 6: the detractors)
 * @param category   the follow-up ticket's category, one of the host's ticket categories
 * @param priority   the follow-up ticket's priority
 */
public record FollowUpRule(int csatAtMost, int npsAtMost, String category, TicketPriority priority) {

    /** The rule of a CSAT threshold outside [1, 4]. */
    public static final String CSAT_THRESHOLD_RULE = "must be in [1, 4]";
    /** The rule of an NPS threshold outside [0, 9]. */
    public static final String NPS_THRESHOLD_RULE = "must be in [0, 9]";

    /** @throws ValidationException on {@code followUp.csatAtMost}, {@code followUp.npsAtMost} or a null part */
    public FollowUpRule {
        if (csatAtMost < 1 || csatAtMost > 4) {
            throw new ValidationException("followUp.csatAtMost", CSAT_THRESHOLD_RULE, csatAtMost);
        }
        if (npsAtMost < 0 || npsAtMost > 9) {
            throw new ValidationException("followUp.npsAtMost", NPS_THRESHOLD_RULE, npsAtMost);
        }
        category = Require.text("followUp.category", category, 50);
        Require.nonNull("followUp.priority", priority);
    }

    /**
     * @param category the follow-up tickets' category
     * @return CSAT at most 2 or NPS at most 6 opens a {@code HIGH} ticket of the category
     */
    public static FollowUpRule defaults(String category) {
        return new FollowUpRule(2, 6, category, TicketPriority.HIGH);
    }

    /**
     * @param csat the CSAT score, if asked
     * @param nps  the NPS score, if asked
     * @return whether these scores are unhappy
     */
    public boolean isUnhappy(Optional<Integer> csat, Optional<Integer> nps) {
        return csat.filter(score -> score <= csatAtMost).isPresent()
                || nps.filter(score -> score <= npsAtMost).isPresent();
    }

    /**
     * @param value the highest unhappy CSAT score
     * @return a copy
     */
    public FollowUpRule withCsatAtMost(int value) {
        return new FollowUpRule(value, npsAtMost, category, priority);
    }

    /**
     * @param value the highest unhappy NPS score
     * @return a copy
     */
    public FollowUpRule withNpsAtMost(int value) {
        return new FollowUpRule(csatAtMost, value, category, priority);
    }
}
