package org.crm4j.core.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/**
 * The sales pipeline's reports (see {@link PipelineReports} for their definitions), each over a half-open period
 * and returning domain records in a fixed order. Thread-safe.
 */
public interface PipelineReportService {

    /**
     * Creates the service.
     *
     * @param reports      the port
     * @param transactions the transaction port
     * @return the service
     */
    static PipelineReportService create(PipelineReports reports, Transactions transactions) {
        return new DefaultPipelineReportService(reports, transactions);
    }

    /**
     * @param from the first day of expected close dates
     * @param to   the day after the last
     * @return per owner, stage and currency: count, amount and probability-weighted amount; ordered by owner id
     *         (as text), stage, currency code
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<StageTotal> pipelineByStage(LocalDate from, LocalDate to);

    /**
     * @param from the first day of expected close dates
     * @param to   the day after the last
     * @return per month and currency: the weighted amount of the open opportunities; ordered by month, currency
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<MonthlyForecast> expectedRevenueByCloseMonth(LocalDate from, LocalDate to);

    /**
     * @param from the start of the closing times, inclusive
     * @param to   the end, exclusive
     * @return per owner and currency: won, lost, won amount (win rate and average deal size follow); ordered by
     *         owner id (as text), currency
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<OwnerWinRate> winRateByOwner(Instant from, Instant to);

    /**
     * @param from the start of the closing times, inclusive
     * @param to   the end, exclusive
     * @return per lead source (empty: opportunities not opened by converting a lead) and currency: won, lost, won
     *         amount (win rate and average deal size follow); ordered by source (none first, then the enum's
     *         order), currency code
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<SourceWinRate> winRateBySource(Instant from, Instant to);

    /**
     * @param from the start of the closing times, inclusive
     * @param to   the end, exclusive
     * @return per UTC month of closing and currency: won, lost, won amount; ordered by month, currency code
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<MonthlyWinRate> winRateByMonth(Instant from, Instant to);

    /**
     * @param from the start of the winning times, inclusive
     * @param to   the end, exclusive
     * @return the average creation-to-win time of all opportunities won in the period (owner empty; {@code won}
     *         0 and {@link SalesCycle#averageDays()} NaN if none)
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    SalesCycle salesCycle(Instant from, Instant to);

    /**
     * @param from the start of the winning times, inclusive
     * @param to   the end, exclusive
     * @return per owner with a won opportunity in the period: the creation-to-win times; ordered by owner id
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<SalesCycle> salesCycleByOwner(Instant from, Instant to);

    /**
     * The stage-to-stage conversion funnel: of the opportunities that entered an open stage in the period, how
     * many reached each later stage (see {@link StageConversion}).
     *
     * @param from the start of the stage entries, inclusive
     * @param to   the end, exclusive
     * @return per open stage entered in the period and later stage; ordered by the stages' enum order
     * @throws ValidationException on {@code "from"}/{@code "to"} if null, on {@code "to"} if before {@code from}
     */
    List<StageConversion> stageFunnel(Instant from, Instant to);
}
