package org.crm4j.core.ticket;

import java.time.Instant;
import org.crm4j.core.Require;

/**
 * A move of a ticket from one status to another.
 *
 * @param from the previous status, not null
 * @param to   the new status, not null
 * @param at   when, not null
 */
public record TicketStatusChange(TicketStatus from, TicketStatus to, Instant at) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public TicketStatusChange {
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.nonNull("at", at);
    }
}
