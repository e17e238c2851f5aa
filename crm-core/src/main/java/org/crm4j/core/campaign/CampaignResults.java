package org.crm4j.core.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The response figures of a campaign, apart for the members it contacted and those it held out in its
 * {@link ControlGroup} (never contacted: no responses, but their conversions are the baseline). A campaign without a
 * control group has an empty {@code control} group. For the uplift with its confidence interval, adjusted for the
 * customers' purchase history, see {@code InsightService.campaignEffect}.
 *
 * @param campaign  the campaign, not null
 * @param contacted the members who were contacted, not null
 * @param control   the members held out in the control group, not null, with no responses
 * @param budget    the campaign's budget, not null
 */
public record CampaignResults(CampaignId campaign, Group contacted, Group control, Money budget) {

    /**
     * The figures of one group of members.
     *
     * @param members   how many customers are in the group, not negative
     * @param responded how many of them responded, in {@code [converted, members]} (for contacted members; always
     *                  0 for the control group, whose conversions have no response)
     * @param converted how many of them converted, in {@code [0, members]}
     */
    public record Group(int members, int responded, int converted) {

        /**
         * Checks the counts.
         *
         * @throws IllegalArgumentException if a count is negative or above {@code members}
         */
        public Group {
            if (converted < 0 || responded < 0 || members < responded || members < converted) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "counts must satisfy 0 <= converted, responded <= members, was %d, %d, %d", converted,
                        responded, members));
            }
        }

        /**
         * The share of the group who responded.
         *
         * @return {@code responded / members}, 0 when the group is empty
         */
        public double responseRate() {
            return members == 0 ? 0.0 : (double) responded / members;
        }

        /**
         * The share of the group who converted.
         *
         * @return {@code converted / members}, 0 when the group is empty
         */
        public double conversionRate() {
            return members == 0 ? 0.0 : (double) converted / members;
        }
    }

    /**
     * Checks the groups.
     *
     * @throws ValidationException      if a component is null
     * @throws IllegalArgumentException if a contacted member converted without a response
     *                                  ({@code contacted.converted > contacted.responded}) or the control group has
     *                                  responses
     */
    public CampaignResults {
        Require.nonNull("campaign", campaign);
        Require.nonNull("contacted", contacted);
        Require.nonNull("control", control);
        Require.nonNull("budget", budget);
        if (contacted.converted() > contacted.responded()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "contacted members must satisfy converted <= responded, was %d, %d", contacted.converted(),
                    contacted.responded()));
        }
        if (control.responded() != 0) {
            throw new IllegalArgumentException("the control group was never contacted and cannot have responded,"
                    + " was " + control.responded());
        }
    }

    /**
     * The results from the members' counts.
     *
     * @param campaign the campaign, not null
     * @param counts   the counts, not null
     * @param budget   the budget, not null
     * @return the results
     */
    static CampaignResults of(CampaignId campaign, MemberCounts counts, Money budget) {
        return new CampaignResults(campaign, new Group(counts.contacted(), counts.responded(), counts.converted()),
                new Group(counts.heldOut(), 0, counts.heldOutConverted()), budget);
    }

    /** @return every member the campaign targeted: contacted and held out */
    public int members() {
        return contacted.members() + control.members();
    }

    /**
     * The raw conversion uplift: the contacted members' conversion rate minus the control group's. No interval and
     * no adjustment: {@code InsightService.campaignEffect} gives both.
     *
     * @return the difference of the two conversion rates, or empty if either group is empty
     */
    public Optional<Double> conversionUplift() {
        if (contacted.members() == 0 || control.members() == 0) {
            return Optional.empty();
        }
        return Optional.of(contacted.conversionRate() - control.conversionRate());
    }

    /**
     * The budget spent per conversion of a contacted member (the control group costs nothing and its conversions
     * are not the campaign's), rounded half-even to the currency's minor unit.
     *
     * @return {@code budget / contacted.converted}, or empty when no contacted member converted
     */
    public Optional<Money> costPerConversion() {
        int converted = contacted.converted();
        if (converted == 0) {
            return Optional.empty();
        }
        int digits = Math.max(budget.currency().getDefaultFractionDigits(), 0);
        BigDecimal each = budget.amount().divide(BigDecimal.valueOf(converted), digits, RoundingMode.HALF_EVEN);
        return Optional.of(new Money(each, budget.currency()));
    }
}
