package org.crm4j.core.activity;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of an {@link Activity}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record ActivityId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "activityId"} if the value is null
     */
    public ActivityId {
        Require.nonNull("activityId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "activityId"} if the text is not a UUID
     */
    public static ActivityId of(String text) {
        Require.nonNull("activityId", text);
        try {
            return new ActivityId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("activityId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
