package org.crm4j.core.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Port: the sales pipeline's reports, computed where the opportunities are (SQL {@code GROUP BY} on a database).
 * The contract suite {@code org.crm4j.core.contract.PipelineReportsContract} checks an implementation against the
 * definitions below; rows come in any order ({@link PipelineReportService} sorts them), amounts are grouped by
 * currency. Periods are half-open.
 */
public interface PipelineReports {

    /**
     * The pipeline by stage: opportunities whose expected close date is in {@code [from, to)}, grouped by owner,
     * stage and currency.
     *
     * @param from the first day
     * @param to   the day after the last
     * @return one row per owner, stage and currency with at least one opportunity
     */
    List<StageTotal> pipelineByStage(LocalDate from, LocalDate to);

    /**
     * The weighted expected revenue of the open opportunities by the month of their expected close date, for close
     * dates in {@code [from, to)}.
     *
     * @param from the first day
     * @param to   the day after the last
     * @return one row per month and currency with at least one open opportunity
     */
    List<MonthlyForecast> expectedRevenueByCloseMonth(LocalDate from, LocalDate to);

    /**
     * Win rate and deal size per owner: the opportunities won or lost at a time in {@code [from, to)}.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return one row per owner and currency with at least one closed opportunity
     */
    List<OwnerWinRate> winRateByOwner(Instant from, Instant to);

    /**
     * Win rate and deal size per lead source: the opportunities won or lost at a time in {@code [from, to)},
     * grouped by the source of the lead whose conversion opened them (none for the others) and currency.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return one row per source (or none) and currency with at least one closed opportunity
     */
    List<SourceWinRate> winRateBySource(Instant from, Instant to);

    /**
     * Win rate and deal size per UTC month of closing: the opportunities won or lost at a time in
     * {@code [from, to)}, grouped by the UTC month of that time and currency.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return one row per month and currency with at least one closed opportunity
     */
    List<MonthlyWinRate> winRateByMonth(Instant from, Instant to);

    /**
     * The sales cycle per owner: the opportunities won at a time in {@code [from, to)}, with their summed
     * creation-to-win times.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return one row per owner (present) with at least one won opportunity
     */
    List<SalesCycle> salesCycleByOwner(Instant from, Instant to);

    /**
     * The stage-to-stage conversion funnel of the opportunities that entered a stage at a time in
     * {@code [from, to)}; see {@link StageConversion} for the definitions and {@link StageConversion#funnel} for
     * the rows' shape and order.
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive
     * @return the funnel rows
     */
    List<StageConversion> stageFunnel(Instant from, Instant to);
}
