package org.crm4j.examples.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * What {@link DemoCompany#generate} writes.
 *
 * @param size  how many customers, leads and sales, not null
 * @param clock the clock the CRM was built on, not null; the generator moves it through the history
 * @param end   the end of the history, not null: the history covers the {@value #HISTORY_MONTHS} UTC months before
 *              {@code end}'s month and that month up to {@code end}; the generator leaves the clock here
 */
public record DemoOptions(DemoSize size, DemoClock clock, Instant end) {

    /**
     * The full months of the sales history: three years, so that a monthly demand forecast sees the season (iced
     * tea's July) three times. With two, the forecasting models held out the last year and chose among
     * non-seasonal models fitted to the first: the quick start's forecast was flat.
     */
    public static final int HISTORY_MONTHS = 36;
    /**
     * The full months of the company's story, the last two years of the history: customers join and lapse,
     * campaigns run, leads come in, tickets are opened. Before it, the customers there at its start were buying
     * for a year already.
     */
    public static final int STORY_MONTHS = 24;

    /** The earliest end: the history must start after 1970. */
    public static final Instant MIN_END = Instant.parse("1973-01-01T00:00:00Z");
    /** The latest end the CRM's dates can hold with room to spare. */
    public static final Instant MAX_END = Instant.parse("9000-01-01T00:00:00Z");
    /** The rule of an end out of range. */
    public static final String END_RANGE = "must be in [1973-01-01T00:00:00Z, 9000-01-01T00:00:00Z)";

    /**
     * @throws ValidationException {@code size}, {@code clock} or {@code end} {@code must not be null};
     *                             {@code end} {@value #END_RANGE}
     */
    public DemoOptions {
        Require.nonNull("size", size);
        Require.nonNull("clock", clock);
        Require.nonNull("end", end);
        if (end.isBefore(MIN_END) || !end.isBefore(MAX_END)) {
            throw new ValidationException("end", END_RANGE, end);
        }
    }

    /**
     * @param size  the size
     * @param clock the CRM's clock; its current time becomes the end of the history
     * @return the options
     */
    public static DemoOptions of(DemoSize size, DemoClock clock) {
        return new DemoOptions(size, clock, Require.nonNull("clock", clock).instant());
    }

    /**
     * @param value the end of the history
     * @return a copy ending there
     */
    public DemoOptions withEnd(Instant value) {
        return new DemoOptions(size, clock, value);
    }

    /** @return the first month of the history ({@value #HISTORY_MONTHS} months before the end's month) */
    public YearMonth firstMonth() {
        return YearMonth.from(end.atOffset(ZoneOffset.UTC)).minusMonths(HISTORY_MONTHS);
    }

    /** @return the start of the history: midnight UTC on the first day of {@link #firstMonth()} */
    public Instant start() {
        return firstMonth().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** @return the first month of the story ({@value #STORY_MONTHS} months before the end's month) */
    public YearMonth storyFirstMonth() {
        return YearMonth.from(end.atOffset(ZoneOffset.UTC)).minusMonths(STORY_MONTHS);
    }

    /** @return the start of the story: midnight UTC on the first day of {@link #storyFirstMonth()} */
    public Instant storyStart() {
        return storyFirstMonth().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
