package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.ticket.BacklogBucket;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.CategoryMonth;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.MeasuredTime;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.ReopenRate;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.ServiceTime;
import org.crm4j.core.ticket.ServiceTimeStats;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketGrouping;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketReportService;
import org.crm4j.core.ticket.TicketService;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer-service metrics ({@link TicketReportService}) on four tickets worked out by hand, over any adapter's
 * ports. Office hours Monday to Friday 09:00-17:00 UTC; HIGH tickets 30 min to respond and 4 h to resolve, the
 * others 1 h and 8 h. From Monday 2 March 2026:
 * <ul>
 *   <li>A (COMPLAINT, HIGH, team billing): opened Mon 09:00, replied 09:20 (1 200 s, met), resolved 11:00
 *       (7 200 s, met);</li>
 *   <li>B (COMPLAINT, NORMAL): opened Mon 16:30, replied Tue 09:40 (30 + 40 min = 4 200 s, breached), resolved
 *       Wed 10:00 (0.5 + 8 + 1 h = 34 200 s, breached);</li>
 *   <li>C (QUESTION, LOW): opened Tue 10:00, PENDING 11:00 to Wed 09:00, resolved Wed 10:00, reopened Wed 12:00,
 *       resolved Thu 09:30 (1 + 1 + 5 + 0.5 h = 27 000 s, met); never replied;</li>
 *   <li>D (COMPLAINT, HIGH): opened Thu 09:00, left NEW.</li>
 * </ul>
 */
public abstract class TicketReportsContract extends PortsContract {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    private MutableClock clock;
    private TicketService tickets;
    private TicketReportService reports;
    private CustomerId ada;

