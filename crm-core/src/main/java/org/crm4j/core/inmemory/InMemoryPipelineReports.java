package org.crm4j.core.inmemory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageChange;
import org.crm4j.core.pipeline.MonthlyForecast;
import org.crm4j.core.pipeline.MonthlyWinRate;
import org.crm4j.core.pipeline.OwnerWinRate;
import org.crm4j.core.pipeline.PipelineReports;
import org.crm4j.core.pipeline.SalesCycle;
import org.crm4j.core.pipeline.SourceWinRate;
import org.crm4j.core.pipeline.StageConversion;
import org.crm4j.core.pipeline.StageTotal;

/** {@link PipelineReports} over the store's opportunities: the reference the SQL reports are checked against. */
final class InMemoryPipelineReports implements PipelineReports {

    private final InMemoryStore store;

    InMemoryPipelineReports(InMemoryStore store) {
        this.store = store;
    }

    /** The running sums of one group. */
    private static final class Sums {
        long count;
        long won;
        long lost;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
    }

    private record StageKey(UserId owner, OpportunityStage stage, Currency currency) {
    }

    private record MonthKey(YearMonth month, Currency currency) {
    }

    private record OwnerKey(UserId owner, Currency currency) {
    }

    private record SourceKey(Optional<LeadSource> source, Currency currency) {
    }

    @Override
    public List<StageTotal> pipelineByStage(LocalDate from, LocalDate to) {
        return store.locked(() -> {
            Map<StageKey, Sums> groups = new HashMap<>();
            for (Opportunity o : store.opportunities.values()) {
                if (!o.expectedCloseDate().isBefore(from) && o.expectedCloseDate().isBefore(to)) {
                    Sums sums = groups.computeIfAbsent(new StageKey(o.owner(), o.stage(), o.amount().currency()),
                            k -> new Sums());
                    add(sums, o);
                }
            }
            List<StageTotal> rows = new ArrayList<>();
            groups.forEach((key, sums) -> rows.add(new StageTotal(key.owner(), key.stage(), sums.count,
                    Money.of(sums.amount, key.currency()), StageTotal.weighted(sums.weighted, key.currency()))));
            return rows;
        });
    }

    @Override
    public List<MonthlyForecast> expectedRevenueByCloseMonth(LocalDate from, LocalDate to) {
        return store.locked(() -> {
            Map<MonthKey, Sums> groups = new HashMap<>();
            for (Opportunity o : store.opportunities.values()) {
                if (!o.stage().closed() && !o.expectedCloseDate().isBefore(from)
                        && o.expectedCloseDate().isBefore(to)) {
                    add(groups.computeIfAbsent(new MonthKey(YearMonth.from(o.expectedCloseDate()),
                            o.amount().currency()), k -> new Sums()), o);
                }
            }
            List<MonthlyForecast> rows = new ArrayList<>();
            groups.forEach((key, sums) -> rows.add(new MonthlyForecast(key.month(), sums.count,
                    StageTotal.weighted(sums.weighted, key.currency()))));
            return rows;
        });
    }

    @Override
    public List<OwnerWinRate> winRateByOwner(Instant from, Instant to) {
        return store.locked(() -> {
            Map<OwnerKey, Sums> groups = new HashMap<>();
            for (Opportunity o : store.opportunities.values()) {
                Instant closed = o.closedAt().orElse(null);
                if (closed != null && !closed.isBefore(from) && closed.isBefore(to)) {
                    Sums sums = groups.computeIfAbsent(new OwnerKey(o.owner(), o.amount().currency()),
                            k -> new Sums());
                    if (o.stage() == OpportunityStage.CLOSED_WON) {
                        sums.won++;
                        sums.amount = sums.amount.add(o.amount().amount());
                    } else {
                        sums.lost++;
                    }
                }
            }
            List<OwnerWinRate> rows = new ArrayList<>();
            groups.forEach((key, sums) -> rows.add(new OwnerWinRate(key.owner(), sums.won, sums.lost,
                    Money.of(sums.amount, key.currency()))));
            return rows;
        });
    }

    @Override
    public List<SourceWinRate> winRateBySource(Instant from, Instant to) {
        return store.locked(() -> {
            Map<OpportunityId, LeadSource> sources = new HashMap<>();
            for (Lead lead : store.leads.values()) {
                lead.opportunity().ifPresent(opportunity -> sources.put(opportunity, lead.source()));
            }
            Map<SourceKey, Sums> groups = new HashMap<>();
            for (Opportunity o : closedIn(from, to)) {
                closed(groups.computeIfAbsent(new SourceKey(Optional.ofNullable(sources.get(o.id())),
                        o.amount().currency()), k -> new Sums()), o);
            }
            List<SourceWinRate> rows = new ArrayList<>();
            groups.forEach((key, sums) -> rows.add(new SourceWinRate(key.source(), sums.won, sums.lost,
                    Money.of(sums.amount, key.currency()))));
            return rows;
        });
    }

