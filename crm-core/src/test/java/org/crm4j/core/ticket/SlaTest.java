package org.crm4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

/** SLA policies and measures of one target, on Monday to Friday 09:00–17:00 in Berlin (2026-03-02 a Monday). */
class SlaTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessCalendar OFFICE = BusinessCalendar.builder(BERLIN)
            .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    private static final Instant OPENED = berlin("2026-03-02T15:00");

    private static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    private static SlaTargets targets(long firstResponseHours, long resolutionHours) {
        return new SlaTargets(Duration.ofHours(firstResponseHours), Duration.ofHours(resolutionHours));
    }

    private static SlaPolicy.Builder everyPriority() {
        SlaPolicy.Builder builder = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            builder.targets(priority, targets(8 - 2L * priority.ordinal(), 40 - 8L * priority.ordinal()));
        }
        return builder;
    }

    @Test
    void policy_givesThePriorityTargets_unlessTheCategoryHasItsOwn() {
        SlaPolicy policy = everyPriority().targets("BILLING", TicketPriority.URGENT, targets(1, 4)).build();

        assertEquals(targets(2, 16), policy.targetsFor("DELIVERY", TicketPriority.URGENT));
        assertEquals(targets(1, 4), policy.targetsFor("BILLING", TicketPriority.URGENT));
        assertEquals(targets(8, 40), policy.targetsFor("BILLING", TicketPriority.LOW));
    }

    @Test
    void policy_withoutAPriority_isRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> SlaPolicy.builder()
                .targets(TicketPriority.NORMAL, targets(4, 16)).build());
        assertEquals("targets.LOW", e.field());
        assertEquals(SlaPolicy.EVERY_PRIORITY, e.rule());
    }

    @Test
    void targets_outOfOrderOrNotPositive_areRefused() {
        ValidationException order = assertThrows(ValidationException.class, () -> targets(8, 4));
        assertEquals("resolution", order.field());
        assertEquals("must not be shorter than firstResponse", order.rule());
        ValidationException zero = assertThrows(ValidationException.class,
                () -> new SlaTargets(Duration.ZERO, Duration.ofHours(1)));
        assertEquals("firstResponse", zero.field());
        assertEquals("must be positive", zero.rule());
    }

    @Test
    void running_showsDueTimeAndTimeLeft() {
        SlaMeasure measure = SlaMeasure.of(OFFICE, OPENED, Duration.ofHours(4), List.of(), Optional.empty(),
                berlin("2026-03-02T16:30"));

        assertEquals(SlaMeasure.State.RUNNING, measure.state());
        assertEquals(Optional.of(berlin("2026-03-03T11:00")), measure.due());
        assertEquals(Duration.ofMinutes(90), measure.elapsed());
        assertEquals(Duration.ofMinutes(150), measure.left());
    }

    @Test
    void notAchievedAfterTheDueTime_isBreached_withNegativeTimeLeft() {
        SlaMeasure measure = SlaMeasure.of(OFFICE, OPENED, Duration.ofHours(4), List.of(), Optional.empty(),
                berlin("2026-03-03T12:00"));

        assertTrue(measure.breached());
        assertEquals(Duration.ofHours(-1), measure.left());
    }

    @Test
    void dueOnFridayEvening_isBreachedOnSaturday_thoughNoBusinessTimePassed() {
        Instant friday = berlin("2026-03-06T13:00");
        SlaMeasure measure = SlaMeasure.of(OFFICE, friday, Duration.ofHours(4), List.of(), Optional.empty(),
                berlin("2026-03-07T10:00"));

        assertEquals(Optional.of(berlin("2026-03-06T17:00")), measure.due());
        assertEquals(Duration.ZERO, measure.left());
        assertTrue(measure.breached());
    }

    @Test
    void achievedInTime_isMet_andStopsTheClock() {
        SlaMeasure measure = SlaMeasure.of(OFFICE, OPENED, Duration.ofHours(4),
                List.of(), Optional.of(berlin("2026-03-03T10:00")), berlin("2026-03-20T10:00"));

        assertEquals(SlaMeasure.State.MET, measure.state());
        assertEquals(Duration.ofHours(3), measure.elapsed());
        assertEquals(Duration.ofHours(1), measure.left());
    }

    @Test
    void waitingForTheCustomer_pausesTheTarget_andShiftsTheDueTime() {
        List<Pause> waiting = List.of(Pause.between(berlin("2026-03-02T16:00"), berlin("2026-03-04T09:00")));
        SlaMeasure resumed = SlaMeasure.of(OFFICE, OPENED, Duration.ofHours(4), waiting, Optional.empty(),
                berlin("2026-03-04T10:00"));
        SlaMeasure paused = SlaMeasure.of(OFFICE, OPENED, Duration.ofHours(4),
                List.of(Pause.since(berlin("2026-03-02T16:00"))), Optional.empty(), berlin("2026-03-10T10:00"));

        assertEquals(Optional.of(berlin("2026-03-04T12:00")), resumed.due());
        assertEquals(SlaMeasure.State.RUNNING, resumed.state());
        assertEquals(Duration.ofHours(2), resumed.left());
        assertEquals(SlaMeasure.State.PAUSED, paused.state());
        assertEquals(Optional.empty(), paused.due());
        assertEquals(Duration.ofHours(3), paused.left());
    }

    @Test
    void measureBeforeTheStart_isRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> SlaMeasure.of(OFFICE, OPENED,
                Duration.ofHours(4), List.of(), Optional.empty(), OPENED.minusSeconds(1)));
        assertEquals("now", e.field());
        assertEquals("must not be before started", e.rule());
    }
}
