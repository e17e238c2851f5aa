package org.crm4j.core.insight;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of {@link InsightService#retention(CohortOptions)}: monthly acquisition cohorts × months since the
 * first purchase (share retained, revenue, repeat-purchase rate) and the revenue deciles of the cohorts'
 * customers. Immutable and thread-safe.
 */
public final class RetentionCohorts {

    private final CohortOptions options;
    private final List<Cohort> cohorts;
    private final List<RevenueDecile> deciles;

    RetentionCohorts(CohortOptions options, List<Cohort> cohorts, List<RevenueDecile> deciles) {
        this.options = Objects.requireNonNull(options, "options");
        this.cohorts = List.copyOf(cohorts);
        this.deciles = List.copyOf(deciles);
    }

    /** @return the options */
    public CohortOptions options() {
        return options;
    }

    /** @return the cohorts with at least one customer, by month */
    public List<Cohort> cohorts() {
        return cohorts;
    }

    /** @return the ten revenue deciles, decile 1 (highest revenue) first */
    public List<RevenueDecile> revenueDeciles() {
        return deciles;
    }

    /** @return the table in plain language: one line per cohort with its retention by month */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d monthly cohorts of customers who first bought in %s between %s and %s.",
                cohorts.size(), options.currency().getCurrencyCode(), options.from(), options.to()));
        for (Cohort c : cohorts) {
            text.append(String.format(Locale.ROOT, "%n%s: %d customers, %.1f %% bought more than once; retained",
                    c.month(), c.customers(), 100 * c.repeatRate()));
            for (int p = 0; p < c.retained().size(); p++) {
                text.append(String.format(Locale.ROOT, " month %d: %.1f %%", p,
                        100 * c.retained().get(p)));
            }
            text.append('.');
        }
        if (!deciles.isEmpty() && !Double.isNaN(deciles.get(0).revenueShare())) {
            text.append(String.format(Locale.ROOT, "%nThe top tenth of these customers brings %.1f %% of their revenue.",
                    100 * deciles.get(0).revenueShare()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "RetentionCohorts[" + cohorts.size() + " cohorts, " + options + "]";
    }
}
