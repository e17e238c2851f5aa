package org.crm4j.core.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * A survey definition: which questions it asks (CSAT on 1 to 5, NPS on 0 to 10, a free-text comment, the host's
 * own scale questions), how long an invitation to it may be answered, and which answers open a follow-up ticket.
 * Immutable; a definition does not change once it has been defined (a new one is defined instead), so answers
 * always refer to the questions they answered.
 *
 * @param id        the identity
 * @param name      1 to 200 characters
 * @param asksCsat  whether it asks "How satisfied are you?" on 1 (very unsatisfied) to 5 (very satisfied)
 * @param asksNps   whether it asks "How likely are you to recommend us?" on 0 to 10
 * @param asksComment whether it offers a free-text comment (always optional for the customer)
 * @param questions the host's own questions, at most {@value #MAX_QUESTIONS}, codes unique
 * @param validity  how long an invitation may be answered after it was sent, in [1 hour, 365 days]
 * @param followUp  which answers are unhappy and what ticket they open
 * @param createdAt when it was defined
 * @param version   the stored version, from 0
 */
public record Survey(SurveyId id, String name, boolean asksCsat, boolean asksNps, boolean asksComment,
                     List<CustomQuestion> questions, Duration validity, FollowUpRule followUp, Instant createdAt,
                     long version) {

    /** The most custom questions a survey asks. */
    public static final int MAX_QUESTIONS = 20;
    /** The shortest validity of an invitation. */
    public static final Duration MIN_VALIDITY = Duration.ofHours(1);
    /** The longest validity of an invitation. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(365);
    /** The rule of a survey without any question. */
    public static final String ASKS_SOMETHING = "must ask at least one question (CSAT, NPS, comment or custom)";
    /** The rule of too many custom questions. */
    public static final String AT_MOST_QUESTIONS = "must hold at most " + MAX_QUESTIONS + " questions";
    /** The rule of a repeated question code. */
    public static final String UNIQUE_CODE = "must be unique within the survey";
    /** The rule of a validity outside [1 hour, 365 days]. */
    public static final String VALIDITY_RULE = "must be in [1 hour, 365 days]";

    /** @throws ValidationException naming the offending field */
    public Survey {
        Require.nonNull("id", id);
        name = Require.text("name", name, 200);
        questions = List.copyOf(Require.nonNull("questions", questions));
        if (questions.size() > MAX_QUESTIONS) {
            throw new ValidationException("questions", AT_MOST_QUESTIONS, questions.size());
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            CustomQuestion question = Require.nonNull("questions[" + i + "]", questions.get(i));
            if (!codes.add(question.code())) {
                throw new ValidationException("questions[" + i + "].code", UNIQUE_CODE, question.code());
            }
        }
        if (!asksCsat && !asksNps && !asksComment && questions.isEmpty()) {
            throw new ValidationException("questions", ASKS_SOMETHING, null);
        }
        Require.nonNull("validity", validity);
        if (validity.compareTo(MIN_VALIDITY) < 0 || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new ValidationException("validity", VALIDITY_RULE, validity);
        }
        Require.nonNull("followUp", followUp);
        Require.nonNull("createdAt", createdAt);
        Require.notNegative("version", version);
    }

    /**
     * Defines a survey from a command.
     *
     * @param id      its id
     * @param command the definition
     * @param now     the time
     * @return the survey, version 0
     * @throws ValidationException naming the field of the command that breaks a rule
     */
    public static Survey define(SurveyId id, NewSurvey command, Instant now) {
        Require.nonNull("command", command);
        return new Survey(id, command.name(), command.asksCsat(), command.asksNps(), command.asksComment(),
                command.questions(), command.validity(), command.followUp(), now, 0);
    }

    /**
     * @param code a question code
     * @return the custom question with that code, if the survey asks it
     */
    public Optional<CustomQuestion> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /**
     * @param newVersion the version
     * @return a copy with that version
     */
    public Survey withVersion(long newVersion) {
        return new Survey(id, name, asksCsat, asksNps, asksComment, questions, validity, followUp, createdAt,
                newVersion);
    }
}
