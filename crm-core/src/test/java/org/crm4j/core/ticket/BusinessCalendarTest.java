package org.crm4j.core.ticket;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Business time of hand-worked examples (expected values worked out on a paper calendar: 2026-03-02 is a Monday,
 * 2026-03-29 and 2026-10-25 are the last Sundays of March and October, when Europe/Berlin moves to and from
 * summer time).
 */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE = LocalTime.of(17, 0);

    private static BusinessCalendar.Builder office(ZoneId zone) {
        return BusinessCalendar.builder(zone).hours(WEEKDAYS, NINE, FIVE);
    }

    private static final BusinessCalendar OFFICE = office(BERLIN).build();

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    private static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    @Test
    void plus_withinOneDay() {
        assertEquals(berlin("2026-03-02T12:00"), OFFICE.plus(berlin("2026-03-02T10:00"), hours(2)));
    }

    @Test
    void plus_overNight_continuesAtNextOpening() {
        assertEquals(berlin("2026-03-03T10:00"), OFFICE.plus(berlin("2026-03-02T16:00"), hours(2)));
    }

    @Test
    void plus_overWeekend_continuesOnMonday() {
        assertEquals(berlin("2026-03-09T10:00"), OFFICE.plus(berlin("2026-03-06T16:00"), hours(2)));
        assertEquals(hours(2), OFFICE.between(berlin("2026-03-06T16:00"), berlin("2026-03-09T10:00")));
    }

    @Test
    void plus_endingWithAWindow_endsAtItsEnd() {
        assertEquals(berlin("2026-03-02T17:00"), OFFICE.plus(berlin("2026-03-02T09:00"), hours(8)));
        assertEquals(berlin("2026-03-03T17:00"), OFFICE.plus(berlin("2026-03-02T09:00"), hours(16)));
    }

    @Test
    void plus_startingOutsideHours_startsAtNextOpening() {
        assertEquals(berlin("2026-03-09T10:00"), OFFICE.plus(berlin("2026-03-07T12:00"), hours(1)));
        assertEquals(berlin("2026-03-02T10:00"), OFFICE.plus(berlin("2026-03-02T07:00"), hours(1)));
        assertEquals(berlin("2026-03-03T10:00"), OFFICE.plus(berlin("2026-03-02T19:00"), hours(1)));
    }

    @Test
    void plus_zero_isTheStart() {
        assertEquals(berlin("2026-03-07T12:00"), OFFICE.plus(berlin("2026-03-07T12:00"), Duration.ZERO));
    }

    @Test
    void between_countsOnlyWorkingWindows() {
        assertEquals(hours(40), OFFICE.between(berlin("2026-03-02T00:00"), berlin("2026-03-09T00:00")));
        assertEquals(Duration.ZERO, OFFICE.between(berlin("2026-03-07T08:00"), berlin("2026-03-08T20:00")));
        assertEquals(Duration.ofMinutes(90), OFFICE.between(berlin("2026-03-02T16:30"), berlin("2026-03-03T10:00")));
    }

    @Test
    void lunchBreak_splitsTheDay() {
        BusinessCalendar split = BusinessCalendar.builder(BERLIN)
                .hours(WEEKDAYS, LocalTime.of(13, 0), FIVE)
                .hours(WEEKDAYS, NINE, LocalTime.of(12, 0))
                .build();

        assertEquals(berlin("2026-03-02T14:00"), split.plus(berlin("2026-03-02T11:00"), hours(2)));
        assertEquals(hours(7), split.between(berlin("2026-03-02T00:00"), berlin("2026-03-03T00:00")));
    }

    @Test
    void datedHolidays_haveNoHours() {
        BusinessCalendar easter = office(BERLIN).holiday(LocalDate.of(2026, 4, 3)).holiday(LocalDate.of(2026, 4, 6))
                .build();

        assertEquals(berlin("2026-04-07T10:00"), easter.plus(berlin("2026-04-02T16:00"), hours(2)));
        assertEquals(hours(2), easter.between(berlin("2026-04-02T16:00"), berlin("2026-04-07T10:00")));
        assertFalse(easter.isWorkingDay(LocalDate.of(2026, 4, 6)));
        assertTrue(easter.isWorkingDay(LocalDate.of(2026, 4, 7)));
    }

    @Test
    void annualHolidays_recurEveryYear() {
        BusinessCalendar christmas = office(BERLIN).annualHoliday(MonthDay.of(12, 25)).build();

        assertEquals(berlin("2026-12-28T10:00"), christmas.plus(berlin("2026-12-24T16:00"), hours(2)));
        assertEquals(berlin("2027-12-27T10:00"), christmas.plus(berlin("2027-12-24T16:00"), hours(2)));
        assertFalse(christmas.isWorkingDay(LocalDate.of(2030, 12, 25)));
    }

    @Test
    void timeZone_placesTheHours() {
        BusinessCalendar newYork = office(ZoneId.of("America/New_York")).build();
        Instant start = Instant.parse("2026-03-02T08:00:00Z");   // 09:00 in Berlin, 03:00 in New York

        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), OFFICE.plus(start, hours(1)));
        assertEquals(Instant.parse("2026-03-02T15:00:00Z"), newYork.plus(start, hours(1)));
    }

    @Test
    void springForward_shortensTheDay() {
        BusinessCalendar always = BusinessCalendar.builder(BERLIN)
                .hours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();
        BusinessCalendar sundayNight = BusinessCalendar.builder(BERLIN)
                .hours(SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)).build();

        assertEquals(hours(23), always.between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")));
        assertEquals(hours(5), sundayNight.between(Instant.parse("2026-03-28T00:00:00Z"),
                Instant.parse("2026-03-30T00:00:00Z")));
        // 00:00 CET is 23:00Z; five real hours later it is 06:00 CEST = 04:00Z
        assertEquals(Instant.parse("2026-03-29T04:00:00Z"),
                sundayNight.plus(Instant.parse("2026-03-28T12:00:00Z"), hours(5)));
    }

    @Test
    void fallBack_lengthensTheDay() {
        BusinessCalendar always = BusinessCalendar.builder(BERLIN)
                .hours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();
        BusinessCalendar sundayNight = BusinessCalendar.builder(BERLIN)
                .hours(SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0)).build();

        assertEquals(hours(25), always.between(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00")));
        assertEquals(hours(7), sundayNight.between(Instant.parse("2026-10-24T00:00:00Z"),
                Instant.parse("2026-10-26T00:00:00Z")));
    }

    @Test
    void officeHours_overDaylightSavingWeekend_countWorkingHoursOnly() {
        // Friday 16:00 CET = 15:00Z; Monday 10:00 CEST = 08:00Z: 65 real hours, 2 business hours
        assertEquals(Instant.parse("2026-03-30T08:00:00Z"), OFFICE.plus(Instant.parse("2026-03-27T15:00:00Z"), hours(2)));
        assertEquals(hours(2), OFFICE.between(Instant.parse("2026-03-27T15:00:00Z"),
                Instant.parse("2026-03-30T08:00:00Z")));
        // and back: Friday 16:00 CEST = 14:00Z, Monday 10:00 CET = 09:00Z
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"), OFFICE.plus(Instant.parse("2026-10-23T14:00:00Z"), hours(2)));
    }

    @Test
    void pauseOverNight_stopsTheClock() {
        List<Pause> waiting = List.of(Pause.between(berlin("2026-03-02T16:30"), berlin("2026-03-03T11:00")));

        assertEquals(Optional.of(berlin("2026-03-03T12:30")), OFFICE.plus(berlin("2026-03-02T16:00"), hours(2), waiting));
        assertEquals(hours(2), OFFICE.between(berlin("2026-03-02T16:00"), berlin("2026-03-03T12:30"), waiting));
        assertEquals(Duration.ofMinutes(270),
                OFFICE.between(berlin("2026-03-02T16:00"), berlin("2026-03-03T12:30")));
    }

    @Test
    void pauseOverWeekend_stopsTheClock() {
        List<Pause> waiting = List.of(Pause.between(berlin("2026-03-06T16:00"), berlin("2026-03-09T10:00")));

        assertEquals(Optional.of(berlin("2026-03-09T12:00")), OFFICE.plus(berlin("2026-03-06T15:00"), hours(3), waiting));
        assertEquals(hours(1), OFFICE.between(berlin("2026-03-06T15:00"), berlin("2026-03-09T10:00"), waiting));
    }

    @Test
    void overlappingPauses_countOnce() {
        List<Pause> waiting = List.of(Pause.between(berlin("2026-03-02T11:00"), berlin("2026-03-02T13:00")),
                Pause.between(berlin("2026-03-02T10:00"), berlin("2026-03-02T12:00")));

        assertEquals(hours(5), OFFICE.between(berlin("2026-03-02T09:00"), berlin("2026-03-02T17:00"), waiting));
        assertEquals(Optional.of(berlin("2026-03-02T15:00")), OFFICE.plus(berlin("2026-03-02T09:00"), hours(3), waiting));
    }

    @Test
    void openPause_beforeTheDueTime_leavesItUnknown() {
        List<Pause> waiting = List.of(Pause.since(berlin("2026-03-02T11:00")));

        assertEquals(Optional.empty(), OFFICE.plus(berlin("2026-03-02T09:00"), hours(8), waiting));
        assertEquals(hours(2), OFFICE.between(berlin("2026-03-02T09:00"), berlin("2026-03-05T12:00"), waiting));
        assertEquals(Optional.of(berlin("2026-03-02T10:00")), OFFICE.plus(berlin("2026-03-02T09:00"), hours(1), waiting));
    }

    @Test
    void plusAndBetween_areInverse() {
        BusinessCalendar calendar = office(BERLIN).annualHoliday(MonthDay.of(12, 25)).holiday(LocalDate.of(2026, 3, 30))
                .hours(SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)).build();
        long year = Duration.ofDays(365).toMinutes();
        qt().withFixedSeed(20261204L).withExamples(300)
                .forAll(longs().between(0, year), longs().between(0, 200 * 60))
                .checkAssert((startMinute, amountMinutes) -> {
                    Instant start = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(startMinute));
                    Duration amount = Duration.ofMinutes(amountMinutes);
                    Instant due = calendar.plus(start, amount);
                    assertEquals(amount, calendar.between(start, due));
                    if (amountMinutes > 0) {
                        assertTrue(calendar.between(start, due.minusSeconds(1)).compareTo(amount) < 0);
                    }
                });
    }

    @Test
    void build_withoutHours_isRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> BusinessCalendar.builder(BERLIN).build());
        assertEquals("hours", e.field());
        assertEquals(BusinessCalendar.NO_HOURS, e.rule());
    }

    @Test
    void hours_endingBeforeTheyStart_areRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> BusinessCalendar.builder(BERLIN).hours(MONDAY, FIVE, NINE));
        assertEquals("hours.MONDAY", e.field());
        assertEquals("must end after it starts", e.rule());
    }

    @Test
    void overlappingHours_areRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> office(BERLIN).hours(TUESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)));
        assertEquals("hours.TUESDAY", e.field());
        assertEquals("must not overlap another window of the day", e.rule());
    }

    @Test
    void annualHolidays_leavingAYearWithoutWorkingDays_areRefused() {
        // every day but 1 June: 1 June 2025 is a Sunday, so 2025 would have no working day
        BusinessCalendar.Builder allButJune1 = office(BERLIN);
        BusinessCalendar.Builder allButJune1To3 = office(BERLIN);
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            MonthDay day = MonthDay.from(d);
            if (!day.equals(MonthDay.of(6, 1))) {
                allButJune1.annualHoliday(day);
            }
            if (d.getMonthValue() != 6 || d.getDayOfMonth() > 3) {
                allButJune1To3.annualHoliday(day);
            }
        }

        ValidationException e = assertThrows(ValidationException.class, allButJune1::build);
        assertEquals("annualHolidays", e.field());
        assertEquals(BusinessCalendar.UNREACHABLE, e.rule());
        // of three days in a row one is a weekday in every year
        BusinessCalendar june = allButJune1To3.build();
        assertEquals(berlin("2026-06-01T10:00"), june.plus(berlin("2025-06-04T09:00"), hours(1)));
    }

    @Test
    void badArguments_areRefused() {
        ValidationException negative = assertThrows(ValidationException.class,
                () -> OFFICE.plus(berlin("2026-03-02T09:00"), hours(-1)));
        assertEquals("amount", negative.field());
        ValidationException backwards = assertThrows(ValidationException.class,
                () -> OFFICE.between(berlin("2026-03-02T09:00"), berlin("2026-03-02T08:00")));
        assertEquals("to", backwards.field());
        assertEquals("must not be before from", backwards.rule());
        ValidationException pause = assertThrows(ValidationException.class,
                () -> Pause.between(berlin("2026-03-02T09:00"), berlin("2026-03-02T08:00")));
        assertEquals("to", pause.field());
    }
}
