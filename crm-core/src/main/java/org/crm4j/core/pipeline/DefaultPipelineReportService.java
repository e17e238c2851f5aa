package org.crm4j.core.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;

/** The pipeline reports over the port, sorted here so that every adapter answers in the same order. */
final class DefaultPipelineReportService implements PipelineReportService {

    private static final Comparator<StageTotal> STAGE_ORDER = Comparator
            .comparing((StageTotal t) -> t.owner().value())
            .thenComparing(StageTotal::stage)
            .thenComparing(t -> t.amount().currency().getCurrencyCode());
    private static final Comparator<MonthlyForecast> MONTH_ORDER = Comparator.comparing(MonthlyForecast::month)
            .thenComparing(f -> f.weighted().currency().getCurrencyCode());
    private static final Comparator<OwnerWinRate> OWNER_ORDER = Comparator
            .comparing((OwnerWinRate r) -> r.owner().value())
            .thenComparing(r -> r.wonAmount().currency().getCurrencyCode());

    private static final Comparator<SourceWinRate> SOURCE_ORDER = Comparator
            .comparing((SourceWinRate r) -> r.source().map(source -> source.ordinal() + 1).orElse(0))
            .thenComparing(r -> r.wonAmount().currency().getCurrencyCode());
    private static final Comparator<MonthlyWinRate> CLOSE_MONTH_ORDER = Comparator
            .comparing(MonthlyWinRate::month)
            .thenComparing(r -> r.wonAmount().currency().getCurrencyCode());
    private static final Comparator<SalesCycle> CYCLE_ORDER = Comparator
            .comparing((SalesCycle c) -> c.owner().orElseThrow().value());
    private static final Comparator<StageConversion> FUNNEL_ORDER = Comparator
            .comparing(StageConversion::from).thenComparing(StageConversion::to);

    private final PipelineReports reports;
    private final Transactions transactions;

    DefaultPipelineReportService(PipelineReports reports, Transactions transactions) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public List<StageTotal> pipelineByStage(LocalDate from, LocalDate to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.pipelineByStage(from, to)), STAGE_ORDER);
    }

    @Override
    public List<MonthlyForecast> expectedRevenueByCloseMonth(LocalDate from, LocalDate to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.expectedRevenueByCloseMonth(from, to)), MONTH_ORDER);
    }

    @Override
    public List<OwnerWinRate> winRateByOwner(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.winRateByOwner(from, to)), OWNER_ORDER);
    }

    @Override
    public List<SourceWinRate> winRateBySource(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.winRateBySource(from, to)), SOURCE_ORDER);
    }

    @Override
    public List<MonthlyWinRate> winRateByMonth(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.winRateByMonth(from, to)), CLOSE_MONTH_ORDER);
    }

    @Override
    public SalesCycle salesCycle(Instant from, Instant to) {
        long won = 0;
        BigDecimal seconds = BigDecimal.ZERO;
        for (SalesCycle owner : salesCycleByOwner(from, to)) {
            won += owner.won();
            seconds = seconds.add(owner.totalSeconds());
        }
        return new SalesCycle(Optional.empty(), won, seconds);
    }

    @Override
    public List<SalesCycle> salesCycleByOwner(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.salesCycleByOwner(from, to)), CYCLE_ORDER);
    }

    @Override
    public List<StageConversion> stageFunnel(Instant from, Instant to) {
        Require.period("from", from, "to", to);
        return sorted(transactions.inTransaction(() -> reports.stageFunnel(from, to)), FUNNEL_ORDER);
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        List<T> copy = new ArrayList<>(rows);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
