package org.crm4j.core.ticket;

import java.util.UUID;
import org.crm4j.core.Require;

/**
 * The identity of a {@link Ticket}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record TicketId(UUID value) {

    /**
     * @throws org.crm4j.core.ValidationException on field {@code "ticketId"} if the value is null
     */
    public TicketId {
        Require.nonNull("ticketId", value);
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
