package org.crm4j.core.automation;

import java.time.Instant;
import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.ticket.TicketSettings;

/**
 * Applies the host's {@link AutomationRules} to the tickets; hosts call {@link #run(Instant)} from their scheduler
 * ({@code crm.automation().run(clock.instant())}). Thread-safe.
 *
 * <p>One run, in one transaction, in this order:
 * <ol>
 *   <li><b>Assign</b> every NEW ticket without team and assignee whose category has an {@link AssignmentRule} to
 *       the rule's team and a member chosen by its {@link AssignmentStrategy}, oldest ticket first.</li>
 *   <li><b>Escalate</b> (with an {@link EscalationRule} and service levels in the ticket settings) every NEW, OPEN
 *       or PENDING ticket's SLA target that is not achieved and is {@link EscalationLevel#BREACHED} at
 *       {@code now}, or {@link EscalationLevel#AT_RISK} (clock running, business time left ≤ the lead time), unless
 *       that (ticket, target, level) is flagged already: raise the priority one step, reassign to the team's lead,
 *       as the rule says, and flag it.</li>
 *   <li><b>Close</b> every RESOLVED ticket resolved at least {@link AutomationRules#autoCloseAfter()} before
 *       {@code now}.</li>
 * </ol>
 * Each changed ticket is stored once (one versioned update). Running again at the same {@code now} changes
 * nothing more and reports nothing: assigned tickets have a team, escalations are flagged, closed tickets are not
 * RESOLVED. A concurrent change of a ticket makes the run fail with a {@code ConcurrentUpdateException} and change
 * nothing; run it again.
 */
public interface ServiceAutomation {

    /**
     * Creates the automation.
     *
     * @param queue        the automation port
     * @param tickets      the ticket port
     * @param settings     the ticket settings (service levels, reopen window)
     * @param rules        the rules
     * @param transactions the transaction port
     * @return the automation
     */
    static ServiceAutomation create(ServiceQueue queue, TicketRepository tickets, TicketSettings settings,
            AutomationRules rules, Transactions transactions) {
        return new DefaultServiceAutomation(Require.nonNull("queue", queue), Require.nonNull("tickets", tickets),
                Require.nonNull("settings", settings), Require.nonNull("rules", rules),
                Require.nonNull("transactions", transactions));
    }

    /** @return the rules applied */
    AutomationRules rules();

    /**
     * Applies the due rules.
     *
     * @param now the moment to apply them for, not before any ticket's creation it touches
     * @return what it did
     * @throws org.crm4j.core.ValidationException       {@code now} {@code must not be null}
     * @throws org.crm4j.core.ConcurrentUpdateException if a ticket changed meanwhile (nothing was changed)
     */
    AutomationReport run(Instant now);

    /**
     * @param ticket a ticket
     * @return its escalation flags, oldest first
     */
    List<EscalationFlag> flags(TicketId ticket);
}
