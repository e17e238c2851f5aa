package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.ValidationException;
import org.crm4j.core.insight.CloseMonthForecast;
import org.crm4j.core.insight.PipelineForecast;
import org.crm4j.core.insight.PipelineOptions;
import org.crm4j.core.insight.StageWinRate;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageProbabilities;
import org.junit.jupiter.api.Test;

/**
 * What {@link org.crm4j.core.insight.InsightService#pipelineForecast} learns on the adapter under test from the
 * pipeline of {@link PlantedPipeline} (400 closed opportunities with planted stage-to-win rates, 120 open ones):
 * each learnt rate is within three standard errors of the truth, the learnt rates' Brier score on the closed
 * history is within 0.01 of the true rates' and below the default configured probabilities', the expected
 * revenue by month is the open amounts times the truth within the rates' sampling error, the configured forecast
 * is exactly the open amounts times the configured probabilities, and the adapter equals the in-memory adapter.
 */
public abstract class PipelineForecastContract extends PortsContract {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final long SEED = 1_903L;
    private static final int CLOSED = 400;
    private static final int OPEN = 120;
    private static final PipelineOptions OPTIONS = PipelineOptions.of(TODAY, TODAY.plusMonths(6));

    private Crm crm() {
        return crm(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED));
    }

    @Test
    void pipelineForecast_plantedWinRates_areLearntCalibratedAndForecast_asInMemory() {
        Crm crm = crm();
        PlantedPipeline.Planted planted = PlantedPipeline.plant(crm, TODAY, CLOSED, OPEN, SEED);

        PipelineForecast forecast = crm.insights().pipelineForecast(OPTIONS);

        Map<OpportunityStage, Double> se = new EnumMap<>(OpportunityStage.class);
        for (StageWinRate rate : forecast.winRates()) {
            double truth = PlantedPipeline.TRUTH.get(rate.stage());
            se.put(rate.stage(), Math.sqrt(truth * (1 - truth) / rate.closed()));
            assertTrue(rate.learnt(), rate::toString);
            assertTrue(Math.abs(rate.empirical() - truth) < 3 * se.get(rate.stage()), forecast::describe);
            assertEquals(StageProbabilities.defaults().of(rate.stage()) / 100.0, rate.configured());
        }
        double trueLoss = 0;
        long pairs = 0;
        for (PlantedPipeline.Visit visit : planted.closed()) {
            for (OpportunityStage stage : visit.stages()) {
                double error = PlantedPipeline.TRUTH.get(stage) - (visit.won() ? 1 : 0);
                trueLoss += error * error;
                pairs++;
            }
        }
        assertEquals(pairs, forecast.scoredPairs());
        assertEquals(trueLoss / pairs, forecast.empiricalBrier(), 0.01, forecast::describe);
        assertTrue(forecast.empiricalBrier() < forecast.configuredBrier(), forecast::describe);

        Map<YearMonth, double[]> expected = new TreeMap<>();
        for (Opportunity o : planted.open()) {
            double amount = o.amount().amount().doubleValue();
            double[] e = expected.computeIfAbsent(YearMonth.from(o.expectedCloseDate()), m -> new double[4]);
            e[0] += amount * PlantedPipeline.TRUTH.get(o.stage());
            e[1] += amount * 3 * se.get(o.stage());
            e[2] += amount * StageProbabilities.defaults().of(o.stage()) / 100.0;
            e[3]++;
        }
        assertEquals(List.copyOf(expected.keySet()), forecast.months().stream().map(CloseMonthForecast::month)
                .toList());
        for (CloseMonthForecast month : forecast.months()) {
            double[] e = expected.get(month.month());
            assertEquals((long) e[3], month.count());
            assertEquals(e[0], month.empirical().amount().doubleValue(), e[1], forecast::describe);
            assertEquals(e[2], month.configured().amount().doubleValue(), 0.005, forecast::describe);
        }

        PipelineForecast memory;
        try (Crm inMemory = Crm.inMemory(Clock.fixed(NOW, ZoneOffset.UTC), IdGenerator.seeded(SEED))) {
            PlantedPipeline.plant(inMemory, TODAY, CLOSED, OPEN, SEED);
            memory = inMemory.insights().pipelineForecast(OPTIONS);
        }
        assertEquals(memory, forecast);
        assertEquals(memory.describe(), forecast.describe());
    }

    @Test
    void pipelineForecast_withoutHistory_usesTheConfiguredProbabilitiesAndSaysSo() {
        Crm crm = crm();

        PipelineForecast forecast = crm.insights().pipelineForecast(OPTIONS);

        assertEquals(List.of(), forecast.months());
        assertEquals(0, forecast.scoredPairs());
        assertTrue(Double.isNaN(forecast.empiricalBrier()));
        forecast.winRates().forEach(r -> assertEquals(r.configured(), r.empirical()));
        assertTrue(forecast.describe().contains("no history, as configured"), forecast::describe);
        assertEquals("options", assertThrows(ValidationException.class,
                () -> crm.insights().pipelineForecast(null)).field());
    }
}
