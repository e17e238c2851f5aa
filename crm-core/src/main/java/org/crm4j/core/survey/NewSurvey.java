package org.crm4j.core.survey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crm4j.core.ticket.TicketPriority;

/**
 * A command to define a survey, as entered; checked by {@link Survey} and the service.
 *
 * @param name        1 to 200 characters
 * @param asksCsat    whether it asks CSAT (1 to 5)
 * @param asksNps     whether it asks NPS (0 to 10)
 * @param asksComment whether it offers a free-text comment
 * @param questions   the host's own scale questions
 * @param validity    how long an invitation may be answered
 * @param followUp    which answers open a follow-up ticket, and which; its category must be one of the host's
 *                    ticket categories
 */
public record NewSurvey(String name, boolean asksCsat, boolean asksNps, boolean asksComment,
                        List<CustomQuestion> questions, Duration validity, FollowUpRule followUp) {

    /** The validity of {@link #of(String, String)}: 14 days. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(14);

    /**
     * A survey asking CSAT, NPS and a comment, answerable for 14 days, whose unhappy answers (CSAT at most 2, NPS
     * at most 6) open a {@code HIGH} ticket of {@code followUpCategory}.
     *
     * @param name             the name
     * @param followUpCategory one of the host's ticket categories
     * @return the command
     */
    public static NewSurvey of(String name, String followUpCategory) {
        return new NewSurvey(name, true, true, true, List.of(), DEFAULT_VALIDITY,
                FollowUpRule.defaults(followUpCategory));
    }

    /**
     * @param csat    whether to ask CSAT
     * @param nps     whether to ask NPS
     * @param comment whether to offer a comment
     * @return a copy asking these
     */
    public NewSurvey asking(boolean csat, boolean nps, boolean comment) {
        return new NewSurvey(name, csat, nps, comment, questions, validity, followUp);
    }

    /**
     * @param question one more custom question
     * @return a copy that also asks it
     */
    public NewSurvey withQuestion(CustomQuestion question) {
        List<CustomQuestion> more = new ArrayList<>(questions);
        more.add(question);
        return new NewSurvey(name, asksCsat, asksNps, asksComment, more, validity, followUp);
    }

    /**
     * @param value how long an invitation may be answered
     * @return a copy
     */
    public NewSurvey withValidity(Duration value) {
        return new NewSurvey(name, asksCsat, asksNps, asksComment, questions, value, followUp);
    }

    /**
     * @param value which answers open which follow-up ticket
     * @return a copy
     */
    public NewSurvey withFollowUp(FollowUpRule value) {
        return new NewSurvey(name, asksCsat, asksNps, asksComment, questions, validity, value);
    }

    /**
     * @param csatAtMost the highest unhappy CSAT score
     * @param npsAtMost  the highest unhappy NPS score
     * @param priority   the follow-up ticket's priority
     * @return a copy with these thresholds and the same category
     */
    public NewSurvey withThresholds(int csatAtMost, int npsAtMost, TicketPriority priority) {
        return withFollowUp(new FollowUpRule(csatAtMost, npsAtMost, followUp.category(), priority));
    }
}
