package org.crm4j.core.campaign;

import java.time.LocalDate;
import java.util.Optional;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * Who a campaign may target. A customer becomes a member only if the campaign is still open (PLANNED or RUNNING),
 * the customer exists, is active, has not refused or withdrawn marketing consent for the campaign's
 * {@linkplain CampaignChannel#consentChannel() consent channel} (a customer who never decided is not refused), and
 * is not a member yet. The service gathers the facts with narrow port calls, one per batch of customers; the policy
 * only judges them. That a customer is a member already is found by the member store's unique key when the batch
 * is written ({@code DuplicateException} on field {@code member}).
 */
final class TargetingPolicy {

    private TargetingPolicy() {
    }

    /**
     * Refuses targeting by a finished or cancelled campaign.
     *
     * @throws ValidationException on field {@code status} (rule {@link Campaign#NOT_CLOSED})
     */
    static void requireOpen(Campaign campaign, LocalDate today) {
        if (!campaign.acceptsMembers(today)) {
            throw new ValidationException("status", Campaign.NOT_CLOSED, campaign.status(today));
        }
    }

    /**
     * Judges one customer.
     *
     * @param customer         the customer
     * @param active           whether the customer is active, or null if there is no such customer
     * @param consentWithdrawn whether the customer's latest consent decision for the campaign's channel refused it
     * @param channel          the campaign's channel
     * @throws NotFoundException   on field {@code customerId} if the customer does not exist
     * @throws ValidationException on field {@code customerId} (rule {@link CampaignService#MEMBER_ACTIVE}) if the
     *                             customer is archived, on field {@code member} (rule
     *                             {@link CampaignService#MEMBER_CONSENT}) if consent was withdrawn
     */
    static void requireTargetable(CustomerId customer, Boolean active, boolean consentWithdrawn,
            CampaignChannel channel) {
        if (active == null) {
            throw new NotFoundException("customerId", customer);
        }
        if (!active) {
            throw new ValidationException("customerId", CampaignService.MEMBER_ACTIVE, customer);
        }
        if (consentWithdrawn) {
            throw new ValidationException("member", CampaignService.MEMBER_CONSENT, customer + " ("
                    + channel.consentChannel().map(Enum::name).orElse(channel.name()) + ")");
        }
    }

    /**
     * Refuses a control group for a campaign that has members or a control group already: every member must have
     * had the same chance of being held out.
     *
     * @throws ValidationException on field {@code controlGroup} (rule {@link CampaignService#CONTROL_GROUP_FIRST})
     */
    static void requireNoMembers(MemberCounts counts, Optional<ControlGroup> existing) {
        if (counts.members() > 0 || existing.isPresent()) {
            throw new ValidationException("controlGroup", CampaignService.CONTROL_GROUP_FIRST,
                    existing.map(ControlGroup::toString).orElse(counts.members() + " members"));
        }
    }
}
