package org.crm4j.core.campaign;

import java.time.Instant;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * A customer targeted by a {@link Campaign}, with when the customer responded and converted. Members are kept
 * apart from their campaign, one row each, by the {@link CampaignMemberRepository}. Immutable.
 *
 * <p>A <em>response</em> is a reaction to the campaign's contact (a click, a reply, a coupon redeemed); a
 * <em>conversion</em> is the outcome the campaign aims at (a purchase, a sign-up), whoever caused it. A contacted
 * member's conversion implies a response: converting a contacted member who had not responded records the response
 * at the same instant. A member held out in the {@link ControlGroup} was never contacted, so it cannot respond
 * ({@link #respond} refuses, rule {@link #RESPONSE_NEEDS_CONTACT}), but its conversions are recorded like anyone
 * else's, without a response: they are the baseline the campaign's effect is measured against
 * ({@code InsightService.campaignEffect}).
 *
 * @param campaign    the campaign, not null
 * @param customer    the targeted customer, not null
 * @param targetedAt  when the customer was added to the campaign, not null
 * @param respondedAt when the customer first responded; empty if not yet, always empty for a held-out member
 * @param convertedAt when the customer first converted; empty if not yet; for a contacted member present only if
 *                    responded
 * @param control     whether the customer was held out in the campaign's {@link ControlGroup}: targeted but never
 *                    contacted
 */
public record CampaignMember(CampaignId campaign, CustomerId customer, Instant targetedAt,
        Optional<Instant> respondedAt, Optional<Instant> convertedAt, boolean control) {

    /**
     * The rule broken by recording a response of a member held out in the control group (field {@code member}).
     */
    public static final String RESPONSE_NEEDS_CONTACT = "must have been contacted to respond: members held out in"
            + " the control group are never contacted (record their conversions only)";

    /**
     * Checks the member.
     *
     * @throws ValidationException      if a component is null (rule {@code "must not be null"})
     * @throws IllegalArgumentException if a contacted member converted without a response, or a held-out member
     *                                  has a response
     */
    public CampaignMember {
        Require.nonNull("campaignId", campaign);
        Require.nonNull("customerId", customer);
        Require.nonNull("targetedAt", targetedAt);
        Require.nonNull("respondedAt", respondedAt);
        Require.nonNull("convertedAt", convertedAt);
        if (control && respondedAt.isPresent()) {
            throw new IllegalArgumentException("member " + customer + " was held out but responded");
        }
        if (!control && convertedAt.isPresent() && respondedAt.isEmpty()) {
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
     * Records a response to the campaign's contact; the first response counts, later ones change nothing.
     *
     * @param at when the customer responded, not null
     * @return the member with a response; this member if it had responded already
     * @throws ValidationException on field {@code member} (rule {@link #RESPONSE_NEEDS_CONTACT}) if the member is
     *                             held out in the control group
     */
    public CampaignMember respond(Instant at) {
        Require.nonNull("at", at);
        if (control) {
            throw new ValidationException("member", RESPONSE_NEEDS_CONTACT, customer);
        }
        return respondedAt.isPresent() ? this
                : new CampaignMember(campaign, customer, targetedAt, Optional.of(at), convertedAt, control);
    }

    /**
     * Records a conversion; the first conversion counts. A contacted member who had not responded gets a response
     * at the same instant; a held-out member gets none (it was never contacted).
     *
     * @param at when the customer converted, not null
     * @return the member with a conversion; this member if it had converted already
     */
    public CampaignMember convert(Instant at) {
        Require.nonNull("at", at);
        if (convertedAt.isPresent()) {
            return this;
        }
        Optional<Instant> response = control ? Optional.empty() : Optional.of(respondedAt.orElse(at));
        return new CampaignMember(campaign, customer, targetedAt, response, Optional.of(at), control);
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
