package org.crm4j.core.ticket;

import org.crm4j.core.Require;

/**
 * Where a ticket's two SLA targets stand: the first response (measured from opening to the first
 * {@link CommentKind#AGENT_REPLY}, never paused) and the resolution (from opening to resolution, paused while the
 * ticket is PENDING and between a resolution and a reopen).
 *
 * @param firstResponse the first-response measure
 * @param resolution    the resolution measure
 */
public record TicketSla(SlaMeasure firstResponse, SlaMeasure resolution) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public TicketSla {
        Require.nonNull("firstResponse", firstResponse);
        Require.nonNull("resolution", resolution);
    }

    /** @return whether either target is breached */
    public boolean breached() {
        return firstResponse.breached() || resolution.breached();
    }
}