    @Override
    public List<MonthlyWinRate> winRateByMonth(Instant from, Instant to) {
        return store.locked(() -> {
            Map<MonthKey, Sums> groups = new HashMap<>();
            for (Opportunity o : closedIn(from, to)) {
                closed(groups.computeIfAbsent(new MonthKey(YearMonth.from(o.closedAt().orElseThrow()
                        .atOffset(ZoneOffset.UTC)), o.amount().currency()), k -> new Sums()), o);
            }
            List<MonthlyWinRate> rows = new ArrayList<>();
            groups.forEach((key, sums) -> rows.add(new MonthlyWinRate(key.month(), sums.won, sums.lost,
                    Money.of(sums.amount, key.currency()))));
            return rows;
        });
    }

    @Override
    public List<SalesCycle> salesCycleByOwner(Instant from, Instant to) {
        return store.locked(() -> {
            Map<UserId, Sums> groups = new HashMap<>();
            for (Opportunity o : closedIn(from, to)) {
                if (o.stage() == OpportunityStage.CLOSED_WON) {
                    Sums sums = groups.computeIfAbsent(o.owner(), k -> new Sums());
                    sums.won++;
                    Duration cycle = Duration.between(o.createdAt(), o.closedAt().orElseThrow());
                    sums.amount = sums.amount.add(BigDecimal.valueOf(cycle.getSeconds())
                            .add(BigDecimal.valueOf(cycle.getNano() / 1_000, 6)));
                }
            }
            List<SalesCycle> rows = new ArrayList<>();
            groups.forEach((owner, sums) -> rows.add(new SalesCycle(Optional.of(owner), sums.won, sums.amount)));
            return rows;
        });
    }

    @Override
    public List<StageConversion> stageFunnel(Instant from, Instant to) {
        return store.locked(() -> {
            Map<OpportunityStage, Long> entered = new EnumMap<>(OpportunityStage.class);
            Map<OpportunityStage, Map<OpportunityStage, Long>> reached = new EnumMap<>(OpportunityStage.class);
            for (Opportunity o : store.opportunities.values()) {
                List<OpportunityStage> stages = new ArrayList<>();
                List<Instant> times = new ArrayList<>();
                stages.add(o.history().isEmpty() ? o.stage() : o.history().get(0).previous());
                times.add(o.createdAt());
                for (StageChange change : o.history()) {
                    stages.add(change.current());
                    times.add(change.at());
                }
                Set<OpportunityStage> counted = EnumSet.noneOf(OpportunityStage.class);
                for (int i = 0; i < stages.size(); i++) {
                    OpportunityStage stage = stages.get(i);
                    if (times.get(i).isBefore(from) || !times.get(i).isBefore(to) || !counted.add(stage)) {
                        continue;
                    }
                    entered.merge(stage, 1L, Long::sum);
                    Set<OpportunityStage> later = EnumSet.noneOf(OpportunityStage.class);
                    for (int j = i + 1; j < stages.size(); j++) {
                        if (stages.get(j) != stage && later.add(stages.get(j))) {
                            reached.computeIfAbsent(stage, k -> new EnumMap<>(OpportunityStage.class))
                                    .merge(stages.get(j), 1L, Long::sum);
                        }
                    }
                }
            }
            return StageConversion.funnel(entered, reached);
        });
    }

    /** @return the opportunities won or lost at a time in {@code [from, to)}; call under the store's lock */
    private List<Opportunity> closedIn(Instant from, Instant to) {
        List<Opportunity> closed = new ArrayList<>();
        for (Opportunity o : store.opportunities.values()) {
            Instant at = o.closedAt().orElse(null);
            if (at != null && !at.isBefore(from) && at.isBefore(to)) {
                closed.add(o);
            }
        }
        return closed;
    }

    private static void closed(Sums sums, Opportunity o) {
        if (o.stage() == OpportunityStage.CLOSED_WON) {
            sums.won++;
            sums.amount = sums.amount.add(o.amount().amount());
        } else {
            sums.lost++;
        }
    }

    private static void add(Sums sums, Opportunity o) {
        sums.count++;
        sums.amount = sums.amount.add(o.amount().amount());
        sums.weighted = sums.weighted.add(o.amount().amount().multiply(BigDecimal.valueOf(o.probability())));
    }
}
