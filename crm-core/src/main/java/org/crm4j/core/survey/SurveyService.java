package org.crm4j.core.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.ticket.TicketSettings;

/**
 * Satisfaction surveys: define them, invite customers after a resolved ticket or a campaign's members, take each
 * invitation's one answer, and open a follow-up ticket for an unhappy one. Every operation is one transaction and
 * changes nothing when it throws. Thread-safe.
 *
 * <pre>{@code
 * Survey csat = crm.surveys().define(NewSurvey.of("After your ticket", "COMPLAINT"));
 * IssuedInvitation sent = crm.surveys().inviteAfterTicket(csat.id(), ticket.id(), Channel.EMAIL);
 * mailer.send(link + sent.token().value());                     // crm4j stores only the token's hash
 * crm.surveys().answer(token, SurveyResponse.empty().withCsat(2).withNps(3).withComment("Still broken"));
 * // CSAT 2 is unhappy: a follow-up ticket is open, answer().followUp() links it
 * }</pre>
 */
public interface SurveyService {

    /** The rule of a token that belongs to no invitation. */
    String UNKNOWN_TOKEN = "must belong to an invitation";
    /** The rule of an invitation about a ticket that is not resolved. */
    String TICKET_RESOLVED = "must be RESOLVED or CLOSED";
    /** The rule of a second invitation of a ticket or campaign to one survey. */
    String INVITED_ONCE = "must not have been invited to this survey already";
    /** The rule of an invitation through a channel the customer refused. */
    String CONSENTED = "must be a channel the customer has not refused";

    /**
     * Creates the service.
     *
     * @param surveys      the survey port
     * @param invitations  the invitation port
     * @param tickets      the ticket port (to read the ticket an invitation is about)
     * @param ticketService opens follow-up tickets (in the same transaction)
     * @param settings     the host's ticket settings (follow-up categories must be among them)
     * @param customers    the customer port (consents)
     * @param campaigns    the campaign port
     * @param members      the campaign member port
     * @param transactions the transaction port
     * @param clock        the source of time
     * @param ids          the source of ids
     * @param random       the source of tokens
     * @return the service
     */
    static SurveyService create(SurveyRepository surveys, SurveyInvitationRepository invitations,
            TicketRepository tickets, TicketService ticketService, TicketSettings settings,
            CustomerRepository customers, CampaignRepository campaigns, CampaignMemberRepository members,
            Transactions transactions, Clock clock, IdGenerator ids, SecureRandom random) {
        return new DefaultSurveyService(Require.nonNull("surveys", surveys),
                Require.nonNull("invitations", invitations), Require.nonNull("tickets", tickets),
                Require.nonNull("ticketService", ticketService), Require.nonNull("settings", settings),
                Require.nonNull("customers", customers), Require.nonNull("campaigns", campaigns),
                Require.nonNull("members", members), Require.nonNull("transactions", transactions),
                Require.nonNull("clock", clock), Require.nonNull("ids", ids), Require.nonNull("random", random));
    }

    /**
     * Defines a survey.
     *
     * @param command the definition, not null
     * @return the stored survey, version 0
     * @throws org.crm4j.core.ValidationException {@code name}; {@code questions} {@link Survey#ASKS_SOMETHING}
     *         or {@link Survey#AT_MOST_QUESTIONS}; {@code questions[i].code} {@link Survey#UNIQUE_CODE};
     *         {@code validity} {@link Survey#VALIDITY_RULE}; {@code followUp.category} {@code must be one of
     *         [...]} (the host's ticket categories)
     */
    Survey define(NewSurvey command);

    /**
     * @param id the survey
     * @return the survey
     * @throws org.crm4j.core.NotFoundException {@code surveyId}
     */
    Survey get(SurveyId id);

    /**
     * @param id the survey
     * @return the survey, or empty
     */
    Optional<Survey> find(SurveyId id);

