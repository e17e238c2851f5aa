package org.crm4j.core.opportunity;

import java.time.Instant;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * One change of an opportunity's stage. Immutable.
 *
 * @param previous the stage before
 * @param current  the stage after, different from {@code previous}
 * @param at       when it changed
 */
public record StageChange(OpportunityStage previous, OpportunityStage current, Instant at) {

    /**
     * Checks the change.
     *
     * @throws ValidationException on {@code "stage"} if a stage is null, the stages are equal or the previous one
     *                             is closed; on {@code "at"} if null
     */
    public StageChange {
        Require.nonNull("stage", previous);
        Require.nonNull("stage", current);
        Require.nonNull("at", at);
        if (previous.closed()) {
            throw new ValidationException("stage", Opportunity.OPEN_TO_CHANGE, previous);
        }
        if (previous == current) {
            throw new ValidationException("stage", "must differ from the current stage", current);
        }
    }
}
