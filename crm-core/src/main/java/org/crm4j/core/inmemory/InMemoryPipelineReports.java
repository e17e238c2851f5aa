package org.crm4j.core.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.pipeline.MonthlyForecast;
import org.crm4j.core.pipeline.OwnerWinRate;
import org.crm4j.core.pipeline.PipelineReports;
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

    private static void add(Sums sums, Opportunity o) {
        sums.count++;
        sums.amount = sums.amount.add(o.amount().amount());
        sums.weighted = sums.weighted.add(o.amount().amount().multiply(BigDecimal.valueOf(o.probability())));
    }
}
