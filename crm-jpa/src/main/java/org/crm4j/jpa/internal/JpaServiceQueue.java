package org.crm4j.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.EscalationLevel;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.automation.SlaTarget;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;

/**
 * {@link ServiceQueue} on JPA: the tickets each rule may concern, one query each (filtered in SQL on the status,
 * team, category, resolution time (V16) and the escalation flags; their comments and histories batch-fetched), flags
 * in {@code crm_ticket_escalation} keyed by (ticket, target, level), turns in {@code crm_team_turn}.
 */
final class JpaServiceQueue implements ServiceQueue {

    private static final List<String> UNSOLVED = List.of("NEW", "OPEN", "PENDING");
    /** Ticket ids per IN list. */
    private static final int CHUNK = 1_000;

    private final JpaTransactions tx;

    JpaServiceQueue(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Ticket> unassigned(Set<String> categories) {
        Objects.requireNonNull(categories, "categories");
        if (categories.isEmpty()) {
            return List.of();
        }
        return tickets("SELECT t FROM Ticket t WHERE t.status = 'NEW' AND t.team IS NULL AND t.assignee IS NULL"
                + " AND t.category IN :categories ORDER BY t.createdAt, t.id", "categories", List.copyOf(categories));
    }

    @Override
    public Map<String, Long> unsolvedByAssignee() {
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT t.assignee, COUNT(t) FROM Ticket t WHERE t.status IN :statuses"
                        + " AND t.assignee IS NOT NULL GROUP BY t.assignee", Object[].class)
                        .setParameter("statuses", UNSOLVED).getResultList(),
                rows -> {
                    Map<String, Long> load = new HashMap<>();
                    for (Object[] row : rows) {
                        load.put((String) row[0], ((Number) row[1]).longValue());
                    }
                    return Map.copyOf(load);
                }));
    }

    @Override
    public List<Ticket> escalationCandidates() {
        return tickets("SELECT t FROM Ticket t WHERE t.status IN :statuses AND t.slaFirstResponseNanos IS NOT NULL"
                + " AND (NOT EXISTS (SELECT f FROM EscalationFlag f WHERE f.id.ticketId = t.id"
                + " AND f.id.target = 'RESOLUTION' AND f.id.level = 'BREACHED')"
                + " OR (t.firstResponseAt IS NULL AND NOT EXISTS (SELECT f FROM EscalationFlag f"
                + " WHERE f.id.ticketId = t.id AND f.id.target = 'FIRST_RESPONSE' AND f.id.level = 'BREACHED')))"
                + " ORDER BY t.createdAt, t.id", "statuses", UNSOLVED);
    }

    @Override
    public List<EscalationFlag> flagsOf(List<TicketId> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        List<EscalationFlag> result = new ArrayList<>();
        for (int from = 0; from < tickets.size(); from += CHUNK) {
            List<UUID> ids = tickets.subList(from, Math.min(tickets.size(), from + CHUNK)).stream()
                    .map(TicketId::value).toList();
            result.addAll(tx.withEntityManager(em -> Repositories.read(em,
                    m -> m.createQuery("SELECT f FROM EscalationFlag f WHERE f.id.ticketId IN :ids",
                            EscalationFlagEntity.class).setParameter("ids", ids).getResultList(),
                    rows -> rows.stream().map(JpaServiceQueue::toDomain).toList())));
        }
        return result;
    }

    @Override
    public List<Ticket> resolvedUntil(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return tickets("SELECT t FROM Ticket t WHERE t.status = 'RESOLVED' AND t.resolvedAt <= :cutoff"
                + " ORDER BY t.createdAt, t.id", "cutoff", Sql.micros(cutoff));
    }

    private List<Ticket> tickets(String jpql, String parameter, Object value) {
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery(jpql, TicketEntity.class).setParameter(parameter, value).getResultList(),
                rows -> rows.stream().map(TicketMapper::toDomain).toList()));
    }

    @Override
    public List<EscalationFlag> flagsOf(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT f FROM EscalationFlag f WHERE f.id.ticketId = :ticket"
                        + " ORDER BY f.escalatedAt, f.id.target, f.id.level", EscalationFlagEntity.class)
                        .setParameter("ticket", ticket.value()).getResultList(),
                rows -> rows.stream().map(JpaServiceQueue::toDomain).toList()));
    }

    @Override
    public void addFlags(List<EscalationFlag> flags) {
        Objects.requireNonNull(flags, "flags");
        tx.withEntityManager(em -> {
            try {
                for (EscalationFlag flag : flags) {
                    EscalationFlagEntity row = new EscalationFlagEntity();
                    row.id = new EscalationFlagEntity.Key(flag.ticket().value(), flag.target().name(),
                            flag.level().name());
                    row.escalatedAt = Sql.micros(flag.at());
                    em.persist(row);
                }
                em.flush();
            } catch (RuntimeException e) {
                throw PersistenceErrors.translate(e, "flag", null);
            } finally {
                em.clear();
            }
            return null;
        });
    }

    @Override
    public long turn(String team) {
        Objects.requireNonNull(team, "team");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(TeamTurnEntity.class, team),
                row -> row == null ? 0L : row.handedOut));
    }

    @Override
    public void setTurn(String team, long turn) {
        Objects.requireNonNull(team, "team");
        tx.withEntityManager(em -> {
            try {
                TeamTurnEntity row = em.find(TeamTurnEntity.class, team);
                if (row == null) {
                    row = new TeamTurnEntity();
                    row.team = team;
                    em.persist(row);
                } else if (turn < row.handedOut) {
                    throw new ValidationException("turn", "must not be below the stored " + row.handedOut, turn);
                }
                row.handedOut = turn;
                Repositories.flush(em, "team", null);
            } finally {
                em.clear();
            }
            return null;
        });
    }

    private static EscalationFlag toDomain(EscalationFlagEntity row) {
        return new EscalationFlag(new TicketId(row.id.ticketId), SlaTarget.valueOf(row.id.target),
                EscalationLevel.valueOf(row.id.level), row.escalatedAt);
    }
}
