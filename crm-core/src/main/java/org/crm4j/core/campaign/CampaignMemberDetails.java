package org.crm4j.core.campaign;

import org.crm4j.core.Require;
import org.crm4j.core.customer.EmailAddress;

/**
 * A campaign member with the customer details a member list shows, read in the same query as the member (no
 * customer aggregate is loaded). Immutable.
 *
 * @param member the membership, not null
 * @param name   the customer's name, not blank
 * @param email  the customer's e-mail address, not null
 * @param active whether the customer is active (not archived)
 */
public record CampaignMemberDetails(CampaignMember member, String name, EmailAddress email, boolean active) {

    /**
     * Checks the details.
     *
     * @throws org.crm4j.core.ValidationException if a component is null or the name is blank
     */
    public CampaignMemberDetails {
        Require.nonNull("member", member);
        Require.text("name", name, Integer.MAX_VALUE);
        Require.nonNull("email", email);
    }
}
