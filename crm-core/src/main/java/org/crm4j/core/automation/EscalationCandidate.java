package org.crm4j.core.automation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketSla;
import org.crm4j.core.ticket.TicketStatusChange;

/**
 * What escalation needs to know of an unsolved ticket with SLA targets: what its targets are measured from (opening,
 * first response, status history) and the flags it has. A run measures every candidate but loads the whole ticket
 * (comments, assignment history) only for those it escalates. Immutable.
 *
 * @param id              the ticket
 * @param createdAt       when it was opened
 * @param targets         its SLA targets
 * @param firstResponseAt its first agent reply, if any
 * @param statusHistory   its status moves, oldest first (it is NEW, OPEN or PENDING)
 * @param flags           its escalation flags, in no particular order
 */
public record EscalationCandidate(TicketId id, Instant createdAt, SlaTargets targets, Optional<Instant> firstResponseAt,
                                  List<TicketStatusChange> statusHistory, List<EscalationFlag> flags) {

    /** @throws ValidationException a component {@code must not be null} */
    public EscalationCandidate {
        Require.nonNull("id", id);
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("targets", targets);
        Require.nonNull("firstResponseAt", firstResponseAt);
        statusHistory = List.copyOf(Require.nonNull("statusHistory", statusHistory));
        flags = List.copyOf(Require.nonNull("flags", flags));
    }

    /** The rule {@link #of} refuses a ticket without SLA targets with. */
    public static final String HAS_TARGETS = "must be present";

    /**
     * @param ticket an unsolved ticket with SLA targets
     * @param flags  its escalation flags
     * @return the candidate
     * @throws ValidationException {@code ticket.slaTargets} {@value #HAS_TARGETS}
     */
    public static EscalationCandidate of(Ticket ticket, List<EscalationFlag> flags) {
        Require.nonNull("ticket", ticket);
        SlaTargets targets = ticket.slaTargets().orElseThrow(() -> new ValidationException(
                "ticket.slaTargets", HAS_TARGETS, ticket.id()));
        return new EscalationCandidate(ticket.id(), ticket.createdAt(), targets, ticket.firstResponseAt(),
                ticket.statusHistory(), flags);
    }

    /**
     * @param calendar the business calendar, not null
     * @param now      the moment, not before {@link #createdAt()}
     * @return where the targets stand at {@code now}, as {@link Ticket#sla} of the ticket would say
     */
    public TicketSla sla(BusinessCalendar calendar, Instant now) {
        return TicketSla.of(calendar, createdAt, targets, firstResponseAt, statusHistory, Optional.empty(), now);
    }
}
