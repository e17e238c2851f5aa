package org.crm4j.core.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * A half-open interval {@code [from, to)} during which an SLA clock stands still, for example while a ticket waits
 * for the customer; an open pause ({@code to} empty) lasts until further notice.
 *
 * @param from when the clock stopped, not null
 * @param to   when it ran again, empty while it still stands; not before {@code from}
 */
public record Pause(Instant from, Optional<Instant> to) {

    /**
     * @throws ValidationException {@code from}/{@code to} {@code must not be null}; {@code to}
     *                             {@code must not be before from}
     */
    public Pause {
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        to.ifPresent(end -> Require.notBefore("to", end, "from", from));
    }

    /**
     * @param from when the clock stopped
     * @param to   when it ran again
     * @return the closed pause {@code [from, to)}
     */
    public static Pause between(Instant from, Instant to) {
        return new Pause(from, Optional.of(Require.nonNull("to", to)));
    }

    /**
     * @param from when the clock stopped
     * @return a pause that has not ended
     */
    public static Pause since(Instant from) {
        return new Pause(from, Optional.empty());
    }

    /**
     * The intervals in which a ticket's SLA clock stands still, from its status history: while it waits for the
     * customer (PENDING) or is RESOLVED or CLOSED (until a reopen); the last one is open if the history ends in one
     * of these.
     *
     * @param history status moves, oldest first, not null
     * @return the pauses, oldest first
     */
    public static List<Pause> during(List<TicketStatusChange> history) {
        Require.nonNull("history", history);
        List<Pause> pauses = new ArrayList<>();
        Instant stoppedAt = null;
        for (TicketStatusChange change : history) {
            boolean stops = change.to() == TicketStatus.PENDING || change.to() == TicketStatus.RESOLVED
                    || change.to() == TicketStatus.CLOSED;
            if (stops && stoppedAt == null) {
                stoppedAt = change.at();
            } else if (!stops && stoppedAt != null) {
                pauses.add(Pause.between(stoppedAt, change.at()));
                stoppedAt = null;
            }
        }
        if (stoppedAt != null) {
            pauses.add(Pause.since(stoppedAt));
        }
        return pauses;
    }

    /** @return whether the pause has not ended */
    public boolean open() {
        return to.isEmpty();
    }
}
