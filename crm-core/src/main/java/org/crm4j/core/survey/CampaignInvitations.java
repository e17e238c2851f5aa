package org.crm4j.core.survey;

import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;

/**
 * What inviting a campaign's members did. Immutable.
 *
 * @param issued  the invitations with their tokens, in the order of the members' customer ids
 * @param skipped the members not invited because they refused consent for the channel, are archived, or are held
 *                out in the campaign's control group
 */
public record CampaignInvitations(List<IssuedInvitation> issued, List<CustomerId> skipped) {

    /** @throws org.crm4j.core.ValidationException a component {@code must not be null} */
    public CampaignInvitations {
        issued = List.copyOf(Require.nonNull("issued", issued));
        skipped = List.copyOf(Require.nonNull("skipped", skipped));
    }
}
