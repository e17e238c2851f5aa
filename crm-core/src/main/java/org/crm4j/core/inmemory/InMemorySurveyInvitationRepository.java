package org.crm4j.core.inmemory;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.TreeMap;
import org.crm4j.core.survey.MonthlyScores;
import org.crm4j.core.survey.SurveyAnswer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.survey.InvitationId;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.survey.SurveyInvitationRepository;
import org.crm4j.core.survey.TokenHash;
import org.crm4j.core.ticket.TicketId;

/**
 * {@link SurveyInvitationRepository} over the store's invitation map; the unique keys of the database (id, token
 * hash, survey and ticket) are checked for the whole batch before anything is stored.
 */
final class InMemorySurveyInvitationRepository implements SurveyInvitationRepository {

    private static final Comparator<SurveyInvitation> OLDEST_FIRST = Comparator.comparing(SurveyInvitation::sentAt)
            .thenComparing(i -> i.id().value(), InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemorySurveyInvitationRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void saveAll(List<SurveyInvitation> invitations) {
        Objects.requireNonNull(invitations, "invitations");
        store.locked(() -> {
            Set<InvitationId> ids = new HashSet<>();
            Set<TokenHash> tokens = new HashSet<>();
            Set<List<Object>> ticketKeys = new HashSet<>();
            for (SurveyInvitation stored : store.invitations.values()) {
                tokens.add(stored.tokenHash());
                stored.ticket().ifPresent(t -> ticketKeys.add(List.of(stored.survey(), t)));
            }
            for (SurveyInvitation invitation : invitations) {
                if (store.invitations.containsKey(invitation.id()) || !ids.add(invitation.id())) {
                    throw new DuplicateException("invitationId", invitation.id());
                }
                if (!tokens.add(invitation.tokenHash())) {
                    throw new DuplicateException("token", invitation.tokenHash());
                }
                if (invitation.ticket().isPresent()
                        && !ticketKeys.add(List.of(invitation.survey(), invitation.ticket().get()))) {
                    throw new DuplicateException("ticketId", invitation.ticket().get());
                }
            }
            invitations.forEach(invitation -> store.put(store.invitations, invitation.id(), invitation));
            return null;
        });
    }

    @Override
    public SurveyInvitation update(SurveyInvitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        return store.locked(() -> {
            SurveyInvitation stored = store.invitations.get(invitation.id());
            if (stored == null) {
                throw new NotFoundException("invitationId", invitation.id());
            }
            if (stored.version() != invitation.version()) {
                throw new ConcurrentUpdateException(invitation.id(), invitation.version());
            }
            SurveyInvitation updated = invitation.withVersion(invitation.version() + 1);
            store.put(store.invitations, updated.id(), updated);
            return updated;
        });
    }

    @Override
    public Optional<SurveyInvitation> find(InvitationId id) {
        Objects.requireNonNull(id, "id");
        return store.locked(() -> Optional.ofNullable(store.invitations.get(id)));
    }

    @Override
    public Optional<SurveyInvitation> findByToken(TokenHash hash) {
        Objects.requireNonNull(hash, "hash");
        return store.locked(() -> store.invitations.values().stream().filter(i -> i.tokenHash().equals(hash))
                .findFirst());
    }

    @Override
    public List<SurveyInvitation> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> store.invitations.values().stream().filter(i -> i.customer().equals(customer))
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public boolean hasTicketInvitation(SurveyId survey, TicketId ticket) {
        Optional<TicketId> wanted = Optional.of(ticket);
        return store.locked(() -> store.invitations.values().stream()
                .anyMatch(i -> i.survey().equals(survey) && i.ticket().equals(wanted)));
    }

    @Override
    public List<MonthlyScores> monthlyScores(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return store.locked(() -> {
            TreeMap<YearMonth, long[]> counts = new TreeMap<>();
            for (SurveyInvitation invitation : store.invitations.values()) {
                if (invitation.answer().isEmpty()) {
                    continue;
                }
                SurveyAnswer answer = invitation.answer().get();
                if (answer.answeredAt().isBefore(from) || !answer.answeredAt().isBefore(to)) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(YearMonth.from(answer.answeredAt().atZone(ZoneOffset.UTC)),
                        m -> new long[5]);
                answer.csat().ifPresent(score -> {
                    c[0]++;
                    c[1] += score >= 4 ? 1 : 0;
                });
                answer.nps().ifPresent(score -> {
                    c[2]++;
                    c[3] += score >= 9 ? 1 : 0;
                    c[4] += score <= 6 ? 1 : 0;
                });
            }
            return counts.entrySet().stream().map(e -> new MonthlyScores(e.getKey(), e.getValue()[0],
                    e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
        });
    }

    @Override
    public boolean hasCampaignInvitation(SurveyId survey, CampaignId campaign) {
        Optional<CampaignId> wanted = Optional.of(campaign);
        return store.locked(() -> store.invitations.values().stream()
                .anyMatch(i -> i.survey().equals(survey) && i.campaign().equals(wanted)));
    }
}
