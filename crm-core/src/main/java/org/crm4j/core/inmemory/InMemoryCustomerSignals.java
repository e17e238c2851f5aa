package org.crm4j.core.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.CustomerSignals;
import org.crm4j.core.insight.SatisfactionCounts;
import org.crm4j.core.insight.SignalCounts;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.StatusChange;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.ticket.Ticket;

/**
 * {@link CustomerSignals} computed by scanning the store's sales, campaign members, relationships, tickets and survey
 * invitations.
 */
final class InMemoryCustomerSignals implements CustomerSignals {

    private static final int RETURNS = 0;
    private static final int RESPONSES = 1;
    private static final int DETERIORATIONS = 2;
    private static final int TICKETS = 3;
    private static final int COMPLAINTS = 4;

    private final InMemoryStore store;

    InMemoryCustomerSignals(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<SignalCounts> signalCounts(Currency currency, Instant from, Instant to,
            Set<String> complaintCategories) {
        Map<CustomerId, long[]> counts = new TreeMap<>((a, b) -> InMemoryStore.UUID_ORDER.compare(a.value(),
                b.value()));
        store.locked(() -> {
            for (Sale sale : store.sales.values()) {
                if (sale.isReturn() && sale.unitPrice().currency().equals(currency) && within(sale.soldAt(), from,
                        to)) {
                    count(counts, sale.customerId(), RETURNS);
                }
            }
            for (Map<CustomerId, CampaignMember> members : store.members.values()) {
                for (CampaignMember member : members.values()) {
                    if (member.respondedAt().filter(at -> within(at, from, to)).isPresent()) {
                        count(counts, member.customer(), RESPONSES);
                    }
                }
            }
            for (CustomerRelationship relationship : store.relationships.values()) {
                for (StatusChange change : relationship.history()) {
                    if (change.isDeterioration() && within(change.at(), from, to)) {
                        count(counts, relationship.from(), DETERIORATIONS);
                        count(counts, relationship.to(), DETERIORATIONS);
                    }
                }
            }
            for (Ticket ticket : store.tickets.values()) {
                if (within(ticket.createdAt(), from, to)) {
                    count(counts, ticket.customer(), TICKETS);
                    if (complaintCategories.contains(ticket.category())) {
                        count(counts, ticket.customer(), COMPLAINTS);
                    }
                }
            }
            return null;
        });
        List<SignalCounts> result = new ArrayList<>(counts.size());
        counts.forEach((customer, c) -> result.add(new SignalCounts(customer, c[RETURNS], c[RESPONSES],
                c[DETERIORATIONS], c[TICKETS], c[COMPLAINTS])));
        return List.copyOf(result);
    }

    @Override
    public List<SatisfactionCounts> satisfaction(Instant from, Instant to) {
        Map<CustomerId, long[]> counts = new TreeMap<>((a, b) -> InMemoryStore.UUID_ORDER.compare(a.value(),
                b.value()));
        store.locked(() -> {
            for (SurveyInvitation invitation : store.invitations.values()) {
                invitation.answer().filter(a -> within(a.answeredAt(), from, to)).ifPresent(answer -> {
                    long[] c = counts.computeIfAbsent(invitation.customer(), id -> new long[6]);
                    answer.csat().ifPresent(score -> {
                        c[0]++;
                        c[1] += score;
                        c[2] += score <= SatisfactionCounts.DISSATISFIED_CSAT ? 1 : 0;
                    });
                    answer.nps().ifPresent(score -> {
                        c[3]++;
                        c[4] += score >= SatisfactionCounts.PROMOTER_NPS ? 1 : 0;
                        c[5] += score <= SatisfactionCounts.DETRACTOR_NPS ? 1 : 0;
                    });
                });
            }
            return null;
        });
        List<SatisfactionCounts> result = new ArrayList<>(counts.size());
        counts.forEach((customer, c) -> result.add(new SatisfactionCounts(customer, c[0], c[1], c[2], c[3], c[4],
                c[5])));
        return List.copyOf(result);
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static void count(Map<CustomerId, long[]> counts, CustomerId customer, int which) {
        counts.computeIfAbsent(customer, id -> new long[COMPLAINTS + 1])[which]++;
    }
}
