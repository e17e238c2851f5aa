package org.crm4j.core.automation;

import java.util.List;
import java.util.Set;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketStatus;

/**
 * The port service automation reads and writes besides {@link org.crm4j.core.ticket.TicketRepository}: tickets by
 * status, escalation flags, and the round-robin turn of each team. Calls join the running transaction.
 */
public interface ServiceQueue {

    /**
     * @param statuses the statuses, not empty
     * @return the tickets in these statuses, oldest first (ties by id)
     */
    List<Ticket> withStatus(Set<TicketStatus> statuses);

    /**
     * @param statuses the statuses of the tickets whose flags are wanted
     * @return the escalation flags of the tickets in these statuses
     */
    List<EscalationFlag> flags(Set<TicketStatus> statuses);

    /**
     * @param ticket the ticket
     * @return the ticket's escalation flags, oldest first
     */
    List<EscalationFlag> flagsOf(TicketId ticket);

    /**
     * Stores flags, all or none.
     *
     * @param flags new flags
     * @throws org.crm4j.core.DuplicateException {@code flag} if a (ticket, target, level) is flagged already
     */
    void addFlags(List<EscalationFlag> flags);

    /**
     * @param team a team's name
     * @return how many tickets the team's round robin has handed out (0 for a team never seen)
     */
    long turn(String team);

    /**
     * @param team a team's name
     * @param turn the new count, not below the stored one
     */
    void setTurn(String team, long turn);
}
