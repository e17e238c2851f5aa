package org.crm4j.core.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: the sales pipeline summarised for {@link InsightService#pipelineForecast}: how closed opportunities ended by
 * the open stages they went through, and the open pipeline by close month and stage. Adapters compute each with one
 * aggregate query (crm-jpa: SQL {@code GROUP BY} over the opportunities and their stage changes); the in-memory
 * adapter by scanning. Implementations are thread-safe. Checked by
 * {@code org.crm4j.core.contract.PipelineForecastContract} on every adapter.
 */
public interface PipelineHistories {

    /**
     * For each open stage, the opportunities won or lost at a time in {@code [from, to)} that were in that stage at
     * some time (the stage they were created in, or one they moved to), and how many of them were won. An
     * opportunity counts once per stage however often it came back to it.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one row per open stage with at least one such opportunity, in any order
     */
    List<StageOutcome> stageOutcomes(Instant from, Instant to);

    /**
     * The open opportunities whose expected close date lies in {@code [from, to)}, per month of that date, stage
     * and currency.
     *
     * @param from the first day
     * @param to   the day after the last
     * @return one row per month, open stage and currency with at least one opportunity, in any order
     */
    List<OpenPipeline> openPipeline(LocalDate from, LocalDate to);
}
