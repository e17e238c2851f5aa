package org.crm4j.core.lead;

import java.time.Instant;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * One change of a lead's status. Immutable.
 *
 * @param previous the status before
 * @param current  the status after
 * @param at       when it changed
 */
public record LeadStatusChange(LeadStatus previous, LeadStatus current, Instant at) {

    /**
     * Checks the change.
     *
     * @throws ValidationException on {@code "status"} if a status is null or the move is not allowed, on
     *                             {@code "at"} if null
     */
    public LeadStatusChange {
        Require.nonNull("status", previous);
        Require.nonNull("status", current);
        Require.nonNull("at", at);
        if (!previous.canMoveTo(current)) {
            throw new ValidationException("status", previous.moveRule(), current);
        }
    }
}
