package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadOpportunity;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.lead.NewLead;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityService;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.pipeline.MonthlyForecast;
import org.crm4j.core.pipeline.MonthlyWinRate;
import org.crm4j.core.pipeline.OwnerWinRate;
import org.crm4j.core.pipeline.PipelineReportService;
import org.crm4j.core.pipeline.SalesCycle;
import org.crm4j.core.pipeline.SourceWinRate;
import org.crm4j.core.pipeline.StageConversion;
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
    private MutableClock clock;
    private Crm crm;
    private OpportunityId o1;
    private OpportunityId o4;

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @BeforeEach
    final void fiveOpportunities() {
        clock = new MutableClock(NOW);
        crm = crm(clock, IdGenerator.sequence());
        reports = crm.pipeline();
        OpportunityService deals = crm.opportunities();
        CustomerId ada = crm.customers().register(NewCustomer.of("Ada", "ada@example.org")).id();
        // ann: 100.00 EUR prospecting (10 %), 200.01 EUR proposal (50 %), 50.00 EUR won; bob: 1000 USD qualification
        // (20 %), 30.00 EUR lost
        o1 = deals.create(NewOpportunity.of(ada, "o1", ANN, eur("100.00"), LocalDate.of(2026, 3, 10))).id();
        OpportunityId o2 = deals.create(NewOpportunity.of(ada, "o2", ANN, eur("200.01"), LocalDate.of(2026, 3, 20)))
                .id();
        deals.moveTo(o2, OpportunityStage.PROPOSAL);
        OpportunityId o3 = deals.create(NewOpportunity.of(ada, "o3", ANN, eur("50.00"), LocalDate.of(2026, 4, 5))
                .withStage(OpportunityStage.NEGOTIATION)).id();
        o4 = deals.create(NewOpportunity.of(ada, "o4", BOB, Money.of("1000", "USD"), LocalDate.of(2026, 3, 15))
                .withStage(OpportunityStage.QUALIFICATION)).id();
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

    /** Converts a new lead of the source with an opportunity of {@code amount} EUR owned by ann. */
    private OpportunityId convertedLead(String name, LeadSource source, String amount) {
        Lead lead = crm.leads().create(NewLead.of(name, name.toLowerCase(java.util.Locale.ROOT) + "@example.org",
                source, ANN));
        return crm.leads().convert(lead.id(), LeadConversion.newCustomer().withOpportunity(
                new LeadOpportunity("deal of " + name, eur(amount), LocalDate.of(2026, 3, 25)))).opportunity()
                .orElseThrow();
    }

    @Test
    void winRateBySource_groupsByTheSourceOfTheConvertedLead() {
        OpportunityId web = convertedLead("Lea", LeadSource.WEB, "70.00");
        OpportunityId referral = convertedLead("Ron", LeadSource.REFERRAL, "20.00");
        clock.advance(Duration.ofHours(1));
        crm.opportunities().win(web);
        crm.opportunities().lose(referral, "too late");
        List<SourceWinRate> day = reports.winRateBySource(NOW, NOW.plus(Duration.ofDays(1)));
        assertEquals(List.of(
                // o3 won, o5 lost: created directly, no lead
                new SourceWinRate(Optional.empty(), 1, 1, eur("50.00")),
                new SourceWinRate(Optional.of(LeadSource.WEB), 1, 0, eur("70.00")),
                new SourceWinRate(Optional.of(LeadSource.REFERRAL), 0, 1, eur("0.00"))), day);
        assertEquals(0.5, day.get(0).winRate());
        assertEquals(eur("50.00"), day.get(0).averageDealSize());
        assertEquals(eur("70.00"), day.get(1).averageDealSize());
        assertEquals(0.0, day.get(2).winRate());
        assertEquals(List.of(new SourceWinRate(Optional.empty(), 1, 0, eur("50.00"))),
                reports.winRateBySource(NOW, NOW.plus(Duration.ofMinutes(90))));
    }

    @Test
    void winRateByMonth_groupsByTheUtcMonthOfClosing() {
        clock.advance(Duration.ofDays(40));
        crm.opportunities().lose(o1, "silence");
        crm.opportunities().win(o4);
        assertEquals(List.of(
                new MonthlyWinRate(YearMonth.of(2026, 3), 1, 1, eur("50.00")),
                new MonthlyWinRate(YearMonth.of(2026, 4), 0, 1, eur("0.00")),
                new MonthlyWinRate(YearMonth.of(2026, 4), 1, 0, Money.of("1000", "USD"))),
                reports.winRateByMonth(NOW, NOW.plus(Duration.ofDays(60))));
        assertEquals(List.of(), reports.winRateByMonth(NOW.plus(Duration.ofDays(60)), NOW.plus(Duration.ofDays(90))));
    }

    @Test
    void salesCycle_averagesCreationToWinOverallAndPerOwner() {
        // o3 (ann): created at NOW, won an hour later: 3 600 s
        assertEquals(List.of(new SalesCycle(Optional.of(ANN), 1, new BigDecimal("3600"))),
                reports.salesCycleByOwner(NOW, NOW.plus(Duration.ofDays(1))));
        // o4 (bob): created at NOW, won 2 days and 2 hours later: 180 000 s
        clock.advance(Duration.ofDays(2));
        crm.opportunities().win(o4);
        List<SalesCycle> owners = reports.salesCycleByOwner(NOW, NOW.plus(Duration.ofDays(7)));
        assertEquals(List.of(new SalesCycle(Optional.of(ANN), 1, new BigDecimal("3600")),
                new SalesCycle(Optional.of(BOB), 1, new BigDecimal("180000"))), owners);
        assertEquals(3600.0 / 86400, owners.get(0).averageDays(), 1e-15);
        SalesCycle all = reports.salesCycle(NOW, NOW.plus(Duration.ofDays(7)));
        // (3 600 + 180 000) / 2 = 91 800 s = 1.0625 days
        assertEquals(new SalesCycle(Optional.empty(), 2, new BigDecimal("183600")), all);
        assertEquals(1.0625, all.averageDays(), 1e-15);
        SalesCycle none = reports.salesCycle(NOW.minus(Duration.ofDays(7)), NOW);
        assertEquals(0, none.won());
        assertTrue(Double.isNaN(none.averageDays()));
    }

    @Test
    void salesCycle_microsecondsAreKept() {
        clock.advance(Duration.ofNanos(1_234_567_000L));
        crm.opportunities().win(o4);
        // o4: 2 h + 1.234567 s
        assertEquals(List.of(new SalesCycle(Optional.of(BOB), 1, new BigDecimal("7201.234567"))),
                reports.salesCycleByOwner(NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(3))));
    }

    @Test
    void stageFunnel_countsWhatEnteredAStageInThePeriodAndReachedALaterOne() {
        // entered at NOW: PROSPECTING o1, o2, o5; QUALIFICATION o4; PROPOSAL o2; NEGOTIATION o3.
        // afterwards: o2 PROSPECTING → PROPOSAL, o3 NEGOTIATION → CLOSED_WON, o5 PROSPECTING → CLOSED_LOST
        List<StageConversion> funnel = reports.stageFunnel(NOW, NOW.plus(Duration.ofDays(1)));
        assertEquals(List.of(
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.QUALIFICATION, 3, 0),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL, 3, 1),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.NEGOTIATION, 3, 0),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.CLOSED_WON, 3, 0),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.CLOSED_LOST, 3, 1),
                new StageConversion(OpportunityStage.QUALIFICATION, OpportunityStage.PROPOSAL, 1, 0),
                new StageConversion(OpportunityStage.QUALIFICATION, OpportunityStage.NEGOTIATION, 1, 0),
                new StageConversion(OpportunityStage.QUALIFICATION, OpportunityStage.CLOSED_WON, 1, 0),
                new StageConversion(OpportunityStage.QUALIFICATION, OpportunityStage.CLOSED_LOST, 1, 0),
                new StageConversion(OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION, 1, 0),
                new StageConversion(OpportunityStage.PROPOSAL, OpportunityStage.CLOSED_WON, 1, 0),
                new StageConversion(OpportunityStage.PROPOSAL, OpportunityStage.CLOSED_LOST, 1, 0),
                new StageConversion(OpportunityStage.NEGOTIATION, OpportunityStage.CLOSED_WON, 1, 1),
                new StageConversion(OpportunityStage.NEGOTIATION, OpportunityStage.CLOSED_LOST, 1, 0)), funnel);
        assertEquals(1.0 / 3, funnel.get(1).rate());
        // only closings happened after NOW + 30 min: no open stage was entered
        assertEquals(List.of(), reports.stageFunnel(NOW.plus(Duration.ofMinutes(30)), NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void stageFunnel_countsAReachedStageAfterThePeriodAndAnEntryBeforeItNot() {
        clock.advance(Duration.ofDays(3));
        crm.opportunities().moveTo(o1, OpportunityStage.NEGOTIATION);
        clock.advance(Duration.ofDays(3));
        crm.opportunities().moveTo(o1, OpportunityStage.PROSPECTING);
        crm.opportunities().win(o1);
        // in [NOW, NOW + 1 day) o1 entered PROSPECTING and later reached NEGOTIATION and CLOSED_WON
        List<StageConversion> first = reports.stageFunnel(NOW, NOW.plus(Duration.ofDays(1)));
        assertEquals(new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.NEGOTIATION, 3, 1),
                first.get(2));
        assertEquals(new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.CLOSED_WON, 3, 1),
                first.get(3));
        // in [NOW + 5 days, ...) o1 entered PROSPECTING again (its NEGOTIATION entry lies before the period)
        assertEquals(List.of(
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.QUALIFICATION, 1, 0),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.PROPOSAL, 1, 0),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.NEGOTIATION, 1, 0),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.CLOSED_WON, 1, 1),
                new StageConversion(OpportunityStage.PROSPECTING, OpportunityStage.CLOSED_LOST, 1, 0)),
                reports.stageFunnel(NOW.plus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(10))));
    }

    @Test
    void newReports_badPeriods_areRefused() {
        for (java.util.function.BiConsumer<Instant, Instant> report : List.<java.util.function.BiConsumer<Instant,
                Instant>>of(reports::winRateBySource, reports::winRateByMonth, reports::salesCycle,
                reports::salesCycleByOwner, reports::stageFunnel)) {
            ValidationException before = assertThrows(ValidationException.class,
                    () -> report.accept(NOW, NOW.minusNanos(1000)));
            assertEquals("to", before.field());
            assertEquals("must not be before from", before.rule());
            assertEquals("from", assertThrows(ValidationException.class, () -> report.accept(null, NOW)).field());
            assertEquals("to", assertThrows(ValidationException.class, () -> report.accept(NOW, null)).field());
        }
    }
}
