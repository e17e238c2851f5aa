package org.crm4j.core.ticket;

import java.time.Instant;
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

    /** @return whether the pause has not ended */
    public boolean open() {
        return to.isEmpty();
    }
}
