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
import org.crm4j.core.UserId;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.pipeline.MonthlyForecast;
import org.crm4j.core.pipeline.OwnerWinRate;
import org.crm4j.core.pipeline.PipelineReports;
import org.crm4j.core.pipeline.StageTotal;
import org.hibernate.query.NativeQuery;

/**
 * {@link PipelineReports} in SQL: one {@code GROUP BY} per report over {@code crm_opportunity}. The weighted sums
 * are summed exactly ({@code amount * probability}) and divided and rounded once here, as the domain defines them.
 */
final class JpaPipelineReports implements PipelineReports {

    private static final String BY_STAGE = "SELECT o.owner_id AS owner, o.stage AS stage, o.currency AS currency,"
            + " COUNT(*) AS n, SUM(o.amount) AS amount, SUM(o.amount * o.probability) AS weighted"
            + " FROM crm_opportunity o WHERE o.expected_close_date >= ?1 AND o.expected_close_date < ?2"
            + " GROUP BY o.owner_id, o.stage, o.currency";
    private static final String BY_MONTH = "SELECT EXTRACT(YEAR FROM o.expected_close_date) AS y,"
            + " EXTRACT(MONTH FROM o.expected_close_date) AS m, o.currency AS currency, COUNT(*) AS n,"
            + " SUM(o.amount * o.probability) AS weighted FROM crm_opportunity o"
            + " WHERE o.expected_close_date >= ?1 AND o.expected_close_date < ?2"
            + " AND o.stage <> 'CLOSED_WON' AND o.stage <> 'CLOSED_LOST'"
            + " GROUP BY EXTRACT(YEAR FROM o.expected_close_date), EXTRACT(MONTH FROM o.expected_close_date),"
            + " o.currency";
    private static final String BY_OWNER = "SELECT o.owner_id AS owner, o.currency AS currency,"
            + " SUM(CASE WHEN o.stage = 'CLOSED_WON' THEN 1 ELSE 0 END) AS won,"
            + " SUM(CASE WHEN o.stage = 'CLOSED_LOST' THEN 1 ELSE 0 END) AS lost,"
            + " SUM(CASE WHEN o.stage = 'CLOSED_WON' THEN o.amount ELSE 0 END) AS amount"
            + " FROM crm_opportunity o WHERE o.closed_at >= ?1 AND o.closed_at < ?2"
            + " GROUP BY o.owner_id, o.currency";

    private final JpaTransactions tx;

    JpaPipelineReports(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<StageTotal> pipelineByStage(LocalDate from, LocalDate to) {
        List<StageTotal> rows = new ArrayList<>();
        for (Object[] row : query(BY_STAGE, from, to, q -> q.addScalar("owner", String.class)
                .addScalar("stage", String.class).addScalar("currency", String.class).addScalar("n", Long.class)
                .addScalar("amount", BigDecimal.class).addScalar("weighted", BigDecimal.class))) {
            Currency currency = Currency.getInstance(((String) row[2]).strip());
            rows.add(new StageTotal(new UserId((String) row[0]), OpportunityStage.valueOf((String) row[1]),
                    (Long) row[3], money((BigDecimal) row[4], currency),
                    StageTotal.weighted((BigDecimal) row[5], currency)));
        }
        return rows;
    }

    @Override
    public List<MonthlyForecast> expectedRevenueByCloseMonth(LocalDate from, LocalDate to) {
        List<MonthlyForecast> rows = new ArrayList<>();
        for (Object[] row : query(BY_MONTH, from, to, q -> q.addScalar("y", Integer.class)
                .addScalar("m", Integer.class).addScalar("currency", String.class).addScalar("n", Long.class)
                .addScalar("weighted", BigDecimal.class))) {
            Currency currency = Currency.getInstance(((String) row[2]).strip());
            rows.add(new MonthlyForecast(YearMonth.of((Integer) row[0], (Integer) row[1]), (Long) row[3],
                    StageTotal.weighted((BigDecimal) row[4], currency)));
        }
        return rows;
    }

    @Override
    public List<OwnerWinRate> winRateByOwner(Instant from, Instant to) {
        List<OwnerWinRate> rows = new ArrayList<>();
        for (Object[] row : query(BY_OWNER, Sql.micros(from), Sql.micros(to), q -> q.addScalar("owner", String.class)
                .addScalar("currency", String.class).addScalar("won", Long.class).addScalar("lost", Long.class)
                .addScalar("amount", BigDecimal.class))) {
            Currency currency = Currency.getInstance(((String) row[1]).strip());
            rows.add(new OwnerWinRate(new UserId((String) row[0]), (Long) row[2], (Long) row[3],
                    money((BigDecimal) row[4], currency)));
        }
        return rows;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return Money.of(amount.stripTrailingZeros(), currency);
    }

    private List<Object[]> query(String sql, Object from, Object to, UnaryOperator<NativeQuery<Object[]>> scalars) {
        return tx.withEntityManager(em -> {
            @SuppressWarnings("unchecked") // a native query with scalar columns returns Object[] rows
            NativeQuery<Object[]> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
            return scalars.apply(query).setParameter(1, from).setParameter(2, to).getResultList();
        });
    }
}
