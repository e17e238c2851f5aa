package org.crm4j.core.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.StageChange;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyAnswer;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.core.ticket.TicketStatusChange;
import org.crm4j.core.timeline.TimelineEntry;
import org.crm4j.core.timeline.TimelineKind;
import org.crm4j.core.timeline.TimelineReader;

/** {@link TimelineReader} over the store's maps: gathers every entry of the customer and sorts them. */
final class InMemoryTimelineReader implements TimelineReader {

    private final InMemoryStore store;

    InMemoryTimelineReader(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<TimelineEntry> newest(CustomerId customer, int limit) {
        Objects.requireNonNull(customer, "customer");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        return store.locked(() -> {
            List<TimelineEntry> entries = all(customer);
            entries.sort(TimelineEntry.NEWEST_FIRST);
            return List.copyOf(entries.subList(0, Math.min(limit, entries.size())));
        });
    }

    @Override
    public long count(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> (long) all(customer).size());
    }

    private List<TimelineEntry> all(CustomerId customer) {
        Optional<CustomerId> wanted = Optional.of(customer);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Activity activity : store.activities.values()) {
            if (activity.customer().equals(wanted)) {
                entries.add(new TimelineEntry(activity.timelineAt(), TimelineKind.valueOf(activity.type().name()),
                        activity.id().value(), 0, activity.subject()));
            }
        }
        for (Sale sale : store.sales.values()) {
            if (sale.customerId().equals(customer)) {
                Product product = store.products.get(sale.productId());
                entries.add(new TimelineEntry(sale.soldAt(), sale.isReturn() ? TimelineKind.RETURN : TimelineKind.SALE,
                        sale.id().value(), 0, TimelineEntry.saleSummary(Math.abs(sale.quantity()),
                                product.sku().value())));
            }
        }
        for (Opportunity opportunity : store.opportunities.values()) {
            if (opportunity.customer().equals(wanted)) {
                List<StageChange> history = opportunity.history();
                for (int i = 0; i < history.size(); i++) {
                    StageChange change = history.get(i);
                    entries.add(new TimelineEntry(change.at(), TimelineKind.STAGE_CHANGE, opportunity.id().value(), i,
                            TimelineEntry.stageSummary(opportunity.name(), change.previous().name(),
                                    change.current().name())));
                }
            }
        }
        for (Map.Entry<CampaignId, Map<CustomerId, CampaignMember>> members : store.members.entrySet()) {
            CampaignMember member = members.getValue().get(customer);
            if (member != null) {
                Campaign campaign = store.campaigns.get(members.getKey());
                member.respondedAt().ifPresent(at -> entries.add(new TimelineEntry(at,
                        TimelineKind.CAMPAIGN_RESPONSE, campaign.id().value(), 0, campaign.name())));
                member.convertedAt().ifPresent(at -> entries.add(new TimelineEntry(at,
                        TimelineKind.CAMPAIGN_CONVERSION, campaign.id().value(), 0, campaign.name())));
            }
        }
        for (Ticket ticket : store.tickets.values()) {
            if (ticket.customer().equals(customer)) {
                entries.add(new TimelineEntry(ticket.createdAt(), TimelineKind.TICKET_OPENED, ticket.id().value(), 0,
                        ticket.subject()));
                List<TicketStatusChange> history = ticket.statusHistory();
                for (int i = 0; i < history.size(); i++) {
                    if (history.get(i).to() == TicketStatus.RESOLVED) {
                        entries.add(new TimelineEntry(history.get(i).at(), TimelineKind.TICKET_RESOLVED,
                                ticket.id().value(), i + 1, ticket.subject()));
                    }
                }
            }
        }
        for (SurveyInvitation invitation : store.invitations.values()) {
            if (invitation.customer().equals(customer) && invitation.answer().isPresent()) {
                SurveyAnswer answer = invitation.answer().get();
                Survey survey = store.surveys.get(invitation.survey());
                entries.add(new TimelineEntry(answer.answeredAt(), TimelineKind.SURVEY_ANSWER,
                        invitation.id().value(), 0, TimelineEntry.surveySummary(survey.name(),
                                answer.csat().orElse(null), answer.nps().orElse(null))));
            }
        }
        return entries;
    }
}
