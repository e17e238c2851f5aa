package org.crm4j.jpa.internal;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.crm4j.core.automation.EscalationCandidate;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.EscalationLevel;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.automation.SlaTarget;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.core.ticket.TicketStatusChange;
import org.hibernate.Session;

/**
 * {@link ServiceQueue} on JPA: the tickets each rule may concern, one query each (filtered in SQL on the status,
 * team, category, resolution time (V16) and the escalation flags; their comments and histories batch-fetched), flags
 * in {@code crm_ticket_escalation} keyed by (ticket, target, level), turns in {@code crm_team_turn}. Escalation
 * candidates are read in plain JDBC, one query however many there are: the ticket columns their targets are
 * measured from, outer-joined with their status histories and their flags (no entity, no comment thread, no
 * assignment history).
 */
final class JpaServiceQueue implements ServiceQueue {

    private static final List<String> UNSOLVED = List.of("NEW", "OPEN", "PENDING");
    /**
     * The escalation candidates (unsolved with targets, a target they can still miss not flagged BREACHED: the
     * BREACHED flags outer-joined by primary key and required absent, which the planners cost and run as hash joins),
     * each with its status moves and its flags, a row per (move, flag), in the order of the result.
     */
    private static final String CANDIDATES = "SELECT t.id, t.created_at, t.sla_first_response_nanos,"
            + " t.sla_resolution_nanos, t.first_response_at, h.seq, h.previous_status, h.current_status, h.changed_at,"
            + " e.sla_target, e.escalation_level, e.escalated_at FROM crm_ticket t"
            + " LEFT JOIN crm_ticket_escalation rb ON rb.ticket_id = t.id AND rb.sla_target = 'RESOLUTION'"
            + " AND rb.escalation_level = 'BREACHED'"
            + " LEFT JOIN crm_ticket_escalation fb ON fb.ticket_id = t.id AND fb.sla_target = 'FIRST_RESPONSE'"
            + " AND fb.escalation_level = 'BREACHED'"
            + " LEFT JOIN crm_ticket_status_change h ON h.ticket_id = t.id"
            + " LEFT JOIN crm_ticket_escalation e ON e.ticket_id = t.id"
            + " WHERE t.status IN ('NEW', 'OPEN', 'PENDING') AND t.sla_first_response_nanos IS NOT NULL"
            + " AND (rb.ticket_id IS NULL OR (t.first_response_at IS NULL AND fb.ticket_id IS NULL))"
            + " ORDER BY t.created_at, t.id, h.seq";
    /** Ticket ids per IN list. */
    private static final int CHUNK = 1_000;

    private final JpaTransactions tx;
    private final Dialect dialect;
    private final FieldCrypto crypto;

    JpaServiceQueue(JpaTransactions tx, Dialect dialect, FieldCrypto crypto) {
        this.crypto = java.util.Objects.requireNonNull(crypto, "crypto");
        this.tx = tx;
        this.dialect = dialect;
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
    public List<EscalationCandidate> escalationCandidates() {
        return tx.withEntityManager(em -> {
            Map<UUID, Candidate> byId = new LinkedHashMap<>();
            em.unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery(CANDIDATES)) {
                    while (rows.next()) {
                        UUID id = JdbcValues.getUuid(rows, "id", dialect);
                        Candidate candidate = byId.get(id);
                        if (candidate == null) {
                            candidate = new Candidate(JdbcValues.getInstant(rows, "created_at", dialect),
                                    new SlaTargets(Duration.ofNanos(rows.getLong("sla_first_response_nanos")),
                                            Duration.ofNanos(rows.getLong("sla_resolution_nanos"))),
                                    JdbcValues.getInstant(rows, "first_response_at", dialect));
                            byId.put(id, candidate);
                        }
                        int seq = rows.getInt("seq");
                        if (!rows.wasNull() && seq > candidate.lastSeq) { // a row per (move, flag): each move once
                            candidate.lastSeq = seq;
                            candidate.history.add(new TicketStatusChange(
                                    TicketStatus.valueOf(rows.getString("previous_status")),
                                    TicketStatus.valueOf(rows.getString("current_status")),
                                    JdbcValues.getInstant(rows, "changed_at", dialect)));
                        }
                        String target = rows.getString("sla_target");
                        String level = rows.getString("escalation_level");
                        if (target != null && candidate.flagged.add(target + "/" + level)) {
                            candidate.flags.add(new EscalationFlag(new TicketId(id), SlaTarget.valueOf(target),
                                    EscalationLevel.valueOf(level),
                                    JdbcValues.getInstant(rows, "escalated_at", dialect)));
                        }
                    }
                }
            });
            List<EscalationCandidate> result = new ArrayList<>(byId.size());
            byId.forEach((id, c) -> result.add(new EscalationCandidate(new TicketId(id), c.createdAt, c.targets,
                    Optional.ofNullable(c.firstResponseAt), c.history, c.flags)));
            return result;
        });
    }

    /** A candidate's columns while its history and flags are read. */
    private static final class Candidate {
        final Instant createdAt;
        final SlaTargets targets;
        final Instant firstResponseAt;
        final List<TicketStatusChange> history = new ArrayList<>(4);
        final List<EscalationFlag> flags = new ArrayList<>(2);
        final Set<String> flagged = new HashSet<>(4);
        int lastSeq = -1;

        Candidate(Instant createdAt, SlaTargets targets, Instant firstResponseAt) {
            this.createdAt = createdAt;
            this.targets = targets;
            this.firstResponseAt = firstResponseAt;
        }
    }

    @Override
    public List<Ticket> tickets(List<TicketId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<UUID> distinct = ids.stream().map(TicketId::value).distinct().toList();
        List<Ticket> result = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            result.addAll(tickets("SELECT t FROM Ticket t WHERE t.id IN :ids", "ids",
                    distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
        }
        return result;
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
                rows -> rows.stream().map(r -> TicketMapper.toDomain(r, crypto)).toList()));
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
