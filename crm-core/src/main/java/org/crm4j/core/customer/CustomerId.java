package org.crm4j.core.customer;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of a {@code Customer}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record CustomerId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "customerId"} if the value is null
     */
    public CustomerId {
        Require.nonNull("customerId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "customerId"} if the text is not a UUID
     */
    public static CustomerId of(String text) {
        Require.nonNull("customerId", text);
        try {
            return new CustomerId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("customerId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
