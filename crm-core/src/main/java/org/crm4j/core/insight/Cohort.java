package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.crm4j.core.Money;

/**
 * One acquisition cohort of {@link RetentionCohorts}: the customers whose first purchase fell in the period (month
 * or week, {@link CohortOptions#period()}) starting at {@code start}, followed period by period. Period {@code p}
 * starts {@code p} months or weeks after {@code start}; period 0 is the acquisition period.
 *
 * @param start      the first day of the acquisition period (UTC): the first of a month, or a Monday
 * @param customers  the number of customers acquired, {@code >= 1}
 * @param retained   per period, the share of the cohort with at least one purchase in that period (period 0 is 1)
 * @param revenue    per period, the cohort's net revenue in that period (returns subtracted)
 * @param repeatRate the share of the cohort with more than one purchase (sale) up to the end of the observation
 */
public record Cohort(LocalDate start, int customers, List<Double> retained, List<Money> revenue,
        double repeatRate) {

    /** Copies the lists. */
    public Cohort {
        Objects.requireNonNull(start, "start");
        retained = List.copyOf(retained);
        revenue = List.copyOf(revenue);
    }
}
