package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadOpportunity;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.jpa.testing.RunsOn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The SQL pipeline reports give exactly the in-memory adapter's answers on the same generated opportunities (same
 * commands, seeded ids and clock on both), over several periods.
 */
class PipelineReportsAgainstInMemoryTest {

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

        private static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
        private static final long SEED = 16L;
        private static final List<OpportunityStage> OPEN = List.of(OpportunityStage.PROSPECTING,
                OpportunityStage.QUALIFICATION, OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION);

        abstract Dialect dialect();

        @Test
        void reports_generatedOpportunities_equalTheInMemoryAnswers() {
            MutableClock memoryClock = new MutableClock(START);
            MutableClock jpaClock = new MutableClock(START);
            try (Crm memory = Crm.inMemory(memoryClock, IdGenerator.seeded(SEED));
                 Crm jpa = Crm.of(JpaTestFixture.on(dialect()).emptyPorts(), jpaClock, IdGenerator.seeded(SEED))) {
                generate(memory, memoryClock);
                generate(jpa, jpaClock);
                LocalDate day = LocalDate.ofInstant(START, ZoneOffset.UTC);
                List<LocalDate[]> days = List.of(new LocalDate[] {day, day.plusYears(1)},
                        new LocalDate[] {day.plusDays(17), day.plusDays(61)}, new LocalDate[] {day, day});
                for (LocalDate[] period : days) {
                    assertEquals(memory.pipeline().pipelineByStage(period[0], period[1]),
                            jpa.pipeline().pipelineByStage(period[0], period[1]));
                    assertEquals(memory.pipeline().expectedRevenueByCloseMonth(period[0], period[1]),
                            jpa.pipeline().expectedRevenueByCloseMonth(period[0], period[1]));
                }
                assertFalse(memory.pipeline().pipelineByStage(day, day.plusYears(1)).isEmpty());
                List<Instant[]> moments = List.of(new Instant[] {START, START.plus(Duration.ofDays(400))},
                        new Instant[] {START.plus(Duration.ofDays(3)), START.plus(Duration.ofDays(9))},
                        new Instant[] {START.plus(Duration.ofHours(31)), START.plus(Duration.ofHours(200))},
                        new Instant[] {START, START});
                for (Instant[] period : moments) {
                    assertEquals(memory.pipeline().winRateByOwner(period[0], period[1]),
                            jpa.pipeline().winRateByOwner(period[0], period[1]));
                }
                for (Instant[] period : moments) {
                    assertEquals(memory.pipeline().winRateBySource(period[0], period[1]),
                            jpa.pipeline().winRateBySource(period[0], period[1]), "win rate by source");
                    assertEquals(memory.pipeline().winRateByMonth(period[0], period[1]),
                            jpa.pipeline().winRateByMonth(period[0], period[1]), "win rate by month");
                    assertEquals(memory.pipeline().salesCycleByOwner(period[0], period[1]),
                            jpa.pipeline().salesCycleByOwner(period[0], period[1]), "sales cycle by owner");
                    assertEquals(memory.pipeline().salesCycle(period[0], period[1]),
                            jpa.pipeline().salesCycle(period[0], period[1]), "sales cycle");
                    assertEquals(memory.pipeline().stageFunnel(period[0], period[1]),
                            jpa.pipeline().stageFunnel(period[0], period[1]), "stage funnel");
                }
                Instant[] all = moments.get(0);
                assertFalse(memory.pipeline().winRateByOwner(all[0], all[1]).isEmpty());
                assertTrue(memory.pipeline().winRateBySource(all[0], all[1]).stream()
                        .filter(r -> r.source().isPresent()).count() >= 3, "several lead sources");
                assertTrue(memory.pipeline().winRateByMonth(all[0], all[1]).size() >= 4, "several months");
                assertTrue(memory.pipeline().salesCycle(all[0], all[1]).won() > 20);
                assertTrue(memory.pipeline().stageFunnel(all[0], all[1]).stream().filter(c -> c.reached() > 0)
                        .count() >= 8, "a funnel with many reached stages");
            }
        }

        /**
         * 200 opportunities of 4 owners in EUR and JPY, created directly or by converting a lead of a random
         * source, moved back and forth through the open stages, won and lost at random times over about 50 days.
         */
        private static void generate(Crm crm, MutableClock clock) {
            SplittableRandom random = new SplittableRandom(SEED);
            CustomerId customer = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
            List<OpportunityId> open = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                clock.advance(Duration.ofMinutes(1 + random.nextInt(360)).plusNanos(random.nextInt(1_000_000) * 1000L));
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                Money amount = random.nextBoolean()
                        ? Money.of(random.nextInt(1, 1_000_000) + "." + random.nextInt(10, 100), "EUR")
                        : Money.of(String.valueOf(random.nextInt(1, 5_000_000)), "JPY");
                UserId owner = UserId.of("user" + random.nextInt(4));
                LocalDate close = today.plusDays(random.nextInt(0, 120));
                OpportunityId id;
                if (random.nextInt(3) == 0) {
                    LeadSource source = LeadSource.values()[random.nextInt(LeadSource.values().length)];
                    Lead lead = crm.leads().create(NewLead.of("Lead " + i, "lead" + i + "@example.org", source,
                            owner));
                    id = crm.leads().convert(lead.id(), LeadConversion.newCustomer().withOpportunity(
                            new LeadOpportunity("deal " + i, amount, close))).opportunity().orElseThrow();
                } else {
                    id = crm.opportunities().create(NewOpportunity.of(customer, "deal " + i, owner, amount, close)
                            .withStage(OPEN.get(random.nextInt(OPEN.size())))).id();
                }
                open.add(id);
                for (int step = 0; step < 3 && !open.isEmpty(); step++) {
                    OpportunityId some = open.get(random.nextInt(open.size()));
                    clock.advance(Duration.ofMinutes(random.nextInt(30)));
                    int fate = random.nextInt(6);
                    if (fate < 3) {
                        OpportunityStage now = crm.opportunities().get(some).stage();
                        OpportunityStage target = OPEN.get(random.nextInt(OPEN.size()));
                        crm.opportunities().moveTo(some, target == now ? OPEN.get((OPEN.indexOf(now) + 1) % 4)
                                : target);
                    } else if (fate == 3) {
                        crm.opportunities().win(some);
                        open.remove(some);
                    } else if (fate == 4) {
                        crm.opportunities().lose(some, "price");
                        open.remove(some);
                    }
                }
            }
        }
    }
}
