package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityService;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.pipeline.MonthlyForecast;
import org.crm4j.core.pipeline.OwnerWinRate;
import org.crm4j.core.pipeline.PipelineReportService;
import org.crm4j.core.pipeline.StageTotal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline reports over any adapter's ports on five opportunities whose totals are worked out by hand in the
 * comments (default probabilities 10, 20, 50, 80 %; weighted sums rounded half-even once per group).
 */
public abstract class PipelineReportsContract extends PortsContract {

    private static final UserId ANN = UserId.of("ann");
    private static final UserId BOB = UserId.of("bob");
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private PipelineReportService reports;

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @BeforeEach
    final void fiveOpportunities() {
        MutableClock clock = new MutableClock(NOW);
        Crm crm = crm(clock, IdGenerator.sequence());
        reports = crm.pipeline();
        OpportunityService deals = crm.opportunities();
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        // ann: 100.00 EUR prospecting (10 %), 200.01 EUR proposal (50 %), 50.00 EUR won; bob: 1000 USD qualification
        // (20 %), 30.00 EUR lost
        deals.create(NewOpportunity.of(ada, "o1", ANN, eur("100.00"), LocalDate.of(2026, 3, 10)));
        OpportunityId o2 = deals.create(NewOpportunity.of(ada, "o2", ANN, eur("200.01"), LocalDate.of(2026, 3, 20)))
                .id();
        deals.moveTo(o2, OpportunityStage.PROPOSAL);
        OpportunityId o3 = deals.create(NewOpportunity.of(ada, "o3", ANN, eur("50.00"), LocalDate.of(2026, 4, 5))
                .withStage(OpportunityStage.NEGOTIATION)).id();
        deals.create(NewOpportunity.of(ada, "o4", BOB, Money.of("1000", "USD"), LocalDate.of(2026, 3, 15))
                .withStage(OpportunityStage.QUALIFICATION));
        OpportunityId o5 = deals.create(NewOpportunity.of(ada, "o5", BOB, eur("30.00"), LocalDate.of(2026, 4, 30)))
                .id();
        clock.advance(Duration.ofHours(1));
        deals.win(o3);
        clock.advance(Duration.ofHours(1));
        deals.lose(o5, "no budget");
    }

    @Test
    void pipelineByStage_groupsByOwnerStageAndCurrency() {
        assertEquals(List.of(
                new StageTotal(ANN, OpportunityStage.PROSPECTING, 1, eur("100.00"), eur("10.00")),
                // 200.01 × 50 / 100 = 100.005 → 100.00 (half-even)
                new StageTotal(ANN, OpportunityStage.PROPOSAL, 1, eur("200.01"), eur("100.00")),
                new StageTotal(ANN, OpportunityStage.CLOSED_WON, 1, eur("50.00"), eur("50.00")),
                new StageTotal(BOB, OpportunityStage.QUALIFICATION, 1, Money.of("1000", "USD"),
                        Money.of("200", "USD")),
                new StageTotal(BOB, OpportunityStage.CLOSED_LOST, 1, eur("30.00"), eur("0.00"))),
                reports.pipelineByStage(MARCH, MARCH.plusMonths(2)));
    }

    @Test
    void pipelineByStage_periodIsHalfOpenOverTheCloseDate() {
        assertEquals(List.of(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL,
                OpportunityStage.QUALIFICATION), reports.pipelineByStage(MARCH, MARCH.plusMonths(1)).stream()
                .map(StageTotal::stage).toList());
        assertEquals(List.of(), reports.pipelineByStage(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10)));
        assertEquals(1, reports.pipelineByStage(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11)).size());
    }

    @Test
    void expectedRevenue_weightsOpenOpportunitiesByCloseMonth() {
        assertEquals(List.of(
                // (100.00 × 10 + 200.01 × 50) / 100 = 110.005 → 110.00
                new MonthlyForecast(YearMonth.of(2026, 3), 2, eur("110.00")),
                new MonthlyForecast(YearMonth.of(2026, 3), 1, Money.of("200", "USD"))),
                reports.expectedRevenueByCloseMonth(MARCH, MARCH.plusMonths(3)));
    }

    @Test
    void winRateByOwner_countsWhatClosedInThePeriod() {
        List<OwnerWinRate> day = reports.winRateByOwner(NOW, NOW.plus(Duration.ofDays(1)));
        assertEquals(List.of(new OwnerWinRate(ANN, 1, 0, eur("50.00")), new OwnerWinRate(BOB, 0, 1, eur("0.00"))),
                day);
        assertEquals(1.0, day.get(0).winRate());
        assertEquals(0.0, day.get(1).winRate());
        assertEquals(eur("50.00"), day.get(0).averageDealSize());
        assertEquals(List.of(new OwnerWinRate(ANN, 1, 0, eur("50.00"))),
                reports.winRateByOwner(NOW, NOW.plus(Duration.ofMinutes(90))));
    }

    @Test
    void periodEndingBeforeItStarts_isRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> reports.pipelineByStage(MARCH, MARCH.minusDays(1)));
        assertEquals("to", e.field());
        assertEquals("must not be before from", e.rule());
        assertEquals("to", assertThrows(ValidationException.class,
                () -> reports.winRateByOwner(NOW, NOW.minusSeconds(1))).field());
    }
}
