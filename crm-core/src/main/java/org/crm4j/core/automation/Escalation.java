package org.crm4j.core.automation;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;

/**
 * A ticket escalated by the rule. Immutable.
 *
 * @param ticket   the ticket
 * @param target   the SLA target at risk or breached
 * @param level    at risk or breached
 * @param priority the ticket's priority afterwards
 * @param assignee the ticket's assignee afterwards, if any
 */
public record Escalation(TicketId ticket, SlaTarget target, EscalationLevel level, TicketPriority priority,
                         Optional<String> assignee) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public Escalation {
        Require.nonNull("ticket", ticket);
        Require.nonNull("target", target);
        Require.nonNull("level", level);
        Require.nonNull("priority", priority);
        Require.nonNull("assignee", assignee);
    }
}