    /**
     * @param id the invitation
     * @return the invitation with its answer, if any; or empty
     */
    Optional<SurveyInvitation> invitation(InvitationId id);

    /**
     * @param customer the customer
     * @return the customer's invitations with their answers, oldest first
     */
    List<SurveyInvitation> invitationsOf(CustomerId customer);

    /**
     * CSAT (share of answers scoring 4 or 5, with its Wilson 95 % interval) and NPS (promoters minus detractors in
     * percentage points, with its trinomial normal-approximation 95 % interval), per UTC calendar month of the
     * answers given in {@code [from, to)}, over all surveys; see {@link SatisfactionIntervals}.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return one period per month with answers, in month order
     * @throws org.crm4j.core.ValidationException {@code from}/{@code to} {@code must not be null}; {@code to}
     *                                            {@code must not be before from}
     */
    List<SatisfactionPeriod> satisfaction(Instant from, Instant to);

    /**
     * Invites the customer of a resolved (or closed) ticket to answer a survey about it; the invitation expires
     * after the survey's validity.
     *
     * @param survey  the survey
     * @param ticket  the ticket, RESOLVED or CLOSED
     * @param channel the channel the host will send it through; the customer must not have refused it
     * @return the stored invitation and its token (the only time the token is available)
     * @throws org.crm4j.core.NotFoundException   {@code surveyId}, {@code ticketId}
     * @throws org.crm4j.core.ValidationException {@code ticketId} {@link #TICKET_RESOLVED} or
     *                                            {@link #INVITED_ONCE}; {@code channel} {@link #CONSENTED}
     */
    IssuedInvitation inviteAfterTicket(SurveyId survey, TicketId ticket, Channel channel);

    /**
     * Invites every active member of a campaign who has not refused the channel (members who never decided are
     * invited, as campaigns target them), all in one transaction. Members held out in the campaign's control group
     * are skipped: they are never contacted, so that the campaign's effect can be measured against them.
     *
     * @param survey   the survey
     * @param campaign the campaign
     * @param channel  the channel
     * @return the invitations with their tokens and the members skipped
     * @throws org.crm4j.core.NotFoundException   {@code surveyId}, {@code campaignId}
     * @throws org.crm4j.core.ValidationException {@code campaignId} {@link #INVITED_ONCE}
     */
    CampaignInvitations inviteCampaign(SurveyId survey, CampaignId campaign, Channel channel);

    /**
     * Answers the invitation of a token, once. An unhappy answer ({@link FollowUpRule#isUnhappy}) opens a
     * follow-up ticket for the customer (the survey's category and priority, channel WEB, about the original
     * ticket's sale and product, its description naming the invitation and the original ticket), linked from
     * {@link SurveyAnswer#followUp()}, in the same transaction.
     *
     * @param token    the token from the link
     * @param response the answer
     * @return the answered invitation
     * @throws org.crm4j.core.ValidationException {@code token} {@link #UNKNOWN_TOKEN},
     *         {@link SurveyInvitation#ANSWER_ONCE}, {@link SurveyInvitation#NOT_EXPIRED}; the score rules of
     *         {@link SurveyInvitation#answer}
     * @throws org.crm4j.core.ConcurrentUpdateException when another answer to the same invitation was stored
     *         at the same moment (it won; this one changed nothing)
     */
    SurveyInvitation answer(SurveyToken token, SurveyResponse response);

    /**
     * {@link #answer(SurveyToken, SurveyResponse)} with the token's text as it came in the link.
     *
     * @param token    the token text
     * @param response the answer
     * @return the answered invitation
     * @throws org.crm4j.core.ValidationException {@code token} {@link SurveyToken#FORMAT_RULE} besides the rules of
     *                                            {@link #answer(SurveyToken, SurveyResponse)}
     */
    default SurveyInvitation answer(String token, SurveyResponse response) {
        return answer(new SurveyToken(token), response);
    }
}
