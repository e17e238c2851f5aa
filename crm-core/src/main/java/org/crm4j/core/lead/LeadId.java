package org.crm4j.core.lead;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of a {@link Lead}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record LeadId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "leadId"} if the value is null
     */
    public LeadId {
        Require.nonNull("leadId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "leadId"} if the text is not a UUID
     */
    public static LeadId of(String text) {
        Require.nonNull("leadId", text);
        try {
            return new LeadId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("leadId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
