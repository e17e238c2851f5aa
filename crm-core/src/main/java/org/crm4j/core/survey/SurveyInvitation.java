package org.crm4j.core.survey;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.ticket.TicketId;

/**
 * An invitation of one customer to answer one survey, once, before it expires: sent after a ticket was resolved
 * or to a campaign's members. It holds the hash of its token, never the token, and its answer once given.
 * Immutable; {@link #answer} returns an answered copy.
 *
 * @param id        the identity, also the answer's
 * @param survey    the survey
 * @param customer  the invited customer
 * @param ticket    the resolved ticket it asks about, if sent after a ticket
 * @param campaign  the campaign it was sent to, if sent to a campaign's members
 * @param channel   the channel it was sent through (whose consent was checked)
 * @param tokenHash the SHA-256 hash of its token
 * @param sentAt    when it was sent
 * @param expiresAt when it can no longer be answered (exclusive), after {@code sentAt}
 * @param answer    its answer, once given
 * @param version   the stored version, from 0
 */
public record SurveyInvitation(InvitationId id, SurveyId survey, CustomerId customer, Optional<TicketId> ticket,
                               Optional<CampaignId> campaign, Channel channel, TokenHash tokenHash, Instant sentAt,
                               Instant expiresAt, Optional<SurveyAnswer> answer, long version) {

    /** The rule of a second answer. */
    public static final String ANSWER_ONCE = "must not have been answered already";
    /** The rule of an answer at or after the expiry. */
    public static final String NOT_EXPIRED = "must not be expired";
    /** The rule of a CSAT score off its scale. */
    public static final String CSAT_RULE = "must be in [1, 5]";
    /** The rule of an NPS score off its scale. */
    public static final String NPS_RULE = "must be in [0, 10]";
    /** The rule of a missing answer to a question the survey asks. */
    public static final String ASKED = "must be given: the survey asks it";
    /** The rule of an answer to a question the survey does not ask. */
    public static final String NOT_ASKED = "must not be given: the survey does not ask it";

    /** @throws ValidationException naming the offending field */
    public SurveyInvitation {
        Require.nonNull("id", id);
        Require.nonNull("survey", survey);
        Require.nonNull("customer", customer);
        Require.nonNull("ticket", ticket);
        Require.nonNull("campaign", campaign);
        if (ticket.isPresent() == campaign.isPresent()) {
            throw new ValidationException("ticket", "must be present exactly when no campaign is", ticket);
        }
        Require.nonNull("channel", channel);
        Require.nonNull("tokenHash", tokenHash);
        Require.nonNull("sentAt", sentAt);
        Require.nonNull("expiresAt", expiresAt);
        if (!expiresAt.isAfter(sentAt)) {
            throw new ValidationException("expiresAt", "must be after sentAt", expiresAt);
        }
        Require.nonNull("answer", answer);
        Require.notNegative("version", version);
    }

    /**
     * A new, unanswered invitation, version 0.
     *
     * @param id       its id
     * @param survey   the survey (its validity sets the expiry)
     * @param customer the customer
     * @param ticket   the resolved ticket, or empty for a campaign
     * @param campaign the campaign, or empty after a ticket
     * @param channel  the channel
     * @param token    the token that will answer it
     * @param now      the time it is sent
     * @return the invitation
     */
    public static SurveyInvitation send(InvitationId id, Survey survey, CustomerId customer, Optional<TicketId> ticket,
            Optional<CampaignId> campaign, Channel channel, SurveyToken token, Instant now) {
        return new SurveyInvitation(id, survey.id(), customer, ticket, campaign, channel, token.hash(), now,
                now.plus(survey.validity()), Optional.empty(), 0);
    }

    /**
     * Answers the invitation: the policies below, in this order.
     *
     * @param definition the survey it belongs to
     * @param response   what the customer answered
     * @param now        the time
     * @return the answered copy (without follow-up ticket yet)
     * @throws ValidationException {@code token} {@link #ANSWER_ONCE} or {@link #NOT_EXPIRED} (at or after
     *                             {@link #expiresAt()}); {@code csat} {@link #CSAT_RULE}, {@code nps}
     *                             {@link #NPS_RULE}, {@code scores[CODE]} {@code must be in [min, max]} or
     *                             {@code must be a question of the survey}; {@code csat}/{@code nps}
     *                             {@link #ASKED} or {@link #NOT_ASKED}; {@code comment} {@link #NOT_ASKED} or a
     *                             blank or over-long comment
     */
    public SurveyInvitation answer(Survey definition, SurveyResponse response, Instant now) {
        Require.nonNull("survey", definition);
        Require.nonNull("response", response);
        if (!definition.id().equals(survey)) {
            throw new ValidationException("survey", "must be the invitation's survey " + survey, definition.id());
        }
        if (answer.isPresent()) {
            throw new ValidationException("token", ANSWER_ONCE, "answered at " + answer.get().answeredAt());
        }
        if (!now.isBefore(expiresAt)) {
            throw new ValidationException("token", NOT_EXPIRED, "expired at " + expiresAt);
        }
        asked("csat", definition.asksCsat(), response.csat());
        response.csat().filter(score -> score < 1 || score > 5).ifPresent(score -> {
            throw new ValidationException("csat", CSAT_RULE, score);
        });
        asked("nps", definition.asksNps(), response.nps());
        response.nps().filter(score -> score < 0 || score > 10).ifPresent(score -> {
            throw new ValidationException("nps", NPS_RULE, score);
        });
        if (!definition.asksComment() && response.comment().isPresent()) {
            throw new ValidationException("comment", NOT_ASKED, response.comment().get());
        }
        for (Map.Entry<String, Integer> score : response.scores().entrySet()) {
            String field = "scores[" + score.getKey() + "]";
            CustomQuestion question = definition.question(score.getKey()).orElseThrow(() ->
                    new ValidationException(field, "must be a question of the survey", score.getValue()));
            if (!question.accepts(score.getValue())) {
                throw new ValidationException(field, question.answerRule(), score.getValue());
            }
        }
        SurveyAnswer given = new SurveyAnswer(response.csat(), response.nps(), response.comment(), response.scores(),
                now, Optional.empty());
        return withAnswer(Optional.of(given));
    }

    /**
     * @param followUp the follow-up ticket opened for the answer
     * @return a copy whose answer links it
     * @throws ValidationException {@code answer} {@code must be given first}
     */
    public SurveyInvitation linkFollowUp(TicketId followUp) {
        Require.nonNull("followUp", followUp);
        SurveyAnswer given = answer.orElseThrow(() -> new ValidationException("answer", "must be given first", null));
        return withAnswer(Optional.of(given.withFollowUp(followUp)));
    }

    /** @return whether it is answered */
    public boolean answered() {
        return answer.isPresent();
    }

    /**
     * @param newVersion the version
     * @return a copy with that version
     */
    public SurveyInvitation withVersion(long newVersion) {
        return new SurveyInvitation(id, survey, customer, ticket, campaign, channel, tokenHash, sentAt, expiresAt,
                answer, newVersion);
    }

    private SurveyInvitation withAnswer(Optional<SurveyAnswer> newAnswer) {
        return new SurveyInvitation(id, survey, customer, ticket, campaign, channel, tokenHash, sentAt, expiresAt,
                newAnswer, version);
    }

    private static void asked(String field, boolean asks, Optional<Integer> score) {
        if (asks && score.isEmpty()) {
            throw new ValidationException(field, ASKED, null);
        }
        if (!asks && score.isPresent()) {
            throw new ValidationException(field, NOT_ASKED, score.get());
        }
    }
}
