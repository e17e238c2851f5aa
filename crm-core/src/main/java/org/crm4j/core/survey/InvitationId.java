package org.crm4j.core.survey;

import java.util.UUID;
import org.crm4j.core.Require;

/**
 * The identity of a {@link SurveyInvitation} (and of its answer: one per invitation). Immutable.
 *
 * @param value the UUID, not null
 */
public record InvitationId(UUID value) {

    /** @throws org.crm4j.core.ValidationException on field {@code "invitationId"} if the value is null */
    public InvitationId {
        Require.nonNull("invitationId", value);
    }

    /**
     * @param text a UUID's textual form
     * @return the id
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static InvitationId of(String text) {
        return new InvitationId(UUID.fromString(text));
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
