package org.crm4j.core.survey;

import org.crm4j.core.Require;

/**
 * A stored invitation with its token: the one moment the token exists in clear. The host puts the token in the
 * link it sends the customer and must not store it; crm4j keeps only its hash. Immutable.
 *
 * @param invitation the stored invitation
 * @param token      the token that answers it
 */
public record IssuedInvitation(SurveyInvitation invitation, SurveyToken token) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public IssuedInvitation {
        Require.nonNull("invitation", invitation);
        Require.nonNull("token", token);
    }
}
