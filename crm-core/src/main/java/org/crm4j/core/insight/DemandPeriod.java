package org.crm4j.core.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The period unit sales are counted in by {@link InsightService#demand}: ISO weeks (Monday to Sunday, UTC) or UTC
 * calendar months, with the seasonal cycle the models and the seasonal naive forecast use.
 */
public enum DemandPeriod {
    /** ISO weeks starting on Monday (UTC); a seasonal cycle of 52 weeks. */
    WEEK(52),
    /** UTC calendar months; a seasonal cycle of 12 months. */
    MONTH(12);

    private final int seasonalPeriod;

    DemandPeriod(int seasonalPeriod) {
        this.seasonalPeriod = seasonalPeriod;
    }

    /** @return the number of periods in one seasonal cycle: 52 for weeks, 12 for months */
    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    /**
     * @param day a UTC date, not null
     * @return the first day of the period holding it: the Monday of its week, or the first of its month
     */
    public LocalDate startOf(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    /**
     * @param start   the first day of a period, not null
     * @param periods how many periods to move, may be negative
     * @return the first day of the period {@code periods} later
     */
    public LocalDate plus(LocalDate start, long periods) {
        return this == WEEK ? start.plusWeeks(periods) : start.plusMonths(periods);
    }

    /**
     * @param from the first day of a period, not null
     * @param to   the first day of a later (or the same) period, not null
     * @return the number of periods from {@code from} to {@code to}
     */
    public long between(LocalDate from, LocalDate to) {
        return this == WEEK ? ChronoUnit.WEEKS.between(from, to) : ChronoUnit.MONTHS.between(from, to);
    }
}
