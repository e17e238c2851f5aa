package org.crm4j.core.campaign;

import java.util.Locale;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;

/**
 * A campaign's control group: the share of the customers it targets who are held out, assigned at random and never
 * contacted, so that the campaign's effect can be measured against them
 * ({@code InsightService.campaignEffect}). Chosen once per campaign, before its first member, with
 * {@link CampaignService#holdOut}; recorded with the campaign, seed included, so that every assignment can be
 * reproduced.
 *
 * <p>Assignment is a Bernoulli draw per customer: a customer is held out when the SplitMix64 hash of the seed and
 * the customer's id, read as a number in {@code [0, 1)}, is below {@code share}. It therefore depends only on the
 * seed and the customer, not on the order or the batches in which customers are targeted; the size of the control
 * group is binomial with mean {@code share × members}.
 *
 * @param share the probability that a targeted customer is held out, in {@code (0, 1)}
 * @param seed  the seed of the assignment, any value
 */
public record ControlGroup(double share, long seed) {

    /** The rule broken by a share outside {@code (0, 1)} (field {@code share}). */
    public static final String SHARE_RANGE = "must be in (0, 1)";

    /**
     * Checks the share.
     *
     * @throws ValidationException on field {@code share} (rule {@link #SHARE_RANGE}) if it is not in {@code (0, 1)}
     *                             or is NaN
     */
    public ControlGroup {
        if (!(share > 0 && share < 1)) {
            throw new ValidationException("share", SHARE_RANGE, String.format(Locale.ROOT, "%s", share));
        }
    }

    /**
     * A control group of {@code share} of the targeted customers with the given seed.
     *
     * @param share in {@code (0, 1)}
     * @param seed  any value
     * @return the control group
     */
    public static ControlGroup of(double share, long seed) {
        return new ControlGroup(share, seed);
    }

    /**
     * Tells whether a customer targeted by the campaign is held out. Pure: the same customer always gets the same
     * answer for the same seed and share.
     *
     * @param customer the customer, not null
     * @return true if the customer belongs to the control group
     */
    public boolean holdsOut(CustomerId customer) {
        Require.nonNull("customerId", customer);
        long h = mix(seed ^ mix(customer.value().getMostSignificantBits())
                ^ Long.rotateLeft(mix(customer.value().getLeastSignificantBits()), 29));
        return (h >>> 11) * 0x1.0p-53 < share;
    }

    /** The SplitMix64 finaliser (Steele, Lea &amp; Flood 2014). */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
