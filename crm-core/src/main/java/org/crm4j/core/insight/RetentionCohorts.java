package org.crm4j.core.insight;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of {@link InsightService#retention(CohortOptions)}: monthly or weekly acquisition cohorts × periods
 * since the first purchase (share retained, revenue, repeat-purchase rate) and the revenue deciles of the cohorts'
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

    /** @return the cohorts with at least one customer, by start */
    public List<Cohort> cohorts() {
        return cohorts;
    }

    /** @return the ten revenue deciles, decile 1 (highest revenue) first */
    public List<RevenueDecile> revenueDeciles() {
        return deciles;
    }

    /** @return the table in plain language: one line per cohort with its retention by period */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d %s cohorts of customers who first bought in %s in the %ss starting %s to %s.", cohorts.size(),
                options.period() == CohortPeriod.MONTH ? "monthly" : "weekly", options.currency().getCurrencyCode(),
                options.period().name().toLowerCase(Locale.ROOT), options.from(), options.to()));
        for (Cohort c : cohorts) {
            text.append(String.format(Locale.ROOT, "%n%s: %d customers, %.1f %% bought more than once; retained",
                    c.start(), c.customers(), 100 * c.repeatRate()));
            String unit = options.period().name().toLowerCase(Locale.ROOT);
            for (int p = 0; p < c.retained().size(); p++) {
                text.append(String.format(Locale.ROOT, " %s %d: %.1f %%", unit, p,
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
