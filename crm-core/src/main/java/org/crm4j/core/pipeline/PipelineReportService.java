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
}
