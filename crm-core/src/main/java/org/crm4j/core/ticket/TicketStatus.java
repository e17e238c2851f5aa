package org.crm4j.core.ticket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket stands: {@code NEW → OPEN → PENDING (waiting for the customer) → RESOLVED → CLOSED}, with
 * {@code PENDING → OPEN} when the customer answers, {@code OPEN/PENDING → RESOLVED}, and {@code RESOLVED → OPEN}
 * (a reopen, allowed within the reopen window of {@link TicketSettings}). {@code CLOSED} is final.
 */
public enum TicketStatus {
    /** Received, nobody has looked at it. */
    NEW,
    /** Being worked on. */
    OPEN,
    /** Waiting for the customer; the SLA clock stands still. */
    PENDING,
    /** Solved, with a resolution code and text; may be reopened within the window. */
    RESOLVED,
    /** Done for good. */
    CLOSED;

    /** @return the statuses a ticket in this status may move to, in declaration order */
    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(PENDING, RESOLVED);
            case PENDING -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }
}
