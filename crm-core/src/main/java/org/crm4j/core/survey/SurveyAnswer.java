package org.crm4j.core.survey;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crm4j.core.Require;
import org.crm4j.core.ticket.TicketId;

/**
 * The one answer to an invitation. Immutable.
 *
 * @param csat       the CSAT score, 1 to 5, present exactly when the survey asks it
 * @param nps        the NPS score, 0 to 10, present exactly when the survey asks it
 * @param comment    the comment, 1 to 4 000 characters, if given
 * @param scores     the answers to custom questions by code, in code order
 * @param answeredAt when it was answered
 * @param followUp   the follow-up ticket an unhappy answer opened, if any
 */
public record SurveyAnswer(Optional<Integer> csat, Optional<Integer> nps, Optional<String> comment,
                           Map<String, Integer> scores, Instant answeredAt, Optional<TicketId> followUp) {

    /** The longest comment. */
    public static final int MAX_COMMENT = 4000;

    /** @throws org.crm4j.core.ValidationException on a null component or a bad comment */
    public SurveyAnswer {
        Require.nonNull("csat", csat);
        Require.nonNull("nps", nps);
        Require.nonNull("comment", comment);
        comment = comment.map(text -> Require.text("comment", text, MAX_COMMENT));
        scores = Collections.unmodifiableMap(new TreeMap<>(Require.nonNull("scores", scores)));
        Require.nonNull("answeredAt", answeredAt);
        Require.nonNull("followUp", followUp);
    }

    /**
     * @return whether the customer is satisfied in the CSAT sense (4 or 5), if CSAT was asked
     */
    public Optional<Boolean> satisfied() {
        return csat.map(score -> score >= 4);
    }

    /**
     * @param ticket the follow-up ticket
     * @return a copy linked to it
     */
    SurveyAnswer withFollowUp(TicketId ticket) {
        return new SurveyAnswer(csat, nps, comment, scores, answeredAt, Optional.of(ticket));
    }
}
