package org.crm4j.core.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The length of the periods of {@link ReportService#salesByPeriod}: UTC calendar days, ISO weeks or months. */
public enum SalesPeriod {
    /** One UTC calendar day. */
    DAY("must be a day"),
    /** One ISO week, Monday to Sunday (UTC days). */
    WEEK("must be a Monday to start or end WEEK periods"),
    /** One calendar month (UTC days). */
    MONTH("must be the first day of a month to start or end MONTH periods");

    private final String startRule;

    SalesPeriod(String startRule) {
        this.startRule = startRule;
    }

    /**
     * @param day a day
     * @return whether a period of this length starts on it (every day for DAY)
     */
    public boolean startsOn(LocalDate day) {
        return switch (this) {
            case DAY -> true;
            case WEEK -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> day.getDayOfMonth() == 1;
        };
    }

    /** @return the rule of a period end on which no period of this length starts */
    public String startRule() {
        return startRule;
    }

    /**
     * @param start the first day of a period
     * @return the first day of the next period
     */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /**
     * @param start the first day of a period
     * @return the first day of the period before
     */
    public LocalDate previous(LocalDate start) {
        return switch (this) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
        };
    }

    /**
     * @param day any day
     * @return the first day of the period holding it
     */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /**
     * @param from the first day of the first period
     * @param to   the first day after the last period, not before {@code from}, both period starts
     * @return how many periods {@code [from, to)} holds
     */
    public long count(LocalDate from, LocalDate to) {
        return switch (this) {
            case DAY -> ChronoUnit.DAYS.between(from, to);
            case WEEK -> ChronoUnit.WEEKS.between(from, to);
            case MONTH -> ChronoUnit.MONTHS.between(from, to);
        };
    }
}
