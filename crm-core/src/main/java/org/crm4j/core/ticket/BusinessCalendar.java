package org.crm4j.core.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Working hours per weekday in one time zone, minus holidays: the calendar in which SLA targets are measured.
 *
 * <pre>{@code
 * BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
 *         .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))   // ... one call per window
 *         .holiday(LocalDate.of(2026, 10, 3))
 *         .annualHoliday(MonthDay.of(12, 25))
 *         .build();
 * Instant due = office.plus(openedAt, Duration.ofHours(8));                 // eight working hours later
 * }</pre>
 *
 * <p><b>Business time</b> is real elapsed time (an {@link Instant} difference) inside working windows. A window is
 * {@code [start, end)} in local time of the calendar's zone on a day that is no holiday; {@code end} may be
 * {@link LocalTime#MIDNIGHT} for "until the end of the day". Local times are turned into instants with
 * {@link ZonedDateTime#of(LocalDate, LocalTime, ZoneId)}: a time in a daylight-saving gap moves forward by the gap's
 * length, a time in an overlap takes the earlier offset. So on the day clocks go forward a window 00:00–06:00 holds
 * five hours, on the day they go back seven.
 *
 * <p><b>Refused calendars</b> ({@link ValidationException}): one without any working window ({@code hours},
 * {@code "must have at least one working window"}); a window that does not end after it starts or overlaps another
 * of the same day ({@code hours.MONDAY}); and annual holidays that, with the weekdays without hours, leave some year
 * of the 400-year Gregorian cycle without a working day ({@code annualHolidays},
 * {@code "must leave a working day in every year"}), because a target could then never be reached. Dated holidays
 * are finitely many, so with that rule every target is reached.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** The rule of a calendar without working hours. */
    public static final String NO_HOURS = "must have at least one working window";
    /** The rule of annual holidays that leave a year without working days. */
    public static final String UNREACHABLE = "must leave a working day in every year";

    /** The Gregorian calendar repeats its weekdays every 400 years. */
    private static final int GREGORIAN_CYCLE_YEARS = 400;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Window>> hours;
    private final Set<LocalDate> holidays;
    private final Set<MonthDay> annualHolidays;

    private BusinessCalendar(Builder builder) {
        this.zone = builder.zone;
        EnumMap<DayOfWeek, List<Window>> copy = new EnumMap<>(DayOfWeek.class);
        builder.hours.forEach((day, windows) -> {
            List<Window> sorted = new ArrayList<>(windows);
            sorted.sort(Comparator.comparing(Window::start));
            copy.put(day, List.copyOf(sorted));
        });
        this.hours = Collections.unmodifiableMap(copy);
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(builder.holidays));
        this.annualHolidays = Collections.unmodifiableSet(new TreeSet<>(builder.annualHolidays));
    }

    /**
     * @param zone the time zone of the working hours, not null
     * @return a builder of a calendar in that zone
     * @throws ValidationException {@code zone} {@code must not be null}
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Require.nonNull("zone", zone));
    }

    /** @return the time zone of the working hours */
    public ZoneId zone() {
        return zone;
    }

    /**
     * @param date a day, not null
     * @return whether the day has working hours (its weekday has windows and it is no holiday)
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return hours.containsKey(date.getDayOfWeek()) && !holidays.contains(date)
                && !annualHolidays.contains(MonthDay.from(date));
    }

    /**
     * The business time in {@code [from, to)}.
     *
     * @param from the start, not null
     * @param to   the end, not null, not before {@code from}
     * @return the working time between them, zero or positive
     * @throws ValidationException {@code to} {@code must not be before from}
     */
    public Duration between(Instant from, Instant to) {
        return between(from, to, List.of());
    }

    /**
     * The business time in {@code [from, to)} outside the pauses.
     *
     * @param from   the start, not null
     * @param to     the end, not null, not before {@code from}
     * @param pauses when the clock stood still, in any order, may overlap; not null
     * @return the working time between them outside the pauses, zero or positive
     * @throws ValidationException {@code to} {@code must not be before from}; {@code pauses} {@code must not be null}
     */
    public Duration between(Instant from, Instant to, List<Pause> pauses) {
        Require.period("from", from, "to", to);
        List<Instant[]> stopped = merge(pauses);
        long nanos = 0;
        for (LocalDate day = LocalDate.ofInstant(from, zone).minusDays(1);
             !day.isAfter(LocalDate.ofInstant(to, zone)); day = day.plusDays(1)) {
            for (Instant[] segment : segments(day)) {
                Instant start = max(segment[0], from);
                Instant end = min(segment[1], to);
                if (start.isBefore(end)) {
                    nanos += running(start, end, stopped);
                }
            }
        }
        return Duration.ofNanos(nanos);
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}: the earliest {@code t}
     * with {@code between(start, t) == amount}, so a target that ends with a working window ends at its end, not at
     * the start of the next one.
     *
     * @param start  when the clock started, not null
     * @param amount the business time, not null, not negative
     * @return the due instant; {@code start} itself for a zero amount
     * @throws ValidationException {@code amount} {@code must not be negative}
     */
    public Instant plus(Instant start, Duration amount) {
        return plus(start, amount, List.of()).orElseThrow();
    }

    /**
     * Like {@link #plus(Instant, Duration)}, with the clock standing still during the pauses.
     *
     * @param start  when the clock started, not null
     * @param amount the business time, not null, not negative
     * @param pauses when the clock stood still, in any order, may overlap; not null
     * @return the due instant, or empty if an open pause begins before the amount has passed (the due time is then
     *         not known yet)
     * @throws ValidationException {@code amount} {@code must not be negative}; {@code pauses} {@code must not be null}
     */
    public Optional<Instant> plus(Instant start, Duration amount, List<Pause> pauses) {
        Require.nonNull("start", start);
        Require.nonNull("amount", amount);
        if (amount.isNegative()) {
            throw new ValidationException("amount", "must not be negative", amount);
        }
        List<Instant[]> stopped = merge(pauses);
        long left = amount.toNanos();
        if (left == 0) {
            return Optional.of(start);
        }
        for (LocalDate day = LocalDate.ofInstant(start, zone).minusDays(1); ; day = day.plusDays(1)) {
            for (Instant[] segment : segments(day)) {
                Instant cursor = max(segment[0], start);
                Instant end = segment[1];
                for (Instant[] pause : stopped) {
                    if (!cursor.isBefore(end)) {
                        break;
                    }
                    if (!pause[1].isAfter(cursor)) {
                        continue;
                    }
                    Instant runUntil = min(pause[0], end);
                    if (cursor.isBefore(runUntil)) {
                        long available = Duration.between(cursor, runUntil).toNanos();
                        if (available >= left) {
                            return Optional.of(cursor.plusNanos(left));
                        }
                        left -= available;
                    }
                    if (pause[1].equals(Instant.MAX) && pause[0].isBefore(end)) {
                        return Optional.empty();
                    }
                    cursor = max(cursor, pause[1]);
                }
                if (cursor.isBefore(end)) {
                    long available = Duration.between(cursor, end).toNanos();
                    if (available >= left) {
                        return Optional.of(cursor.plusNanos(left));
                    }
                    left -= available;
                }
            }
        }
    }

    /** @return the working windows of a day as instants, in order; none on holidays */
    private List<Instant[]> segments(LocalDate day) {
        if (!isWorkingDay(day)) {
            return List.of();
        }
        List<Instant[]> result = new ArrayList<>(2);
        for (Window window : hours.get(day.getDayOfWeek())) {
            Instant start = ZonedDateTime.of(day, window.start(), zone).toInstant();
            Instant end = window.end().equals(LocalTime.MIDNIGHT)
                    ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, window.end(), zone).toInstant();
            if (start.isBefore(end)) {
                result.add(new Instant[] {start, end});
            }
        }
        return result;
    }

    /** @return the nanoseconds of {@code [start, end)} outside the merged, sorted pauses */
    private static long running(Instant start, Instant end, List<Instant[]> stopped) {
        long nanos = Duration.between(start, end).toNanos();
        for (Instant[] pause : stopped) {
            Instant from = max(pause[0], start);
            Instant to = min(pause[1], end);
            if (from.isBefore(to)) {
                nanos -= Duration.between(from, to).toNanos();
            }
        }
        return nanos;
    }

    /** @return the pauses as sorted, disjoint {@code [from, to)} pairs; an open pause ends at {@link Instant#MAX} */
    private static List<Instant[]> merge(List<Pause> pauses) {
        Require.nonNull("pauses", pauses);
        List<Instant[]> sorted = new ArrayList<>(pauses.size());
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = Require.nonNull(String.format(Locale.ROOT, "pauses[%d]", i), pauses.get(i));
            sorted.add(new Instant[] {pause.from(), pause.to().orElse(Instant.MAX)});
        }
        sorted.sort(Comparator.comparing(p -> p[0]));
        List<Instant[]> merged = new ArrayList<>(sorted.size());
        for (Instant[] pause : sorted) {
            Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !pause[0].isAfter(last[1])) {
                last[1] = max(last[1], pause[1]);
            } else {
                merged.add(pause.clone());
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public String toString() {
        return "BusinessCalendar[zone=" + zone + ", hours=" + hours + ", holidays=" + holidays
                + ", annualHolidays=" + annualHolidays + "]";
    }

    /** A working window {@code [start, end)} of local time; {@code end} {@link LocalTime#MIDNIGHT} is the day's end. */
    private record Window(LocalTime start, LocalTime end) {

        boolean overlaps(Window other) {
            return start.isBefore(other.endOfDay()) && other.start.isBefore(endOfDay());
        }

        private LocalTime endOfDay() {
            return end.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end;
        }

        @Override
        public String toString() {
            return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
        }
    }

    /** Collects the hours and holidays of a {@link BusinessCalendar}; not thread-safe. */
    public static final class Builder {

        private final ZoneId zone;
        private final Map<DayOfWeek, List<Window>> hours = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<MonthDay> annualHolidays = new TreeSet<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Adds a working window {@code [start, end)} to a weekday; a day may have several that do not overlap.
         *
         * @param day   the weekday, not null
         * @param start the first working moment, local time, not null
         * @param end   the end, local time, after {@code start}, or {@link LocalTime#MIDNIGHT} for the day's end
         * @return this builder
         * @throws ValidationException {@code hours.<DAY>} {@code "must end after it starts"} or
         *                             {@code "must not overlap another window of the day"}
         */
        public Builder hours(DayOfWeek day, LocalTime start, LocalTime end) {
            Require.nonNull("day", day);
            Require.nonNull("start", start);
            Require.nonNull("end", end);
            String field = "hours." + day;
            Window window = new Window(start, end);
            if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
                throw new ValidationException(field, "must end after it starts", window);
            }
            List<Window> windows = hours.computeIfAbsent(day, d -> new ArrayList<>());
            for (Window other : windows) {
                if (window.overlaps(other)) {
                    throw new ValidationException(field, "must not overlap another window of the day", window);
                }
            }
            windows.add(window);
            return this;
        }

        /**
         * Adds one window to several weekdays.
         *
         * @param days  the weekdays, not null
         * @param start the first working moment
         * @param end   the end
         * @return this builder
         * @throws ValidationException as {@link #hours(DayOfWeek, LocalTime, LocalTime)}
         */
        public Builder hours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
            Require.nonNull("days", days).forEach(day -> hours(day, start, end));
            return this;
        }

        /**
         * @param date a day without working hours, not null
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Require.nonNull("holiday", date));
            return this;
        }

        /**
         * @param day a day without working hours in every year, not null
         * @return this builder
         */
        public Builder annualHoliday(MonthDay day) {
            annualHolidays.add(Require.nonNull("annualHoliday", day));
            return this;
        }

        /**
         * @return the calendar
         * @throws ValidationException {@code hours} {@value #NO_HOURS}; {@code annualHolidays} {@value #UNREACHABLE}
         */
        public BusinessCalendar build() {
            if (hours.isEmpty()) {
                throw new ValidationException("hours", NO_HOURS, hours);
            }
            BusinessCalendar calendar = new BusinessCalendar(this);
            for (int year = 2000; year < 2000 + GREGORIAN_CYCLE_YEARS; year++) {
                if (!hasAnnualWorkingDay(calendar, year)) {
                    throw new ValidationException("annualHolidays", UNREACHABLE,
                            annualHolidays + " leave none in " + year);
                }
            }
            return calendar;
        }

        private boolean hasAnnualWorkingDay(BusinessCalendar calendar, int year) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (calendar.hours.containsKey(day.getDayOfWeek())
                        && !calendar.annualHolidays.contains(MonthDay.from(day))) {
                    return true;
                }
            }
            return false;
        }
    }
}
