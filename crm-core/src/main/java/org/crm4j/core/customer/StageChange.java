package org.crm4j.core.customer;

import java.time.Instant;
import org.crm4j.core.ValidationException;

/**
 * One lifecycle transition of a customer, with its time. Immutable.
 *
 * @param from the stage before, not null
 * @param to   the stage after; {@code from.canMoveTo(to)}
 * @param at   when the transition happened, not null
 */
public record StageChange(LifecycleStage from, LifecycleStage to, Instant at) {

    /**
     * Validates the transition.
     *
     * @throws ValidationException on field {@code "stage"} if a component is null or the transition is illegal
     */
    public StageChange {
        if (from == null || to == null || at == null) {
            throw new ValidationException("stage", "change must have from, to and at", from + " -> " + to);
        }
        if (!from.canMoveTo(to)) {
            throw new ValidationException("stage", "must move from " + from + " to one of " + from.next(), to);
        }
    }
}
