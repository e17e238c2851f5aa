package org.crm4j.jpa.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crm4j.core.Money;
import org.crm4j.core.insight.OpenPipeline;
import org.crm4j.core.insight.PipelineHistories;
import org.crm4j.core.insight.StageOutcome;
import org.crm4j.core.opportunity.OpportunityStage;
import org.hibernate.query.NativeQuery;

/**
 * {@link PipelineHistories} in SQL: one {@code GROUP BY} per read. The stages an opportunity went through are the
 * previous and current stages of its stage changes ({@code UNION} keeps each once per opportunity); amounts are
 * summed exactly.
 */
final class JpaPipelineHistories implements PipelineHistories {

    private static final String OUTCOMES = "SELECT v.stage AS stage, COUNT(*) AS n,"
            + " SUM(CASE WHEN o.stage = 'CLOSED_WON' THEN 1 ELSE 0 END) AS won"
            + " FROM (SELECT c.opportunity_id AS id, c.previous_stage AS stage FROM crm_opportunity_stage_change c"
            + " UNION SELECT c.opportunity_id AS id, c.current_stage AS stage FROM crm_opportunity_stage_change c) v"
            + " JOIN crm_opportunity o ON o.id = v.id"
            + " WHERE o.closed_at >= ?1 AND o.closed_at < ?2 AND (o.stage = 'CLOSED_WON' OR o.stage = 'CLOSED_LOST')"
            + " AND v.stage <> 'CLOSED_WON' AND v.stage <> 'CLOSED_LOST'"
            + " GROUP BY v.stage";
    private static final String OPEN = "SELECT EXTRACT(YEAR FROM o.expected_close_date) AS y,"
            + " EXTRACT(MONTH FROM o.expected_close_date) AS m, o.stage AS stage, o.currency AS currency,"
            + " COUNT(*) AS n, SUM(o.amount) AS amount FROM crm_opportunity o"
            + " WHERE o.expected_close_date >= ?1 AND o.expected_close_date < ?2"
            + " AND o.stage <> 'CLOSED_WON' AND o.stage <> 'CLOSED_LOST'"
            + " GROUP BY EXTRACT(YEAR FROM o.expected_close_date), EXTRACT(MONTH FROM o.expected_close_date),"
            + " o.stage, o.currency";

    private final JpaTransactions tx;

    JpaPipelineHistories(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<StageOutcome> stageOutcomes(Instant from, Instant to) {
        List<StageOutcome> rows = new ArrayList<>();
        for (Object[] row : query(OUTCOMES, Sql.micros(from), Sql.micros(to), q -> q.addScalar("stage", String.class)
                .addScalar("n", Long.class).addScalar("won", Long.class))) {
            rows.add(new StageOutcome(OpportunityStage.valueOf(((String) row[0]).strip()), (Long) row[1],
                    (Long) row[2]));
        }
        return rows;
    }

    @Override
    public List<OpenPipeline> openPipeline(LocalDate from, LocalDate to) {
        List<OpenPipeline> rows = new ArrayList<>();
        for (Object[] row : query(OPEN, from, to, q -> q.addScalar("y", Integer.class).addScalar("m", Integer.class)
                .addScalar("stage", String.class).addScalar("currency", String.class).addScalar("n", Long.class)
                .addScalar("amount", BigDecimal.class))) {
            Currency currency = Currency.getInstance(((String) row[3]).strip());
            rows.add(new OpenPipeline(YearMonth.of((Integer) row[0], (Integer) row[1]),
                    OpportunityStage.valueOf(((String) row[2]).strip()), (Long) row[4],
                    Money.of(((BigDecimal) row[5]).stripTrailingZeros(), currency)));
        }
        return rows;
    }

    private List<Object[]> query(String sql, Object from, Object to, UnaryOperator<NativeQuery<Object[]>> scalars) {
        return tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            return scalars.apply(query).setParameter(1, from).setParameter(2, to).getResultList();
        });
    }
}
