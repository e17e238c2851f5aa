package org.crm4j.jpa.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.EscalationLevel;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.automation.SlaTarget;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketStatus;

/**
 * {@link ServiceQueue} on JPA: tickets by status (one query, their comments and histories batch-fetched), flags
 * in {@code crm_ticket_escalation} keyed by (ticket, target, level), turns in {@code crm_team_turn}.
 */
final class JpaServiceQueue implements ServiceQueue {

    private final JpaTransactions tx;

    JpaServiceQueue(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Ticket> withStatus(Set<TicketStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        List<String> names = statuses.stream().map(Enum::name).toList();
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT t FROM Ticket t WHERE t.status IN :statuses ORDER BY t.createdAt, t.id",
                        TicketEntity.class).setParameter("statuses", names).getResultList(),
                rows -> rows.stream().map(TicketMapper::toDomain).toList()));
    }

    @Override
    public List<EscalationFlag> flags(Set<TicketStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        List<String> names = statuses.stream().map(Enum::name).toList();
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT f FROM EscalationFlag f WHERE f.id.ticketId IN"
                        + " (SELECT t.id FROM Ticket t WHERE t.status IN :statuses)", EscalationFlagEntity.class)
                        .setParameter("statuses", names).getResultList(),
                rows -> rows.stream().map(JpaServiceQueue::toDomain).toList()));
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
