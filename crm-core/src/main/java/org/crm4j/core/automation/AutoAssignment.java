package org.crm4j.core.automation;

import org.crm4j.core.Require;
import org.crm4j.core.ticket.TicketId;

/**
 * A new ticket assigned by a rule. Immutable.
 *
 * @param ticket   the ticket
 * @param team     the team
 * @param assignee the member it went to
 */
public record AutoAssignment(TicketId ticket, String team, String assignee) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public AutoAssignment {
        Require.nonNull("ticket", ticket);
        Require.nonNull("team", team);
        Require.nonNull("assignee", assignee);
    }
}
