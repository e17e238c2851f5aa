package org.crm4j.jpa.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crm4j.core.Money;
import org.crm4j.core.UserId;
import org.crm4j.core.lead.LeadSource;
import org.crm4j.core.opportunity.OpportunityStage;
import org.crm4j.core.pipeline.MonthlyForecast;
import org.crm4j.core.pipeline.MonthlyWinRate;
import org.crm4j.core.pipeline.OwnerWinRate;
import org.crm4j.core.pipeline.PipelineReports;
import org.crm4j.core.pipeline.SalesCycle;
import org.crm4j.core.pipeline.SourceWinRate;
import org.crm4j.core.pipeline.StageConversion;
import org.crm4j.core.pipeline.StageTotal;
import org.hibernate.query.NativeQuery;

/**
 * {@link PipelineReports} in SQL: one {@code GROUP BY} per report over {@code crm_opportunity} (joined with the
 * converted leads for the sources, with the stage history for the funnel). The weighted sums
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

    private static final String CLOSED_IN = " FROM crm_opportunity o WHERE o.closed_at >= ?1 AND o.closed_at < ?2";
    private static final String WON_LOST_AMOUNT = " SUM(CASE WHEN o.stage = 'CLOSED_WON' THEN 1 ELSE 0 END) AS won,"
            + " SUM(CASE WHEN o.stage = 'CLOSED_LOST' THEN 1 ELSE 0 END) AS lost,"
            + " SUM(CASE WHEN o.stage = 'CLOSED_WON' THEN o.amount ELSE 0 END) AS amount";
    private static final String BY_SOURCE = "SELECT l.source AS source, o.currency AS currency," + WON_LOST_AMOUNT
            + " FROM crm_opportunity o LEFT JOIN crm_lead l ON l.opportunity_id = o.id"
            + " WHERE o.closed_at >= ?1 AND o.closed_at < ?2 GROUP BY l.source, o.currency";
    /**
     * The first entry in the period of each opportunity into each stage: its first stage at creation (the first
     * change's previous stage, or the stage if it never changed; order -1) and each change (order = its position in
     * the history), each found by its time index. Then per stage how many entered it (a {@code NULL}
     * {@code to_stage}) and, per stage a later change entered, how many of those opportunities entered it
     * afterwards: later entries are always changes, read by the history's primary key.
     */
    private static final String FUNNEL = "WITH firsts AS (SELECT e.opp AS opp, e.stage AS stage,"
            + " MIN(e.entry_ord) AS entry_ord FROM ("
            + "SELECT o.id AS opp, COALESCE(f.previous_stage, o.stage) AS stage, -1 AS entry_ord"
            + " FROM crm_opportunity o"
            + " LEFT JOIN crm_opportunity_stage_change f ON f.opportunity_id = o.id AND f.seq = 0"
            + " WHERE o.created_at >= ?1 AND o.created_at < ?2"
            + " UNION ALL SELECT c.opportunity_id, c.current_stage, c.seq FROM crm_opportunity_stage_change c"
            + " WHERE c.changed_at >= ?1 AND c.changed_at < ?2) e GROUP BY e.opp, e.stage)"
            + " SELECT x.stage AS from_stage, NULL AS to_stage, COUNT(*) AS n FROM firsts x GROUP BY x.stage"
            + " UNION ALL SELECT x.stage, c.current_stage, COUNT(DISTINCT x.opp) FROM firsts x"
            + " JOIN crm_opportunity_stage_change c ON c.opportunity_id = x.opp AND c.seq > x.entry_ord"
            + " AND c.current_stage <> x.stage GROUP BY x.stage, c.current_stage";
    private static final String BY_OWNER = "SELECT o.owner_id AS owner, o.currency AS currency," + WON_LOST_AMOUNT
            + CLOSED_IN + " GROUP BY o.owner_id, o.currency";

    private final JpaTransactions tx;
    private final Dialect dialect;

    JpaPipelineReports(JpaTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
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

    @Override
    public List<SourceWinRate> winRateBySource(Instant from, Instant to) {
        List<SourceWinRate> rows = new ArrayList<>();
        for (Object[] row : query(BY_SOURCE, Sql.micros(from), Sql.micros(to), q -> q
                .addScalar("source", String.class).addScalar("currency", String.class)
                .addScalar("won", Long.class).addScalar("lost", Long.class).addScalar("amount", BigDecimal.class))) {
            Currency currency = Currency.getInstance(((String) row[1]).strip());
            rows.add(new SourceWinRate(Optional.ofNullable((String) row[0]).map(LeadSource::valueOf),
                    (Long) row[2], (Long) row[3], money((BigDecimal) row[4], currency)));
        }
        return rows;
    }

    @Override
    public List<MonthlyWinRate> winRateByMonth(Instant from, Instant to) {
        String year = dialect == Dialect.MARIADB ? "YEAR(o.closed_at)"
                : "EXTRACT(YEAR FROM o.closed_at AT TIME ZONE 'UTC')";
        String month = dialect == Dialect.MARIADB ? "MONTH(o.closed_at)"
                : "EXTRACT(MONTH FROM o.closed_at AT TIME ZONE 'UTC')";
        String sql = "SELECT " + year + " AS y, " + month + " AS m, o.currency AS currency," + WON_LOST_AMOUNT
                + CLOSED_IN + " GROUP BY " + year + ", " + month + ", o.currency";
        List<MonthlyWinRate> rows = new ArrayList<>();
        for (Object[] row : query(sql, Sql.micros(from), Sql.micros(to), q -> q.addScalar("y", Integer.class)
                .addScalar("m", Integer.class).addScalar("currency", String.class).addScalar("won", Long.class)
                .addScalar("lost", Long.class).addScalar("amount", BigDecimal.class))) {
            Currency currency = Currency.getInstance(((String) row[2]).strip());
            rows.add(new MonthlyWinRate(YearMonth.of((Integer) row[0], (Integer) row[1]), (Long) row[3],
                    (Long) row[4], money((BigDecimal) row[5], currency)));
        }
        return rows;
    }

    @Override
    public List<SalesCycle> salesCycleByOwner(Instant from, Instant to) {
        // the time from creation to the win, exact to the microsecond: seconds as an exact numeric on PostgreSQL and
        // H2; on MariaDB a DECIMAL sum of microseconds (its division would round to div_precision_increment digits)
        boolean micros = dialect == Dialect.MARIADB;
        String seconds = micros ? "SUM(TIMESTAMPDIFF(MICROSECOND, o.created_at, o.closed_at))"
                : "SUM(EXTRACT(EPOCH FROM o.closed_at) - EXTRACT(EPOCH FROM o.created_at))";
        String sql = "SELECT o.owner_id AS owner, COUNT(*) AS won, " + seconds + " AS seconds" + CLOSED_IN
                + " AND o.stage = 'CLOSED_WON' GROUP BY o.owner_id";
        List<SalesCycle> rows = new ArrayList<>();
        for (Object[] row : query(sql, Sql.micros(from), Sql.micros(to), q -> q.addScalar("owner", String.class)
                .addScalar("won", Long.class).addScalar("seconds", BigDecimal.class))) {
            BigDecimal total = (BigDecimal) row[2];
            rows.add(new SalesCycle(Optional.of(new UserId((String) row[0])), (Long) row[1],
                    micros ? total.movePointLeft(6) : total));
        }
        return rows;
    }

    @Override
    public List<StageConversion> stageFunnel(Instant from, Instant to) {
        Map<OpportunityStage, Long> entered = new EnumMap<>(OpportunityStage.class);
        Map<OpportunityStage, Map<OpportunityStage, Long>> reached = new EnumMap<>(OpportunityStage.class);
        for (Object[] row : query(FUNNEL, Sql.micros(from), Sql.micros(to), q -> q
                .addScalar("from_stage", String.class).addScalar("to_stage", String.class)
                .addScalar("n", Long.class))) {
            OpportunityStage stage = OpportunityStage.valueOf((String) row[0]);
            if (row[1] == null) {
                entered.put(stage, (Long) row[2]);
            } else {
                reached.computeIfAbsent(stage, k -> new EnumMap<>(OpportunityStage.class))
                        .put(OpportunityStage.valueOf((String) row[1]), (Long) row[2]);
            }
        }
        return StageConversion.funnel(entered, reached);
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
