package org.crm4j.core.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Money;
import org.crm4j.core.Require;

/**
 * The response figures of a campaign.
 *
 * @param campaign  the campaign, not null
 * @param members   how many customers it targeted, not negative
 * @param responded how many of them responded, in {@code [converted, members]}
 * @param converted how many of them converted, in {@code [0, responded]}
 * @param budget    the campaign's budget, not null
 */
public record CampaignResults(CampaignId campaign, int members, int responded, int converted, Money budget) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if {@code 0 <= converted <= responded <= members} does not hold
     */
    public CampaignResults {
        Require.nonNull("campaign", campaign);
        Require.nonNull("budget", budget);
        if (converted < 0 || responded < converted || members < responded) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "counts must satisfy 0 <= converted <= responded <= members, was %d, %d, %d", converted,
                    responded, members));
        }
    }

    /**
     * The share of members who responded.
     *
     * @return {@code responded / members}, 0 when there are no members
     */
    public double responseRate() {
        return members == 0 ? 0.0 : (double) responded / members;
    }

    /**
     * The share of members who converted.
     *
     * @return {@code converted / members}, 0 when there are no members
     */
    public double conversionRate() {
        return members == 0 ? 0.0 : (double) converted / members;
    }

    /**
     * The budget spent per conversion, rounded half-even to the currency's minor unit.
     *
     * @return {@code budget / converted}, or empty when nobody converted
     */
    public Optional<Money> costPerConversion() {
        if (converted == 0) {
            return Optional.empty();
        }
        int digits = Math.max(budget.currency().getDefaultFractionDigits(), 0);
        BigDecimal each = budget.amount().divide(BigDecimal.valueOf(converted), digits, RoundingMode.HALF_EVEN);
        return Optional.of(new Money(each, budget.currency()));
    }
}
