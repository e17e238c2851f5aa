package org.crm4j.core.relationship;

import java.time.Instant;
import java.util.Locale;
import org.crm4j.core.Require;

/**
 * One entry of the status history of a {@link CustomerRelationship}: the status went from {@code previous} to
 * {@code current} at {@code at}.
 *
 * @param previous the status before the change, not null
 * @param current  the status after the change, not null and different from {@code previous}
 * @param at       when the change was recorded, not null
 */
public record StatusChange(RelationshipStatus previous, RelationshipStatus current, Instant at) {

    /**
     * Checks the change.
     *
     * @throws org.crm4j.core.ValidationException     if an argument is null
     * @throws IllegalArgumentException if {@code previous} equals {@code current}
     */
    public StatusChange {
        Require.nonNull("previous", previous);
        Require.nonNull("current", current);
        Require.nonNull("at", at);
        if (previous == current) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a status change must change the status, was %s -> %s", previous, current));
        }
    }

    /**
     * Tells whether this change made the relationship worse.
     *
     * @return true if {@code current} is worse than {@code previous}
     */
    public boolean isDeterioration() {
        return current.isWorseThan(previous);
    }
}
