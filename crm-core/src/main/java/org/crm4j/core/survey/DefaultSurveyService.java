package org.crm4j.core.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Sort;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The survey service over the ports; every operation in one transaction. */
final class DefaultSurveyService implements SurveyService {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyService.class);
    private static final int BATCH = PageRequest.MAX_SIZE;

    private final SurveyRepository surveys;
    private final SurveyInvitationRepository invitations;
    private final TicketRepository tickets;
    private final TicketService ticketService;
    private final TicketSettings settings;
    private final CustomerRepository customers;
    private final CampaignRepository campaigns;
    private final CampaignMemberRepository members;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final SecureRandom random;

    DefaultSurveyService(SurveyRepository surveys, SurveyInvitationRepository invitations, TicketRepository tickets,
            TicketService ticketService, TicketSettings settings, CustomerRepository customers,
            CampaignRepository campaigns, CampaignMemberRepository members, Transactions transactions, Clock clock,
            IdGenerator ids, SecureRandom random) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.tickets = tickets;
        this.ticketService = ticketService;
        this.settings = settings;
        this.customers = customers;
        this.campaigns = campaigns;
        this.members = members;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.random = random;
    }

    @Override
    public Survey define(NewSurvey command) {
        Require.nonNull("command", command);
        Survey survey = Survey.define(new SurveyId(ids.next()), command, clock.instant());
        if (!settings.categories().contains(survey.followUp().category())) {
            throw new ValidationException("followUp.category", "must be one of " + new TreeSet<>(settings.categories()),
                    survey.followUp().category());
        }
        return transactions.inTransaction(() -> {
            Survey stored = surveys.save(survey);
            LOG.debug("Defined survey {}", stored.id());
            return stored;
        });
    }

    @Override
    public Survey get(SurveyId id) {
        Require.nonNull("surveyId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Survey> find(SurveyId id) {
        Require.nonNull("surveyId", id);
        return transactions.inTransaction(() -> surveys.find(id));
    }

    @Override
    public Optional<SurveyInvitation> invitation(InvitationId id) {
        Require.nonNull("invitationId", id);
        return transactions.inTransaction(() -> invitations.find(id));
    }

    @Override
    public List<SurveyInvitation> invitationsOf(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return transactions.inTransaction(() -> invitations.findByCustomer(customer));
    }

    @Override
    public List<SatisfactionPeriod> satisfaction(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        return transactions.inTransaction(() -> invitations.monthlyScores(from, to).stream()
                .map(SatisfactionPeriod::of).toList());
    }

    @Override
    public IssuedInvitation inviteAfterTicket(SurveyId surveyId, TicketId ticketId, Channel channel) {
        Require.nonNull("surveyId", surveyId);
        Require.nonNull("ticketId", ticketId);
        Require.nonNull("channel", channel);
        return transactions.inTransaction(() -> {
            Survey survey = load(surveyId);
            Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new NotFoundException("ticketId", ticketId));
            if (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED) {
                throw new ValidationException("ticketId", TICKET_RESOLVED, ticket.status());
            }
            if (invitations.hasTicketInvitation(surveyId, ticketId)) {
                throw new ValidationException("ticketId", INVITED_ONCE, ticketId);
            }
            if (!customers.withdrawnConsents(List.of(ticket.customer()), channel).isEmpty()) {
                throw new ValidationException("channel", CONSENTED, channel);
            }
            SurveyToken token = SurveyToken.random(random);
            SurveyInvitation invitation = SurveyInvitation.send(new InvitationId(ids.next()), survey,
                    ticket.customer(), Optional.of(ticketId), Optional.empty(), channel, token, clock.instant());
            invitations.saveAll(List.of(invitation));
            LOG.debug("Invited customer {} to survey {} about ticket {}", ticket.customer(), surveyId, ticketId);
            return new IssuedInvitation(invitation, token);
        });
    }

    @Override
    public CampaignInvitations inviteCampaign(SurveyId surveyId, CampaignId campaignId, Channel channel) {
        Require.nonNull("surveyId", surveyId);
        Require.nonNull("campaignId", campaignId);
        Require.nonNull("channel", channel);
        return transactions.inTransaction(() -> {
            Survey survey = load(surveyId);
            if (campaigns.find(campaignId).isEmpty()) {
                throw new NotFoundException("campaignId", campaignId);
            }
            if (invitations.hasCampaignInvitation(surveyId, campaignId)) {
                throw new ValidationException("campaignId", INVITED_ONCE, campaignId);
            }
            Instant now = clock.instant();
            List<IssuedInvitation> issued = new ArrayList<>();
            List<CustomerId> skipped = new ArrayList<>();
            for (int page = 0; ; page++) {
                Page<CampaignMemberDetails> batch = members.page(campaignId,
                        PageRequest.of(page, BATCH, Sort.asc(CampaignMemberSort.ID)));
                List<CustomerId> active = new ArrayList<>();
                for (CampaignMemberDetails member : batch.content()) {
                    (member.active() && !member.member().control() ? active : skipped).add(member.member().customer());
                }
                Set<CustomerId> refused = active.isEmpty() ? Set.of() : customers.withdrawnConsents(active, channel);
                List<SurveyInvitation> sent = new ArrayList<>();
                for (CustomerId customer : active) {
                    if (refused.contains(customer)) {
                        skipped.add(customer);
                        continue;
                    }
                    SurveyToken token = SurveyToken.random(random);
                    SurveyInvitation invitation = SurveyInvitation.send(new InvitationId(ids.next()), survey,
                            customer, Optional.empty(), Optional.of(campaignId), channel, token, now);
                    sent.add(invitation);
                    issued.add(new IssuedInvitation(invitation, token));
                }
                if (!sent.isEmpty()) {
                    invitations.saveAll(sent);
                }
                if (batch.content().size() < BATCH) {
                    break;
                }
            }
            LOG.debug("Invited {} members of campaign {} to survey {}, skipped {}", issued.size(), campaignId,
                    surveyId, skipped.size());
            return new CampaignInvitations(issued, skipped);
        });
    }

    @Override
    public SurveyInvitation answer(SurveyToken token, SurveyResponse response) {
        Require.nonNull("token", token);
        Require.nonNull("response", response);
        return transactions.inTransaction(() -> {
            SurveyInvitation invitation = invitations.findByToken(token.hash())
                    .orElseThrow(() -> new ValidationException("token", UNKNOWN_TOKEN, "(hidden)"));
            Survey survey = load(invitation.survey());
            SurveyInvitation answered = invitation.answer(survey, response, clock.instant());
            SurveyAnswer answer = answered.answer().orElseThrow();
            if (survey.followUp().isUnhappy(answer.csat(), answer.nps())) {
                Ticket followUp = ticketService.open(followUpTicket(survey, answered));
                answered = answered.linkFollowUp(followUp.id());
                LOG.debug("Unhappy answer to invitation {}: follow-up ticket {}", invitation.id(), followUp.id());
            }
            SurveyInvitation stored = invitations.update(answered);
            LOG.debug("Answered invitation {} of survey {}", stored.id(), survey.id());
            return stored;
        });
    }

    private NewTicket followUpTicket(Survey survey, SurveyInvitation invitation) {
        SurveyAnswer answer = invitation.answer().orElseThrow();
        StringBuilder text = new StringBuilder("Unhappy answer to survey \"").append(survey.name())
                .append("\" (invitation ").append(invitation.id()).append(')');
        answer.csat().ifPresent(score -> text.append(", CSAT ").append(score));
        answer.nps().ifPresent(score -> text.append(", NPS ").append(score));
        Optional<Ticket> original = invitation.ticket().flatMap(tickets::find);
        original.ifPresent(ticket -> text.append(", about ticket ").append(ticket.id()));
        answer.comment().ifPresent(comment -> text.append(". Comment: ").append(comment));
        String description = cut(text.toString(), SurveyAnswer.MAX_COMMENT);
        String subject = cut("Unhappy survey answer: " + survey.name(), Ticket.MAX_SUBJECT);
        NewTicket command = NewTicket.of(invitation.customer(), subject, description, survey.followUp().category(),
                survey.followUp().priority(), TicketChannel.WEB);
        if (original.isPresent()) {
            command = new NewTicket(command.customer(), command.subject(), command.description(), command.category(),
                    command.priority(), command.channel(), original.get().sale(), original.get().product());
        }
        return command;
    }

    /** Cuts a text to at most {@code max} characters, ending with an ellipsis, never splitting a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }

    private Survey load(SurveyId id) {
        return surveys.find(id).orElseThrow(() -> new NotFoundException("surveyId", id));
    }
}
