package org.crm4j.core.inmemory;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketStatus;

/** {@link ServiceQueue} over the store's tickets, escalation flags and team turns. */
final class InMemoryServiceQueue implements ServiceQueue {

    private static final Comparator<Ticket> OLDEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparing(t -> t.id().value(), InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryServiceQueue(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<Ticket> withStatus(Set<TicketStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        return store.locked(() -> store.tickets.values().stream().filter(t -> statuses.contains(t.status()))
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public List<EscalationFlag> flags(Set<TicketStatus> statuses) {
        Objects.requireNonNull(statuses, "statuses");
        return store.locked(() -> store.escalationFlags.values().stream()
                .filter(f -> statuses.contains(store.tickets.get(f.ticket()).status())).toList());
    }

    @Override
    public List<EscalationFlag> flagsOf(TicketId ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return store.locked(() -> store.escalationFlags.values().stream().filter(f -> f.ticket().equals(ticket))
                .sorted(Comparator.comparing(EscalationFlag::at).thenComparing(EscalationFlag::target)
                        .thenComparing(EscalationFlag::level))
                .toList());
    }

    @Override
    public void addFlags(List<EscalationFlag> flags) {
        Objects.requireNonNull(flags, "flags");
        store.locked(() -> {
            Set<List<Object>> keys = new HashSet<>(store.escalationFlags.keySet());
            for (EscalationFlag flag : flags) {
                if (!keys.add(key(flag))) {
                    throw new DuplicateException("flag", key(flag));
                }
            }
            flags.forEach(flag -> store.put(store.escalationFlags, key(flag), flag));
            return null;
        });
    }

    @Override
    public long turn(String team) {
        Objects.requireNonNull(team, "team");
        return store.locked(() -> store.teamTurns.getOrDefault(team, 0L));
    }

    @Override
    public void setTurn(String team, long turn) {
        Objects.requireNonNull(team, "team");
        store.locked(() -> {
            long stored = store.teamTurns.getOrDefault(team, 0L);
            if (turn < stored) {
                throw new ValidationException("turn", "must not be below the stored " + stored, turn);
            }
            store.put(store.teamTurns, team, turn);
            return null;
        });
    }

    private static List<Object> key(EscalationFlag flag) {
        return List.of(flag.ticket(), flag.target(), flag.level());
    }
}
