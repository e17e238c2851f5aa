package org.crm4j.core.automation;

import java.time.Duration;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * What happens when a ticket's SLA target is about to be breached (at most {@code leadTime} of business time
 * left while its clock runs) or has been: each escalation of a (ticket, target, level) happens once, is recorded
 * as a flag, optionally raises the priority by one step (up to URGENT) and optionally reassigns the ticket to its
 * team's lead. Immutable.
 *
 * @param leadTime       how much business time left counts as "about to be breached", in [0, 30 days]; zero
 *                       escalates breaches only
 * @param raisePriority  whether an escalation raises the priority one step
 * @param reassignToLead whether an escalation reassigns the ticket to its team's lead (tickets of no known team
 *                       keep their assignee)
 */
public record EscalationRule(Duration leadTime, boolean raisePriority, boolean reassignToLead) {

    /** The rule of a lead time outside [0, 30 days]. */
    public static final String LEAD_TIME_RULE = "must be in [0, 30 days]";

    /** @throws ValidationException on {@code escalation.leadTime} */
    public EscalationRule {
        Require.nonNull("escalation.leadTime", leadTime);
        if (leadTime.isNegative() || leadTime.compareTo(Duration.ofDays(30)) > 0) {
            throw new ValidationException("escalation.leadTime", LEAD_TIME_RULE, leadTime);
        }
    }
}
