package org.crm4j.core.automation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;

/**
 * The port service automation reads and writes besides {@link org.crm4j.core.ticket.TicketRepository}: the tickets
 * each rule may concern (narrow queries, so that a run does not load every unsolved ticket), escalation flags, and
 * the round-robin turn of each team. Calls join the running transaction.
 */
public interface ServiceQueue {

    /**
     * The tickets an assignment rule may take: NEW, with neither assignee nor team, of one of the categories.
     *
     * @param categories the categories that have an assignment rule
     * @return those tickets, oldest first (ties by id)
     */
    List<Ticket> unassigned(Set<String> categories);

    /**
     * @return per assignee, how many NEW, OPEN or PENDING tickets are assigned to them (assignees with none absent)
     */
    Map<String, Long> unsolvedByAssignee();

    /**
     * The tickets an escalation may still concern: NEW, OPEN or PENDING, with SLA targets, and either without a
     * BREACHED flag on the resolution, or without a first response and without a BREACHED flag on the first
     * response. A target flagged BREACHED stays breached, so the tickets left out cannot escalate again. Only what
     * the targets are measured from and the flags are read, not the tickets' comments and assignment histories.
     *
     * @return those tickets as candidates with their flags, oldest first (ties by id)
     */
    List<EscalationCandidate> escalationCandidates();

    /**
     * @param ids ticket ids, not null
     * @return the tickets with these ids that exist, whole, in no particular order
     */
    List<Ticket> tickets(List<TicketId> ids);

    /**
     * @param tickets tickets
     * @return the escalation flags of these tickets, in no particular order
     */
    List<EscalationFlag> flagsOf(List<TicketId> tickets);

    /**
     * @param cutoff the latest resolution time
     * @return the RESOLVED tickets resolved at or before {@code cutoff}, oldest first (ties by id)
     */
    List<Ticket> resolvedUntil(Instant cutoff);

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
