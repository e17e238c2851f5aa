package org.crm4j.core.ticket;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Require;

/**
 * A (re)assignment of a ticket: the assignee and team it got.
 *
 * @param assignee the agent now responsible, or empty
 * @param team     the team now responsible, or empty
 * @param at       when, not null
 */
public record AssignmentChange(Optional<String> assignee, Optional<String> team, Instant at) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public AssignmentChange {
        Require.nonNull("assignee", assignee);
        Require.nonNull("team", team);
        Require.nonNull("at", at);
    }
}
