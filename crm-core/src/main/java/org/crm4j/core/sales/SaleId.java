package org.crm4j.core.sales;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of a {@code Sale}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record SaleId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "saleId"} if the value is null
     */
    public SaleId {
        Require.nonNull("saleId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "saleId"} if the text is not a UUID
     */
    public static SaleId of(String text) {
        Require.nonNull("saleId", text);
        try {
            return new SaleId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("saleId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
