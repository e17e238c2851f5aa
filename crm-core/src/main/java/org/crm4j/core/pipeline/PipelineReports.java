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
}
