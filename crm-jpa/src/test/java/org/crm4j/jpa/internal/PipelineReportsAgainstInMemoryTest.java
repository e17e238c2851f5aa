package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
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
                        new Instant[] {START.plus(Duration.ofDays(3)), START.plus(Duration.ofDays(9))});
                for (Instant[] period : moments) {
                    assertEquals(memory.pipeline().winRateByOwner(period[0], period[1]),
                            jpa.pipeline().winRateByOwner(period[0], period[1]));
                }
                assertFalse(memory.pipeline().winRateByOwner(START, START.plus(Duration.ofDays(400))).isEmpty());
            }
        }

        /** 200 opportunities of 4 owners in EUR and JPY, moved, won and lost at random times. */
        private static void generate(Crm crm, MutableClock clock) {
            SplittableRandom random = new SplittableRandom(SEED);
            CustomerId customer = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
            for (int i = 0; i < 200; i++) {
                clock.advance(Duration.ofMinutes(1 + random.nextInt(180)));
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
                Money amount = random.nextBoolean()
                        ? Money.of(random.nextInt(1, 1_000_000) + "." + random.nextInt(10, 100), "EUR")
                        : Money.of(String.valueOf(random.nextInt(1, 5_000_000)), "JPY");
                OpportunityId id = crm.opportunities().create(NewOpportunity.of(customer, "deal " + i,
                        UserId.of("user" + random.nextInt(4)), amount, today.plusDays(random.nextInt(0, 120)))
                        .withStage(OPEN.get(random.nextInt(OPEN.size())))).id();
                int fate = random.nextInt(4);
                if (fate == 0) {
                    crm.opportunities().moveTo(id, OpportunityStage.NEGOTIATION.equals(crm.opportunities().get(id)
                            .stage()) ? OpportunityStage.PROPOSAL : OpportunityStage.NEGOTIATION);
                } else if (fate == 1) {
                    crm.opportunities().win(id);
                } else if (fate == 2) {
                    crm.opportunities().lose(id, "price");
                }
            }
        }
    }
}
