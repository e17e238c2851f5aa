package org.crm4j.core.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.automation.EscalationCandidate;
import org.crm4j.core.automation.EscalationFlag;
import org.crm4j.core.automation.EscalationLevel;
import org.crm4j.core.automation.SlaTarget;
import org.crm4j.core.automation.ServiceQueue;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketStatus;

/** {@link ServiceQueue} over the store's tickets, escalation flags and team turns. */
final class InMemoryServiceQueue implements ServiceQueue {

    private static final Comparator<Ticket> OLDEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparing(t -> t.id().value(), InMemoryStore.UUID_ORDER);

    private static final Set<TicketStatus> UNSOLVED = EnumSet.of(TicketStatus.NEW, TicketStatus.OPEN,
            TicketStatus.PENDING);

    private final InMemoryStore store;

    InMemoryServiceQueue(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<Ticket> unassigned(Set<String> categories) {
        Objects.requireNonNull(categories, "categories");
        return store.locked(() -> store.tickets.values().stream()
                .filter(t -> t.status() == TicketStatus.NEW && t.team().isEmpty() && t.assignee().isEmpty()
                        && categories.contains(t.category()))
                .sorted(OLDEST_FIRST).toList());
    }

    @Override
    public Map<String, Long> unsolvedByAssignee() {
        return store.locked(() -> {
            Map<String, Long> load = new HashMap<>();
            for (Ticket ticket : store.tickets.values()) {
                if (UNSOLVED.contains(ticket.status())) {
                    ticket.assignee().ifPresent(agent -> load.merge(agent, 1L, Long::sum));
                }
            }
            return Map.copyOf(load);
        });
    }

    @Override
    public List<EscalationCandidate> escalationCandidates() {
        return store.locked(() -> {
            Map<TicketId, List<EscalationFlag>> flags = store.escalationFlags.values().stream()
                    .collect(Collectors.groupingBy(EscalationFlag::ticket));
            return store.tickets.values().stream()
                    .filter(t -> UNSOLVED.contains(t.status()) && t.slaTargets().isPresent()
                            && (!breached(t, SlaTarget.RESOLUTION)
                            || t.firstResponseAt().isEmpty() && !breached(t, SlaTarget.FIRST_RESPONSE)))
                    .sorted(OLDEST_FIRST)
                    .map(t -> EscalationCandidate.of(t, flags.getOrDefault(t.id(), List.of())))
                    .toList();
        });
    }

    @Override
    public List<Ticket> tickets(List<TicketId> ids) {
        Objects.requireNonNull(ids, "ids");
        return store.locked(() -> ids.stream().distinct().map(store.tickets::get).filter(Objects::nonNull).toList());
    }

    private boolean breached(Ticket ticket, SlaTarget target) {
        return store.escalationFlags.containsKey(List.of(ticket.id(), target, EscalationLevel.BREACHED));
    }

    @Override
    public List<EscalationFlag> flagsOf(List<TicketId> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        Set<TicketId> wanted = new HashSet<>(tickets);
        return store.locked(() -> store.escalationFlags.values().stream().filter(f -> wanted.contains(f.ticket()))
                .toList());
    }

    @Override
    public List<Ticket> resolvedUntil(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return store.locked(() -> store.tickets.values().stream()
                .filter(t -> t.status() == TicketStatus.RESOLVED && !t.resolvedAt().orElseThrow().isAfter(cutoff))
                .sorted(OLDEST_FIRST).toList());
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
