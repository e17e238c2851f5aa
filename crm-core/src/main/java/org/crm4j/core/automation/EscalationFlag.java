package org.crm4j.core.automation;

import java.time.Instant;
import org.crm4j.core.Require;
import org.crm4j.core.ticket.TicketId;

/**
 * The record that a ticket's SLA target was escalated at a level: a ticket is escalated once per target and
 * level, which makes {@link ServiceAutomation#run} idempotent. Immutable.
 *
 * @param ticket the ticket
 * @param target the SLA target
 * @param level  the level
 * @param at     when it was escalated
 */
public record EscalationFlag(TicketId ticket, SlaTarget target, EscalationLevel level, Instant at) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public EscalationFlag {
        Require.nonNull("ticket", ticket);
        Require.nonNull("target", target);
        Require.nonNull("level", level);
        Require.nonNull("at", at);
    }
}
