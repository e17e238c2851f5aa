package org.crm4j.core.insight;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.crm4j.core.Money;

/**
 * One acquisition cohort of {@link RetentionCohorts}: the customers whose first purchase fell in {@code month},
 * followed month by month. Period {@code p} is the month {@code month + p}; period 0 is the acquisition month.
 *
 * @param month      the acquisition month (UTC)
 * @param customers  the number of customers acquired, {@code >= 1}
 * @param retained   per period, the share of the cohort with at least one purchase in that month (period 0 is 1)
 * @param revenue    per period, the cohort's net revenue in that month (returns subtracted)
 * @param repeatRate the share of the cohort with more than one purchase (sale) up to the end of the observation
 */
public record Cohort(YearMonth month, int customers, List<Double> retained, List<Money> revenue,
        double repeatRate) {

    /** Copies the lists. */
    public Cohort {
        Objects.requireNonNull(month, "month");
        retained = List.copyOf(retained);
        revenue = List.copyOf(revenue);
    }
}