    @BeforeEach
    final void crmWithServiceLevels() {
        clock = new MutableClock(MONDAY);
        SlaPolicy.Builder policy = SlaPolicy.builder();
        for (TicketPriority priority : TicketPriority.values()) {
            policy.targets(priority, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)));
        }
        policy.targets(TicketPriority.HIGH, new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(4)));
        BusinessCalendar office = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
                .build();
        Crm crm = Crm.builder(ports).clock(clock).ids(IdGenerator.random())
                .ticketSettings(TicketSettings.defaults().withServiceLevels(office, policy.build())).build();
        tickets = crm.tickets();
        reports = crm.ticketReports();
        ada = crm.customers().register(NewCustomer.of("Ada Lovelace", "ada@example.org")).id();
    }

    private TicketId open(String category, TicketPriority priority, String at) {
        clock.set(Instant.parse(at));
        return tickets.open(NewTicket.of(ada, "Subject", "Words.", category, priority, TicketChannel.EMAIL)).id();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    private void reply(TicketId id, String instant) {
        at(instant);
        tickets.comment(id, "Bob", "On it.", CommentKind.AGENT_REPLY);
    }

    private void resolve(TicketId id, String instant) {
        at(instant);
        tickets.resolve(id, new Resolution("FIXED", "Done."));
    }

    private void move(TicketId id, TicketStatus status, String instant) {
        at(instant);
        tickets.moveTo(id, status);
    }

    /** Opens A to D as the class comment says; returns their ids. */
    private TicketId[] fourTickets() {
        TicketId a = open("COMPLAINT", TicketPriority.HIGH, "2026-03-02T09:00:00Z");
        tickets.assign(a, Optional.of("Bob"), Optional.of("billing"));
        move(a, TicketStatus.OPEN, "2026-03-02T09:10:00Z");
        reply(a, "2026-03-02T09:20:00Z");
        resolve(a, "2026-03-02T11:00:00Z");
        TicketId b = open("COMPLAINT", TicketPriority.NORMAL, "2026-03-02T16:30:00Z");
        move(b, TicketStatus.OPEN, "2026-03-03T09:00:00Z");
        reply(b, "2026-03-03T09:40:00Z");
        TicketId c = open("QUESTION", TicketPriority.LOW, "2026-03-03T10:00:00Z");
        move(c, TicketStatus.OPEN, "2026-03-03T10:00:00Z");
        move(c, TicketStatus.PENDING, "2026-03-03T11:00:00Z");
        move(c, TicketStatus.OPEN, "2026-03-04T09:00:00Z");
        resolve(b, "2026-03-04T10:00:00Z");
        resolve(c, "2026-03-04T10:00:00Z");
        move(c, TicketStatus.OPEN, "2026-03-04T12:00:00Z");
        TicketId d = open("COMPLAINT", TicketPriority.HIGH, "2026-03-05T09:00:00Z");
        resolve(c, "2026-03-05T09:30:00Z");
        at("2026-03-05T12:00:00Z");
        return new TicketId[] {a, b, c, d};
    }

    private static ServiceTimeStats stats(String group, long... secondsAndMet) {
        long met = secondsAndMet[secondsAndMet.length - 1];
        long[] sorted = Arrays.stream(secondsAndMet, 0, secondsAndMet.length - 1).sorted().toArray();
        return ServiceTimeStats.of(group, sorted.length, Arrays.stream(sorted).sum(), met, r -> sorted[(int) r]);
    }

    @Test
    void measures_areStoredWithTheTicket_andDroppedByAReopen() {
        TicketId[] t = fourTickets();

        assertEquals(Optional.of(new MeasuredTime(Duration.ofSeconds(1_200), true)),
                tickets.get(t[0]).firstResponseTime());
        assertEquals(Optional.of(new MeasuredTime(Duration.ofSeconds(7_200), true)),
                tickets.get(t[0]).resolutionTime());
        assertEquals(Optional.of(new MeasuredTime(Duration.ofSeconds(4_200), false)),
                tickets.get(t[1]).firstResponseTime());
        assertEquals(Optional.of(new MeasuredTime(Duration.ofSeconds(34_200), false)),
                tickets.get(t[1]).resolutionTime());
        assertEquals(Optional.empty(), tickets.get(t[2]).firstResponseTime());
        assertEquals(Optional.of(new MeasuredTime(Duration.ofSeconds(27_000), true)),
                tickets.get(t[2]).resolutionTime());
        assertEquals(1, tickets.get(t[2]).reopens());
        assertEquals(Optional.empty(), tickets.get(t[3]).resolutionTime());
    }

    @Test
    void reopen_dropsTheResolutionMeasure() {
        TicketId c = open("QUESTION", TicketPriority.LOW, "2026-03-03T10:00:00Z");
        move(c, TicketStatus.OPEN, "2026-03-03T10:00:00Z");
        resolve(c, "2026-03-03T11:00:00Z");
        assertEquals(Optional.of(new MeasuredTime(Duration.ofHours(1), true)), tickets.get(c).resolutionTime());

        move(c, TicketStatus.OPEN, "2026-03-03T12:00:00Z");

        assertEquals(Optional.empty(), tickets.get(c).resolutionTime());
    }

    @Test
    void serviceTimes_byHand() {
        fourTickets();

        assertEquals(List.of(stats("", 1_200, 4_200, 1)),
                reports.serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.ALL, MONDAY, APRIL));
        ServiceTimeStats first = reports.serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.ALL, MONDAY, APRIL)
                .get(0);
        assertEquals(2_700.0, first.meanSeconds());
        assertEquals(2_700.0, first.medianSeconds());
        assertEquals(3_900.0, first.p90Seconds(), 1e-9);
        assertEquals(0.5, first.attainment());
        assertEquals(List.of(stats("NORMAL", 4_200, 0), stats("HIGH", 1_200, 1)),
                reports.serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.PRIORITY, MONDAY, APRIL));

        ServiceTimeStats all = reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.ALL, MONDAY, APRIL)
                .get(0);
        assertEquals(3, all.tickets());
        assertEquals(22_800.0, all.meanSeconds());
        assertEquals(27_000.0, all.medianSeconds());
        assertEquals(32_760.0, all.p90Seconds(), 1e-9);
        assertEquals(2.0 / 3, all.attainment());
        assertEquals(List.of(stats("COMPLAINT", 7_200, 34_200, 1), stats("QUESTION", 27_000, 1)),
                reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.CATEGORY, MONDAY, APRIL));
        assertEquals(31_500.0, reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.CATEGORY, MONDAY, APRIL)
                .get(0).p90Seconds(), 1e-9);
        assertEquals(List.of(stats("", 34_200, 27_000, 1), stats("billing", 7_200, 1)),
                reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.TEAM, MONDAY, APRIL));
        assertEquals(List.of(stats("2026-03", 7_200, 34_200, 27_000, 2)),
                reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.MONTH, MONDAY, APRIL));
    }

    @Test
    void serviceTimes_countATicketInThePeriodOfItsEvent() {
        fourTickets();
        Instant wednesday11 = Instant.parse("2026-03-04T11:00:00Z");

        assertEquals(List.of(stats("", 7_200, 34_200, 1)),
                reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.ALL, MONDAY, wednesday11));
        assertEquals(List.of(stats("", 27_000, 1)),
                reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.ALL, wednesday11, APRIL));
        assertEquals(List.of(), reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.ALL, MONDAY, MONDAY));
        assertEquals(List.of(), reports.serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.TEAM, APRIL,
                APRIL.plus(DAY)));
    }

    private static List<BacklogBucket> buckets(long young, long middle, long old) {
        return List.of(new BacklogBucket(Duration.ZERO, Optional.of(DAY), young),
                new BacklogBucket(DAY, Optional.of(DAY.multipliedBy(2)), middle),
                new BacklogBucket(DAY.multipliedBy(2), Optional.empty(), old));
    }

    @Test
    void backlog_atPastInstants_followsTheStatusHistory() {
        fourTickets();
        List<Duration> bounds = List.of(DAY, DAY.multipliedBy(2));

        assertEquals(buckets(0, 0, 0), reports.backlog(MONDAY.minusSeconds(1), bounds));
        assertEquals(buckets(1, 0, 0), reports.backlog(MONDAY, bounds));                        // A, age 0
        // B opened Mon 16:30 (41 h), C Tue 10:00 (23.5 h), both unsolved
        assertEquals(buckets(1, 1, 0), reports.backlog(Instant.parse("2026-03-04T09:30:00Z"), bounds));
        // C resolved Wed 10:00, B too: nothing; C reopened at 12:00 (26.5 h old)
        assertEquals(buckets(0, 0, 0), reports.backlog(Instant.parse("2026-03-04T11:00:00Z"), bounds));
        assertEquals(buckets(0, 1, 0), reports.backlog(Instant.parse("2026-03-04T12:30:00Z"), bounds));
        // Thursday: C resolved again at 09:30, D opened at 09:00
        assertEquals(buckets(1, 0, 0), reports.backlog(Instant.parse("2026-03-05T12:00:00Z"), bounds));
        assertEquals(buckets(0, 0, 1), reports.backlog(Instant.parse("2026-03-08T12:00:00Z"), bounds));
    }

    @Test
    void categoriesAndReopenRates_perMonthOfOpening() {
        fourTickets();
        open("REQUEST", TicketPriority.LOW, "2026-04-01T00:00:00Z");

        assertEquals(List.of(new CategoryMonth(YearMonth.of(2026, 3), "COMPLAINT", 3),
                        new CategoryMonth(YearMonth.of(2026, 3), "QUESTION", 1),
                        new CategoryMonth(YearMonth.of(2026, 4), "REQUEST", 1)),
                reports.categoriesByMonth(MONDAY, APRIL.plus(DAY)));
        assertEquals(List.of(new CategoryMonth(YearMonth.of(2026, 3), "COMPLAINT", 2)),
                reports.categoriesByMonth(MONDAY, Instant.parse("2026-03-03T10:00:00Z")));
        assertEquals(List.of(new ReopenRate(YearMonth.of(2026, 3), 3, 1), new ReopenRate(YearMonth.of(2026, 4), 0, 0)),
                reports.reopenRates(MONDAY, APRIL.plus(DAY)));
        assertEquals(1.0 / 3, reports.reopenRates(MONDAY, APRIL).get(0).rate());
        assertTrue(Double.isNaN(reports.reopenRates(APRIL, APRIL.plus(DAY)).get(0).rate()));
    }

    @Test
    void ticketsWithoutServiceLevels_areLeftOutOfTheTimesOnly() {
        Crm plain = Crm.builder(ports).clock(clock).ids(IdGenerator.random()).build();
        clock.set(MONDAY);
        TicketId id = plain.tickets().open(NewTicket.of(ada, "S", "D", "QUESTION", TicketPriority.LOW,
                TicketChannel.WEB)).id();
        plain.tickets().moveTo(id, TicketStatus.OPEN);
        clock.advance(Duration.ofMinutes(5));
        plain.tickets().comment(id, "Bob", "Hi", CommentKind.AGENT_REPLY);
        plain.tickets().resolve(id, new Resolution("FIXED", "Done."));

        assertEquals(Optional.empty(), plain.tickets().get(id).firstResponseTime());
        assertEquals(List.of(), reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.ALL, MONDAY, APRIL));
        assertEquals(List.of(new CategoryMonth(YearMonth.of(2026, 3), "QUESTION", 1)),
                reports.categoriesByMonth(MONDAY, APRIL));
        assertEquals(List.of(new ReopenRate(YearMonth.of(2026, 3), 1, 0)), reports.reopenRates(MONDAY, APRIL));
    }

    private static void refused(String field, String rule, Runnable call) {
        ValidationException e = assertThrows(ValidationException.class, call::run);
        assertEquals(field, e.field());
        assertEquals(rule, e.rule());
    }

    @Test
    void badInput_isRefusedNamingFieldAndRule() {
        refused("time", "must not be null", () -> reports.serviceTimes(null, TicketGrouping.ALL, MONDAY, APRIL));
        refused("by", "must not be null",
                () -> reports.serviceTimes(ServiceTime.RESOLUTION, null, MONDAY, APRIL));
        refused("to", "must not be before from",
                () -> reports.serviceTimes(ServiceTime.RESOLUTION, TicketGrouping.ALL, APRIL, MONDAY));
        refused("from", "must not be null", () -> reports.categoriesByMonth(null, APRIL));
        refused("to", "must not be before from", () -> reports.reopenRates(APRIL, MONDAY));
        refused("at", "must not be null", () -> reports.backlog(null, List.of(DAY)));
        refused("at", "must be between 1600-01-01 and 9999-12-31",
                () -> reports.backlog(Instant.parse("1599-12-31T00:00:00Z"), List.of(DAY)));
        refused("bounds", "must not be null", () -> reports.backlog(MONDAY, null));
        refused("bounds", "must hold 1 to 100 ages", () -> reports.backlog(MONDAY, List.of()));
        List<Duration> many = new ArrayList<>();
        for (int i = 1; i <= 101; i++) {
            many.add(Duration.ofHours(i));
        }
        refused("bounds", "must hold 1 to 100 ages", () -> reports.backlog(MONDAY, many));
        refused("bounds[0]", "must be > 0", () -> reports.backlog(MONDAY, List.of(Duration.ZERO)));
        refused("bounds[1]", "must be greater than bounds[0]",
                () -> reports.backlog(MONDAY, List.of(DAY, DAY)));
        refused("bounds[1]", "must be at most 36500 days",
                () -> reports.backlog(MONDAY, List.of(DAY, Duration.ofDays(36_501))));
        refused("bounds[1]", "must not be null", () -> reports.backlog(MONDAY, Arrays.asList(DAY, null)));
    }
}
