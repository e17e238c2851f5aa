package org.crm4j.core.insight;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crm4j.core.Money;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.ControlGroup;

/**
 * The result of {@link InsightService#campaignEffect}: how a campaign's contacted members did against its
 * randomly held-out control group. Conversion uplift (difference of proportions), the odds ratio of converting
 * adjusted for pre-campaign recency, purchases and net revenue (logistic regression), the incremental revenue per
 * contacted customer in the campaign window adjusted the same way (least squares), and the return on the budget.
 * Every interval has the options' confidence level. Immutable and thread-safe.
 */
public final class CampaignEffect {

    private final CampaignId campaign;
    private final String name;
    private final EffectOptions options;
    private final ControlGroup controlGroup;
    private final Instant windowStart;
    private final Instant windowEnd;
    private final Money budget;
    private final EffectEstimates estimates;

    CampaignEffect(CampaignId campaign, String name, EffectOptions options, ControlGroup controlGroup,
            Instant windowStart, Instant windowEnd, Money budget, EffectEstimates estimates) {
        this.campaign = Objects.requireNonNull(campaign, "campaign");
        this.name = Objects.requireNonNull(name, "name");
        this.options = Objects.requireNonNull(options, "options");
        this.controlGroup = Objects.requireNonNull(controlGroup, "controlGroup");
        this.windowStart = Objects.requireNonNull(windowStart, "windowStart");
        this.windowEnd = Objects.requireNonNull(windowEnd, "windowEnd");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.estimates = Objects.requireNonNull(estimates, "estimates");
    }

    /** @return the campaign measured */
    public CampaignId campaign() {
        return campaign;
    }

    /** @return the options */
    public EffectOptions options() {
        return options;
    }

    /** @return the campaign's control group (share and seed of the assignment) */
    public ControlGroup controlGroup() {
        return controlGroup;
    }

    /** @return the start of the campaign window: its start date at 00:00 UTC */
    public Instant windowStart() {
        return windowStart;
    }

    /**
     * @return the end of the campaign window, exclusive: the day after its end date at 00:00 UTC, or when it was
     *         finished early or cancelled if that was earlier
     */
    public Instant windowEnd() {
        return windowEnd;
    }

    /** @return the number of contacted members */
    public int contacted() {
        return estimates.contacted();
    }

    /** @return the number of held-out members */
    public int controls() {
        return estimates.controls();
    }

    /** @return the share of contacted members who converted, in {@code [0, 1]} */
    public double contactedConversionRate() {
        return (double) estimates.contactedConversions() / estimates.contacted();
    }

    /** @return the share of held-out members who converted, in {@code [0, 1]} */
    public double controlConversionRate() {
        return (double) estimates.controlConversions() / estimates.controls();
    }

    /** @return the conversion uplift, contacted minus control rate, in {@code [-1, 1]}, with its Wald interval */
    public Interval uplift() {
        return estimates.uplift();
    }

    /**
     * @return the odds ratio of converting when contacted, adjusted for the pre-campaign covariates, with its Wald
     *         interval; above 1 when the campaign helped
     */
    public Interval oddsRatio() {
        return estimates.oddsRatio();
    }

    /** @return the two-sided p-value of the Wald test that the adjusted odds ratio is 1 */
    public double oddsRatioPValue() {
        return estimates.oddsRatioPValue();
    }

    /**
     * @return the incremental net revenue per contacted customer in the campaign window, in the budget's currency
     *         (units, not cents), adjusted for the covariates, with its t interval
     */
    public Interval revenuePerCustomer() {
        return estimates.revenuePerCustomer();
    }

    /** @return the two-sided p-value of the t-test that the incremental revenue per customer is 0 */
    public double revenuePValue() {
        return estimates.revenuePValue();
    }

    /**
     * @return the incremental revenue of the campaign: {@link #revenuePerCustomer()} times the contacted members,
     *         in the budget's currency, with its interval
     */
    public Interval incrementalRevenue() {
        Interval r = estimates.revenuePerCustomer();
        int n = estimates.contacted();
        return new Interval(r.estimate() * n, r.lower() * n, r.upper() * n, r.level());
    }

    /** @return the campaign's budget */
    public Money budget() {
        return budget;
    }

    /**
     * @return the return on investment {@code (incremental revenue − budget) / budget} with the interval that the
     *         incremental revenue's interval gives; NaN throughout when the budget is zero
     */
    public Interval roi() {
        double b = budget.amount().doubleValue();
        if (b == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, options.level());
        }
        Interval r = incrementalRevenue();
        return new Interval((r.estimate() - b) / b, (r.lower() - b) / b, (r.upper() - b) / b, r.level());
    }

    /** @return the covariates the regressions adjusted for (those that varied among the members) */
    public List<String> covariates() {
        return estimates.covariates();
    }

    /** @return the conversion model's {@code summary()} (crm-analytics' logistic regression; x1 is contacted) */
    public String conversionModel() {
        return estimates.conversionModel();
    }

    /** @return the revenue model's {@code summary()} (crm-analytics' least squares; x1 is contacted) */
    public String revenueModel() {
        return estimates.revenueModel();
    }

    /** @return the effect in plain language */
    public String describe() {
        Interval u = uplift();
        Interval or = oddsRatio();
        Interval r = revenuePerCustomer();
        Interval roi = roi();
        String currency = budget.currency().getCurrencyCode();
        int pct = (int) Math.round(100 * options.level());
        return String.format(Locale.ROOT,
                "Campaign \"%s\" contacted %d members and held out %d (%.0f %% control group, seed %d)."
                        + " %.1f %% of the contacted and %.1f %% of the held out converted: an uplift of %+.1f"
                        + " points (%d %% interval %+.1f to %+.1f), %s."
                        + " Adjusted for pre-campaign %s, the odds of converting were %.2f times as high"
                        + " (%.2f to %.2f, p = %.3g)."
                        + " Revenue per contacted customer from %s to %s rose by %.2f %s (%.2f to %.2f, p = %.3g),"
                        + " %.0f %s in all against a budget of %s: ROI %s.",
                name, contacted(), controls(), 100 * controlGroup.share(), controlGroup.seed(),
                100 * contactedConversionRate(), 100 * controlConversionRate(), 100 * u.estimate(), pct,
                100 * u.lower(), 100 * u.upper(),
                u.lower() > 0 ? "so the campaign raised conversion" : u.upper() < 0
                        ? "so the campaign lowered conversion" : "which does not exclude no effect",
                covariates().isEmpty() ? "nothing (no covariate varied)" : String.join(", ", covariates()),
                or.estimate(), or.lower(), or.upper(), oddsRatioPValue(), windowStart, windowEnd, r.estimate(),
                currency, r.lower(), r.upper(), revenuePValue(), incrementalRevenue().estimate(), currency, budget,
                Double.isNaN(roi.estimate()) ? "undefined (no budget)"
                        : String.format(Locale.ROOT, "%.2f (%.2f to %.2f)", roi.estimate(), roi.lower(),
                                roi.upper()));
    }

    @Override
    public String toString() {
        return "CampaignEffect[" + campaign + ", uplift=" + uplift() + ", oddsRatio=" + oddsRatio() + "]";
    }
}
