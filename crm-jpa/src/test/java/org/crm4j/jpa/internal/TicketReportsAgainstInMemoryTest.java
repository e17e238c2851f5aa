package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.CommentKind;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.ServiceTime;
import org.crm4j.core.ticket.ServiceTimeStats;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketGrouping;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketStatus;
import org.crm4j.jpa.testing.RunsOn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The SQL customer-service metrics give exactly the in-memory adapter's answers on the same generated tickets (same
 * commands, seeded ids and clock on both): business times with their percentiles per grouping, attainment, backlog
 * at many instants, reopen rates and categories, over several periods.
 */
class TicketReportsAgainstInMemoryTest {

    @Nested
    class OnH2 extends Suite {
        @Override
        Dialect dialect() {
            return Dialect.H2;
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends Suite {
        @Override
        Dialect dialect() {
            return Dialect.POSTGRESQL;
        }
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends Suite {
        @Override
        Dialect dialect() {
            return Dialect.MARIADB;
        }
    }

    /** The test, run on H2 always and on PostgreSQL and MariaDB when {@code crm4j.databases} names them. */
    abstract static class Suite {

        /** A Friday before the end of Berlin's winter time (29 March 2026). */
        private static final Instant START = Instant.parse("2026-02-20T07:00:00Z");
        private static final long SEED = 17L;
        private static final List<String> CATEGORIES = List.of("COMPLAINT", "INCIDENT", "QUESTION", "REQUEST");

        abstract Dialect dialect();

        private static TicketSettings settings() {
            SlaPolicy.Builder policy = SlaPolicy.builder();
            for (TicketPriority priority : TicketPriority.values()) {
                policy.targets(priority, new SlaTargets(Duration.ofMinutes(4L * 60 / (priority.ordinal() + 1)),
                        Duration.ofHours(40L / (priority.ordinal() + 1))));
            }
            policy.targets("INCIDENT", TicketPriority.URGENT, new SlaTargets(Duration.ofMinutes(15),
                    Duration.ofHours(3)));
            BusinessCalendar berlin = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                    .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30), LocalTime.of(12, 0))
                    .hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(13, 0), LocalTime.of(17, 0))
                    .holiday(LocalDate.of(2026, 4, 3)).annualHoliday(MonthDay.of(5, 1)).build();
            return TicketSettings.defaults().withServiceLevels(berlin, policy.build());
        }

