package org.crm4j.core.automation;

import java.time.Instant;
import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.ticket.TicketId;

/**
 * What one {@link ServiceAutomation#run} did. Immutable (its lists are unmodifiable copies).
 *
 * @param at        the moment the rules were applied for
 * @param assigned  the new tickets assigned, oldest ticket first
 * @param escalated the escalations, oldest ticket first, first response before resolution
 * @param closed    the RESOLVED tickets closed, oldest ticket first
 */
public record AutomationReport(Instant at, List<AutoAssignment> assigned, List<Escalation> escalated,
                               List<TicketId> closed) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public AutomationReport {
        Require.nonNull("at", at);
        assigned = List.copyOf(Require.nonNull("assigned", assigned));
        escalated = List.copyOf(Require.nonNull("escalated", escalated));
        closed = List.copyOf(Require.nonNull("closed", closed));
    }

    /** @return whether the run changed nothing */
    public boolean isEmpty() {
        return assigned.isEmpty() && escalated.isEmpty() && closed.isEmpty();
    }
}
