package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.contract.PlantedCampaign;
import org.crm4j.core.contract.PlantedChurn;
import org.crm4j.core.contract.PlantedLeads;
import org.crm4j.core.contract.PlantedCustomers;
import org.crm4j.core.contract.PlantedPurchases;
import org.junit.jupiter.api.Test;

/** Every insight reports its steps in order to a {@link ProgressListener}, ending with the last one. */
class ProgressListenerTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final List<int[]> steps = new ArrayList<>();
    private final ProgressListener recorder = (stage, step, total) -> steps.add(new int[] {step, total});

    private static Crm crm() {
        return Crm.inMemory(Clock.fixed(NOW.plus(Duration.ofHours(1)), ZoneOffset.UTC), IdGenerator.seeded(18L));
    }

    @Test
    void segment_reportsThreeSteps() {
        Crm crm = crm();
        PlantedCustomers.threeGroups(crm, NOW, 10, 18L);

        crm.insights().segment(SegmentationOptions.of(EUR, NOW), recorder);

        assertSteps(3);
    }

    @Test
    void lifetimeValue_reportsFourSteps() {
        Crm crm = crm();
        PlantedPurchases.plant(crm, new PlantedPurchases.Truth(0.25, 4.0, 0.8, 2.5), 200,
                NOW.minus(Duration.ofDays(7 * 78)), 78, 12, 18L);

        crm.insights().lifetimeValue(LifetimeOptions.of(EUR, NOW), recorder);

        assertSteps(4);
    }

    @Test
    void churnAndRetention_reportTwoStepsEach() {
        Crm crm = crm();
        Instant cutoff = NOW.minus(Duration.ofDays(100));
        PlantedChurn.plant(crm, cutoff, 100, 18L);

        crm.insights().churn(ChurnOptions.of(EUR, cutoff).withModel(ChurnModel.TREE), recorder);
        assertSteps(2);
        steps.clear();
        crm.insights().retention(CohortOptions.of(EUR, YearMonth.of(2025, 1), YearMonth.of(2026, 2)), recorder);
        assertSteps(2);
    }

    @Test
    void campaignEffect_reportsTwoSteps() {
        MutableClock clock = new MutableClock(PlantedCampaign.NOW);
        Crm crm = Crm.inMemory(clock, IdGenerator.seeded(18L));
        Campaign campaign = PlantedCampaign.customers(crm, clock, 300, 18L).plant("Small", 1, 0.3, 0.3, 0.5, 18L);

        crm.insights().campaignEffect(campaign.id(), EffectOptions.defaults(), recorder);

        assertSteps(2);
        assertEquals("listener", assertThrows(ValidationException.class,
                () -> crm.insights().campaignEffect(campaign.id(), EffectOptions.defaults(), null)).field());
    }

    @Test
    void pipelineForecastAndLeadScores_reportTwoStepsEach() {
        Crm crm = crm();
        PlantedLeads.plant(crm, 100, 5, 18L);

        crm.insights().pipelineForecast(PipelineOptions.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)),
                recorder);
        assertSteps(2);
        steps.clear();
        crm.insights().leadScores(LeadScoringOptions.defaults(), recorder);
        assertSteps(2);
    }

    @Test
    void listener_null_isRefusedNamingListener() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> crm().insights().retention(CohortOptions.of(EUR, YearMonth.of(2026, 1), YearMonth.of(2026, 1)),
                        null));

        assertEquals("listener", e.field());
    }

    @Test
    void listener_throwing_abortsTheInsight() {
        IllegalStateException cancelled = new IllegalStateException("cancelled by the user");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> crm().insights().retention(CohortOptions.of(EUR, YearMonth.of(2026, 1), YearMonth.of(2026, 1)),
                        (stage, step, total) -> {
                            throw cancelled;
                        }));

        assertSame(cancelled, thrown);
    }

    private void assertSteps(int total) {
        assertEquals(total, steps.size());
        for (int i = 0; i < total; i++) {
            assertEquals(i + 1, steps.get(i)[0]);
            assertEquals(total, steps.get(i)[1]);
        }
    }
}