        @Test
        void reports_generatedTickets_equalTheInMemoryAnswers() {
            MutableClock memoryClock = new MutableClock(START);
            MutableClock jpaClock = new MutableClock(START);
            try (Crm memory = Crm.inMemoryBuilder().clock(memoryClock)
                    .ids(IdGenerator.seeded(SEED)).ticketSettings(settings()).build();
                 Crm jpa = Crm.builder(JpaTestFixture.on(dialect()).emptyPorts()).clock(jpaClock)
                         .ids(IdGenerator.seeded(SEED)).ticketSettings(settings()).build()) {
                generate(memory, memoryClock);
                generate(jpa, jpaClock);
                List<Instant[]> periods = List.of(new Instant[] {START, START.plus(Duration.ofDays(400))},
                        new Instant[] {START.plus(Duration.ofDays(9)), START.plus(Duration.ofDays(40))},
                        new Instant[] {START.plus(Duration.ofHours(31)), START.plus(Duration.ofHours(200))},
                        new Instant[] {START, START});
                for (Instant[] period : periods) {
                    for (ServiceTime time : ServiceTime.values()) {
                        for (TicketGrouping by : TicketGrouping.values()) {
                            assertEquals(memory.ticketReports().serviceTimes(time, by, period[0], period[1]),
                                    jpa.ticketReports().serviceTimes(time, by, period[0], period[1]),
                                    time + " by " + by + " from " + period[0]);
                        }
                    }
                    assertEquals(memory.ticketReports().categoriesByMonth(period[0], period[1]),
                            jpa.ticketReports().categoriesByMonth(period[0], period[1]), "categories");
                    assertEquals(memory.ticketReports().reopenRates(period[0], period[1]),
                            jpa.ticketReports().reopenRates(period[0], period[1]), "reopen rates");
                }
                List<Duration> bounds = List.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3),
                        Duration.ofDays(7), Duration.ofDays(30));
                for (int hours = 0; hours < 24 * 120; hours += 61) {
                    Instant at = START.plus(Duration.ofHours(hours)).plusNanos(hours * 1000L);
                    assertEquals(memory.ticketReports().backlog(at, bounds), jpa.ticketReports().backlog(at, bounds),
                            "backlog at " + at);
                }
                Instant[] all = periods.get(0);
                List<ServiceTimeStats> byMonth = memory.ticketReports().serviceTimes(ServiceTime.RESOLUTION,
                        TicketGrouping.MONTH, all[0], all[1]);
                assertTrue(byMonth.size() >= 3, "several months: " + byMonth);
                List<ServiceTimeStats> whole = memory.ticketReports().serviceTimes(ServiceTime.RESOLUTION,
                        TicketGrouping.ALL, all[0], all[1]);
                assertTrue(whole.get(0).tickets() > 100, "many resolved: " + whole);
                assertTrue(whole.get(0).met() > 10 && whole.get(0).met() < whole.get(0).tickets(),
                        "met and missed targets: " + whole);
                assertTrue(memory.ticketReports().serviceTimes(ServiceTime.FIRST_RESPONSE, TicketGrouping.TEAM,
                        all[0], all[1]).size() >= 3, "several teams and none");
                assertTrue(memory.ticketReports().reopenRates(all[0], all[1]).stream()
                        .mapToLong(r -> r.reopened()).sum() > 5, "reopened tickets");
                assertTrue(memory.ticketReports().backlog(START.plus(Duration.ofDays(30)), bounds).stream()
                        .filter(b -> b.tickets() > 0).count() >= 3, "a backlog in several buckets");
            }
        }

        /**
         * 250 tickets over about 60 days (across the change to summer time and a holiday), of random category,
         * priority and team; replied, put on hold, resolved, reopened and closed at random microsecond times.
         */
        private static void generate(Crm crm, MutableClock clock) {
            SplittableRandom random = new SplittableRandom(SEED);
            CustomerId customer = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
            List<TicketId> live = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                clock.advance(Duration.ofMinutes(1 + random.nextInt(600)).plusNanos(random.nextInt(1_000_000) * 1000L));
                TicketPriority priority = TicketPriority.values()[random.nextInt(4)];
                TicketId id = crm.tickets().open(NewTicket.of(customer, "Subject " + i, "Words.",
                        CATEGORIES.get(random.nextInt(4)), priority, TicketChannel.values()[random.nextInt(5)])).id();
                if (random.nextInt(4) > 0) {
                    crm.tickets().assign(id, Optional.of("agent" + random.nextInt(5)),
                            Optional.of("team" + random.nextInt(3)));
                }
                live.add(id);
                for (int step = 0; step < 4 && !live.isEmpty(); step++) {
                    TicketId some = live.get(random.nextInt(live.size()));
                    clock.advance(Duration.ofMinutes(random.nextInt(240)).plusNanos(random.nextInt(1000) * 1000L));
                    act(crm, some, random, live, clock.instant());
                }
            }
        }

        private static void act(Crm crm, TicketId id, SplittableRandom random, List<TicketId> live, Instant now) {
            Ticket ticket = crm.tickets().get(id);
            int fate = random.nextInt(10);
            switch (ticket.status()) {
                case NEW -> crm.tickets().moveTo(id, TicketStatus.OPEN);
                case OPEN -> {
                    if (fate < 4 || ticket.firstResponseAt().isEmpty() && fate < 7) {
                        crm.tickets().comment(id, "agent", "Reply", fate % 2 == 0 ? CommentKind.AGENT_REPLY
                                : CommentKind.INTERNAL_NOTE);
                    } else if (fate < 6) {
                        crm.tickets().moveTo(id, TicketStatus.PENDING);
                    } else {
                        crm.tickets().resolve(id, new Resolution("FIXED", "Done."));
                    }
                }
                case PENDING -> {
                    if (fate < 7) {
                        crm.tickets().moveTo(id, TicketStatus.OPEN);
                    } else {
                        crm.tickets().resolve(id, new Resolution("ANSWERED", "No reply needed."));
                    }
                }
                case RESOLVED -> {
                    boolean inWindow = ticket.resolvedAt().orElseThrow().plus(Duration.ofDays(7))
                            .isAfter(now);
                    if (fate < 2 && inWindow) {
                        crm.tickets().moveTo(id, TicketStatus.OPEN);
                    } else if (fate < 5 || !inWindow) {
                        crm.tickets().moveTo(id, TicketStatus.CLOSED);
                        live.remove(id);
                    }
                }
                case CLOSED -> live.remove(id);
            }
        }
    }
}
