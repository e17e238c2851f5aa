package org.crm4j.core.campaign;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * A customer targeted by a {@link Campaign}, with when the customer responded and converted. A conversion
 * implies a response: converting a member who had not responded records the response at the same instant.
 * Members are kept apart from their campaign, one row each, by the {@link CampaignMemberRepository}. Immutable.
 *
 * @param campaign    the campaign, not null
 * @param customer    the targeted customer, not null
 * @param targetedAt  when the customer was added to the campaign, not null
 * @param respondedAt when the customer first responded; empty if not yet
 * @param convertedAt when the customer first converted; empty if not yet, present only if responded
 * @param control     whether the customer was held out in the campaign's {@link ControlGroup}: targeted but never
 *                    contacted. Conversions of held-out members are recorded like any other's, so that the two
 *                    groups can be compared
 */
public record CampaignMember(CampaignId campaign, CustomerId customer, Instant targetedAt,
        Optional<Instant> respondedAt, Optional<Instant> convertedAt, boolean control) {

    /**
     * Checks the member.
     *
     * @throws ValidationException      if a component is null (rule {@code "must not be null"})
     * @throws IllegalArgumentException if converted without a response
     */
    public CampaignMember {
        Require.nonNull("campaignId", campaign);
        Require.nonNull("customerId", customer);
        Require.nonNull("targetedAt", targetedAt);
        Require.nonNull("respondedAt", respondedAt);
        Require.nonNull("convertedAt", convertedAt);
        if (convertedAt.isPresent() && respondedAt.isEmpty()) {
            throw new IllegalArgumentException("member " + customer + " converted without a response");
        }
    }

    /**
     * A contacted member (not in a control group).
     *
     * @param campaign    the campaign, not null
     * @param customer    the customer, not null
     * @param targetedAt  when the customer was targeted, not null
     * @param respondedAt when the customer first responded; empty if not yet
     * @param convertedAt when the customer first converted; empty if not yet, present only if responded
     */
    public CampaignMember(CampaignId campaign, CustomerId customer, Instant targetedAt,
            Optional<Instant> respondedAt, Optional<Instant> convertedAt) {
        this(campaign, customer, targetedAt, respondedAt, convertedAt, false);
    }

    /**
     * A member held out in the campaign's control group, who has neither responded nor converted.
     *
     * @param campaign   the campaign, not null
     * @param customer   the customer, not null
     * @param targetedAt when the customer was targeted, not null
     * @return the member
     */
    public static CampaignMember heldOut(CampaignId campaign, CustomerId customer, Instant targetedAt) {
        return new CampaignMember(campaign, customer, targetedAt, Optional.empty(), Optional.empty(), true);
    }

    /**
     * A contacted member who has neither responded nor converted.
     *
     * @param campaign   the campaign, not null
     * @param customer   the customer, not null
     * @param targetedAt when the customer was targeted, not null
     * @return the member
     */
    public static CampaignMember targeted(CampaignId campaign, CustomerId customer, Instant targetedAt) {
        return new CampaignMember(campaign, customer, targetedAt, Optional.empty(), Optional.empty());
    }

    /**
     * Records a response; the first response counts, later ones change nothing.
     *
     * @param at when the customer responded, not null
     * @return the member with a response; this member if it had responded already
     */
    public CampaignMember respond(Instant at) {
        Require.nonNull("at", at);
        return respondedAt.isPresent() ? this
                : new CampaignMember(campaign, customer, targetedAt, Optional.of(at), convertedAt, control);
    }

    /**
     * Records a conversion (and a response if there was none); the first conversion counts.
     *
     * @param at when the customer converted, not null
     * @return the member with a response and a conversion; this member if it had converted already
     */
    public CampaignMember convert(Instant at) {
        Require.nonNull("at", at);
        if (convertedAt.isPresent()) {
            return this;
        }
        return new CampaignMember(campaign, customer, targetedAt, Optional.of(respondedAt.orElse(at)),
                Optional.of(at), control);
    }

    /**
     * Tells whether the customer responded.
     *
     * @return true if {@code respondedAt} is present
     */
    public boolean hasResponded() {
        return respondedAt.isPresent();
    }

    /**
     * Tells whether the customer converted.
     *
     * @return true if {@code convertedAt} is present
     */
    public boolean hasConverted() {
        return convertedAt.isPresent();
    }
}
