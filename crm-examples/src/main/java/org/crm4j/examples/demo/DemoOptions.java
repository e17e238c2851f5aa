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
 * @param end   the end of the history, not null: the history covers the 24 UTC months before {@code end}'s month
 *              and that month up to {@code end}; the generator leaves the clock here
 */
public record DemoOptions(DemoSize size, DemoClock clock, Instant end) {

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

    /** @return the first month of the history (24 months before the end's month) */
    public YearMonth firstMonth() {
        return YearMonth.from(end.atOffset(ZoneOffset.UTC)).minusMonths(24);
    }

    /** @return the start of the history: midnight UTC on the first day of {@link #firstMonth()} */
    public Instant start() {
        return firstMonth().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
