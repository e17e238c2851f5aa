package org.crm4j.core.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.Money;
import org.crm4j.core.insight.OpenPipeline;
import org.crm4j.core.insight.PipelineHistories;
import org.crm4j.core.insight.StageOutcome;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.opportunity.StageChange;

/** {@link PipelineHistories} over the store's opportunities: the reference the SQL aggregates are checked against. */
final class InMemoryPipelineHistories implements PipelineHistories {

    private final InMemoryStore store;

    InMemoryPipelineHistories(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public List<StageOutcome> stageOutcomes(Instant from, Instant to) {
        return store.locked(() -> {
            Map<OpportunityStage, long[]> counts = new EnumMap<>(OpportunityStage.class);
            for (Opportunity o : store.opportunities.values()) {
                Instant closed = o.closedAt().orElse(null);
                if (closed == null || closed.isBefore(from) || !closed.isBefore(to)) {
                    continue;
                }
                Set<OpportunityStage> visited = EnumSet.noneOf(OpportunityStage.class);
                for (StageChange change : o.history()) {
                    visited.add(change.previous());
                    visited.add(change.current());
                }
                for (OpportunityStage stage : visited) {
                    if (!stage.closed()) {
                        long[] c = counts.computeIfAbsent(stage, s -> new long[2]);
                        c[0]++;
                        c[1] += o.stage() == OpportunityStage.CLOSED_WON ? 1 : 0;
                    }
                }
            }
            List<StageOutcome> rows = new ArrayList<>();
            counts.forEach((stage, c) -> rows.add(new StageOutcome(stage, c[0], c[1])));
            return rows;
        });
    }

    @Override
    public List<OpenPipeline> openPipeline(LocalDate from, LocalDate to) {
        record Key(YearMonth month, OpportunityStage stage, Currency currency) {
        }
        return store.locked(() -> {
            Map<Key, Object[]> groups = new HashMap<>();
            for (Opportunity o : store.opportunities.values()) {
                if (!o.stage().closed() && !o.expectedCloseDate().isBefore(from)
                        && o.expectedCloseDate().isBefore(to)) {
                    Object[] g = groups.computeIfAbsent(new Key(YearMonth.from(o.expectedCloseDate()), o.stage(),
                            o.amount().currency()), k -> new Object[] {0L, BigDecimal.ZERO});
                    g[0] = (Long) g[0] + 1;
                    g[1] = ((BigDecimal) g[1]).add(o.amount().amount());
                }
            }
            List<OpenPipeline> rows = new ArrayList<>();
            groups.forEach((key, g) -> rows.add(new OpenPipeline(key.month(), key.stage(), (Long) g[0],
                    Money.of((BigDecimal) g[1], key.currency()))));
            return rows;
        });
    }
}
