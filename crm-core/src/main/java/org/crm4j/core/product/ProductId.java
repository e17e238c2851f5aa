package org.crm4j.core.product;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of a {@code Product}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record ProductId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "productId"} if the value is null
     */
    public ProductId {
        Require.nonNull("productId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "productId"} if the text is not a UUID
     */
    public static ProductId of(String text) {
        Require.nonNull("productId", text);
        try {
            return new ProductId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("productId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
