package org.crm4j.core.relationship;

import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The identity of a {@link CustomerRelationship}: a UUID, typed so that it cannot be mixed up with other ids. Immutable.
 *
 * @param value the UUID, not null
 */
public record RelationshipId(UUID value) {

    /**
     * Validates the UUID.
     *
     * @throws ValidationException on field {@code "relationshipId"} if the value is null
     */
    public RelationshipId {
        Require.nonNull("relationshipId", value);
    }

    /**
     * Parses the textual form of a UUID.
     *
     * @param text for example {@code "00000000-0000-0000-0000-000000000001"}
     * @return the id
     * @throws ValidationException on field {@code "relationshipId"} if the text is not a UUID
     */
    public static RelationshipId of(String text) {
        Require.nonNull("relationshipId", text);
        try {
            return new RelationshipId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("relationshipId", "must be a UUID", text);
        }
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
