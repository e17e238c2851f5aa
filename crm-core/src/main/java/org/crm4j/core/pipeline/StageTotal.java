package org.crm4j.core.pipeline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.opportunity.OpportunityStage;

/**
 * One row of the pipeline by stage: the opportunities of one owner in one stage and currency. Immutable.
 *
 * @param owner    the owner
 * @param stage    the stage
 * @param count    how many opportunities, at least 1
 * @param amount   their summed amount
 * @param weighted their summed amount weighted by probability: Σ amount × probability / 100, rounded half-even
 *                 to the currency's digits once
 */
public record StageTotal(UserId owner, OpportunityStage stage, long count, Money amount, Money weighted) {

    /** Checks the components. */
    public StageTotal {
        Require.nonNull("owner", owner);
        Require.nonNull("stage", stage);
        Require.notNegative("count", count);
        Require.nonNull("amount", amount);
        Require.nonNull("weighted", weighted);
    }

    /**
     * The weighted amount of a group: the exact sum of amount × probability (percent) divided by 100, rounded
     * half-even once to the currency's digits. Adapters sum {@code amount * probability} and call this.
     *
     * @param amountTimesPercent Σ amount × probability
     * @param currency           the currency
     * @return the weighted amount
     */
    public static Money weighted(BigDecimal amountTimesPercent, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return Money.of(amountTimesPercent.movePointLeft(2).setScale(digits, RoundingMode.HALF_EVEN), currency);
    }
}
