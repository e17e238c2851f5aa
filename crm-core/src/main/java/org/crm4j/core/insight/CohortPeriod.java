package org.crm4j.core.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The length of the acquisition cohorts and of the periods of {@link InsightService#retention(CohortOptions)}. */
public enum CohortPeriod {
    /** UTC calendar months; a period starts on the first day of a month. */
    MONTH(ChronoUnit.MONTHS),
    /** ISO weeks in UTC, Monday to Sunday; a period starts on a Monday. */
    WEEK(ChronoUnit.WEEKS);

    private final ChronoUnit unit;

    CohortPeriod(ChronoUnit unit) {
        this.unit = unit;
    }

    /**
     * @param from the start of a period
     * @param to   the start of a later (or the same) period
     * @return the number of whole periods from {@code from} to {@code to}
     */
    long between(LocalDate from, LocalDate to) {
        return unit.between(from, to);
    }

    /** @return the start of the period {@code n} periods after the one starting at {@code start} */
    LocalDate plus(LocalDate start, long n) {
        return start.plus(n, unit);
    }
}
