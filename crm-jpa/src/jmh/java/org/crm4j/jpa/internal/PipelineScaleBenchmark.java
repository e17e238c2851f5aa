package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.Page;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadConversion;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadOpportunity;
import org.crm4j.core.pipeline.SalesCycle;
import org.crm4j.core.pipeline.SourceWinRate;
import org.crm4j.core.pipeline.StageConversion;
import org.crm4j.core.pipeline.StageTotal;
import org.crm4j.core.report.PeriodSales;
import org.crm4j.core.report.SalesPeriod;
import org.crm4j.core.timeline.TimelineEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sales pipeline at scale on PostgreSQL, through the public services: 1 000 000 opportunities (50 owners, close
 * dates over 2025 and 2026, a stage change for each one not in PROSPECTING), 5 000 000 activities (about 50 per
 * customer; customer 1 has 10 050), 100 000 customers, 500 000 sales and 100 000 NEW leads, loaded once with
 * {@code generate_series} into a dedicated database ({@code crm4j.bench.url}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/bench16}, created when missing; user and password of the tests,
 * {@code crm4j.postgresql.user}/{@code .password}). Later runs reuse the data (a run converts leads and adds
 * 100 000 more when fewer than 20 000 NEW ones remain). The schema is the Flyway migrations' (V10 indexes the
 * pipeline by close date).
 *
 * <ul>
 *   <li>{@code pipelineByStageQuarter}: {@code PipelineReportService.pipelineByStage} over one quarter of close
 *       dates (125 000 opportunities, 150 groups); {@code pipelineByStageTwoYears} over all of them.</li>
 *   <li>{@code timelineHeavyCustomerFirstPage}, {@code timelineHeavyCustomerPage10}: pages 0 and 10 (50 entries
 *       each) of customer 1's timeline (10 050 activities, 1 005 sales, 10 opportunities);
 *       {@code timelineTypicalCustomerFirstPage}: page 0 of a customer with 50 activities.</li>
 *   <li>{@code convertLead}: {@code LeadService.convert} of a NEW lead into a new customer with an opportunity (one
 *       transaction); {@code registerCustomer}, one {@code CustomerService.register} (one transaction), is the
 *       floor to compare it with in the same run.</li>
 *   <li>the other reports over a year or a quarter, to show what they cost at this size.</li>
 * </ul>
 *
 * Run (from the repository root; see crm-jpa/BENCHMARKS.md):
 * <pre>{@code mvn -B -fn -Pbench -pl crm-jpa -am verify -Djmh.args="PipelineScaleBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PipelineScaleBenchmark {

    private static final int OPPORTUNITIES = 1_000_000;
    private static final int ACTIVITIES = 5_000_000;
    private static final int MIN_NEW_LEADS = 20_000;
    private static final LocalDate QUARTER = LocalDate.of(2025, 4, 1);
    private static final Instant YEAR = Instant.parse("2025-01-01T00:00:00Z");

    /** Loads the data: PostgreSQL, deterministic ids {@code md5('customer' || i)::uuid} and so on. */
    private static final String LOAD = """
-- 100 000 customers; customer 1 is the heavy one
INSERT INTO crm_customer (id, name, email, email_index, phone, date_of_birth, gender, lifecycle_stage, active, created_at,
       updated_at, version)
SELECT md5('customer' || i)::uuid, 'Customer ' || i, 'c' || i || '@bench.test', 'c' || i || '@bench.test', NULL, NULL,
       'UNDISCLOSED', 'ACTIVE', TRUE,
       TIMESTAMPTZ '2023-01-01 00:00:00+00', TIMESTAMPTZ '2023-01-01 00:00:00+00', 0
FROM generate_series(1, 100000) i;
INSERT INTO crm_product (id, sku, name, price_amount, price_currency, stock, active, created_at, updated_at, version)
SELECT md5('product' || i)::uuid, 'SKU-' || i, 'Product ' || i, 10 + i, 'EUR', 1000000000, TRUE,
       TIMESTAMPTZ '2023-01-01 00:00:00+00', TIMESTAMPTZ '2023-01-01 00:00:00+00', 0
FROM generate_series(1, 100) i;
-- 1 000 000 opportunities, 50 owners, close dates over 2025-2026, 10 per customer
INSERT INTO crm_opportunity (id, customer_id, name, owner_id, amount, currency, expected_close_date, stage, probability,
       lost_reason, closed_at, created_at, updated_at, version)
SELECT md5('opportunity' || i)::uuid, md5('customer' || (1 + i % 100000))::uuid, 'Deal ' || i, 'user' || (i % 50),
       (i::bigint * 7919 % 10000000) / 100.0, CASE WHEN i % 10 = 0 THEN 'USD' ELSE 'EUR' END,
       DATE '2025-01-01' + (i % 730), s.stage,
       CASE s.stage WHEN 'PROSPECTING' THEN 10 WHEN 'QUALIFICATION' THEN 20 WHEN 'PROPOSAL' THEN 50
            WHEN 'NEGOTIATION' THEN 80 WHEN 'CLOSED_WON' THEN 100 ELSE 0 END,
       CASE WHEN s.stage = 'CLOSED_LOST' THEN 'price' END,
       CASE WHEN s.stage IN ('CLOSED_WON', 'CLOSED_LOST') THEN c.created + INTERVAL '30 days' END,
       c.created, c.created + INTERVAL '30 days', 0
FROM generate_series(1, 1000000) i
CROSS JOIN LATERAL (SELECT (ARRAY['PROSPECTING', 'QUALIFICATION', 'PROPOSAL', 'NEGOTIATION', 'CLOSED_WON',
       'CLOSED_LOST'])[1 + i % 6] AS stage) s
CROSS JOIN LATERAL (SELECT TIMESTAMPTZ '2024-12-01 00:00:00+00' + (i % 730) * INTERVAL '1 day'
       - INTERVAL '60 days' + (i % 86400) * INTERVAL '1 second' AS created) c;
-- the history: every opportunity not in PROSPECTING was created in PROSPECTING and moved once
INSERT INTO crm_opportunity_stage_change (opportunity_id, seq, previous_stage, current_stage, changed_at)
SELECT o.id, 0, 'PROSPECTING', o.stage, o.created_at + INTERVAL '30 days'
FROM crm_opportunity o WHERE o.stage <> 'PROSPECTING';
-- 5 000 000 activities: 4 990 000 over all customers (about 50 each), 10 000 of customer 1
INSERT INTO crm_activity (id, type, subject, body, customer_id, lead_id, opportunity_id, occurred_at, due_date,
       completed_at, timeline_at, created_at, version)
SELECT md5('activity' || i)::uuid, t.type, t.type || ' ' || i, NULL,
       md5('customer' || CASE WHEN i <= 10000 THEN 1 ELSE 1 + i % 100000 END)::uuid, NULL, NULL,
       CASE WHEN t.type <> 'TASK' THEN a.at END,
       CASE WHEN t.type = 'TASK' THEN CAST(a.at AS DATE) END, NULL, a.at, a.at, 0
FROM generate_series(1, 5000000) i
CROSS JOIN LATERAL (SELECT (ARRAY['CALL', 'EMAIL', 'MEETING', 'NOTE', 'TASK'])[1 + i % 5] AS type) t
CROSS JOIN LATERAL (SELECT TIMESTAMPTZ '2024-01-01 00:00:00+00'
       + ((i::bigint * 7919) % (2 * 365 * 86400)) * INTERVAL '1 second' AS at) a;
-- 500 000 sales, 5 per customer, 1 000 of them to customer 1
INSERT INTO crm_sale (id, customer_id, product_id, quantity, unit_price_amount, unit_price_currency, sold_at,
       campaign_id, return_of, request_id)
SELECT md5('sale' || i)::uuid, md5('customer' || CASE WHEN i <= 1000 THEN 1 ELSE 1 + i % 100000 END)::uuid,
       md5('product' || (1 + i % 100))::uuid, 1 + i % 5, 10 + (1 + i % 100), 'EUR',
       TIMESTAMPTZ '2024-01-01 00:00:00+00' + ((i::bigint * 104729) % (2 * 365 * 86400)) * INTERVAL '1 second',
       NULL, NULL, NULL
FROM generate_series(1, 500000) i;
-- 100 000 NEW leads to convert, 20 000 converted ones that opened an opportunity (for the reports by source)
INSERT INTO crm_lead (id, person_name, company_name, email, phone, source, campaign_id, owner_id, status,
       disqualified_because, customer_id, opportunity_id, created_at, updated_at, version)
SELECT md5('lead' || i)::uuid, 'Lead ' || i, NULL, 'lead' || i || '@bench.test', NULL,
       (ARRAY['WEB', 'REFERRAL', 'EVENT', 'CAMPAIGN', 'PARTNER', 'COLD_CALL', 'OTHER'])[1 + i % 7], NULL,
       'user' || (i % 50), 'NEW', NULL, NULL, NULL, TIMESTAMPTZ '2025-06-01 00:00:00+00',
       TIMESTAMPTZ '2025-06-01 00:00:00+00', 0
FROM generate_series(1, 100000) i;
""";

    private static final String MORE_LEADS = """
            INSERT INTO crm_lead (id, person_name, company_name, email, phone, source, campaign_id, owner_id, status,
                   disqualified_because, customer_id, opportunity_id, created_at, updated_at, version)
            SELECT md5('lead' || i)::uuid, 'Lead ' || i, NULL, 'lead' || i || '@bench.test', NULL,
                   (ARRAY['WEB', 'REFERRAL', 'EVENT', 'CAMPAIGN', 'PARTNER', 'COLD_CALL', 'OTHER'])[1 + i % 7], NULL,
                   'user' || (i % 50), 'NEW', NULL, NULL, NULL, TIMESTAMPTZ '2025-06-01 00:00:00+00',
                   TIMESTAMPTZ '2025-06-01 00:00:00+00', 0
            FROM generate_series(%d, %d) i
            """;

    private HikariDataSource dataSource;
    private EntityManagerFactory factory;
    private Crm crm;
    private CustomerId heavy;
    private CustomerId typical;
    private final List<LeadId> leads = new ArrayList<>();
    private int nextLead;

    @Setup(Level.Trial)
    public void openDatabase() throws SQLException {
        String url = System.getProperty("crm4j.bench.url", "jdbc:postgresql://127.0.0.1:5432/bench16");
        String user = System.getProperty("crm4j.postgresql.user", "postgres");
        String password = System.getProperty("crm4j.postgresql.password", "");
        BenchDatabases.createIfMissing(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        dataSource = new HikariDataSource(config);
        Migrations.migrate(dataSource, Dialect.POSTGRESQL);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_opportunity") == 0) {
                long start = System.nanoTime();
                for (String sql : LOAD.split(";\\s*\\n")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("VACUUM ANALYZE");
                System.out.printf(Locale.ROOT, "%nRESULT load: %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            long newLeads = BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_lead WHERE status = 'NEW'");
            if (newLeads < MIN_NEW_LEADS) {
                long first = BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_lead") + 1;
                statement.execute(String.format(Locale.ROOT, MORE_LEADS, first, first + 99_999));
                statement.execute("ANALYZE crm_lead");
            }
            check(BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_opportunity") >= OPPORTUNITIES
                    && BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_activity") >= ACTIVITIES, "data loaded");
            heavy = new CustomerId(uuid(statement, "SELECT md5('customer1')::uuid"));
            typical = new CustomerId(uuid(statement, "SELECT md5('customer4242')::uuid"));
            try (ResultSet rows = statement.executeQuery("SELECT id FROM crm_lead WHERE status = 'NEW' ORDER BY id"
                    + " LIMIT " + MIN_NEW_LEADS)) {
                while (rows.next()) {
                    leads.add(new LeadId(rows.getObject(1, UUID.class)));
                }
            }
        }
        factory = PersistenceUnit.create(dataSource, Dialect.POSTGRESQL, Entities.all());
        crm = Crm.of(JpaPorts.create(factory, Dialect.POSTGRESQL), Clock.systemUTC(), IdGenerator.random());
    }

    @TearDown(Level.Trial)
    public void close() {
        try {
            crm.close();
            factory.close();
        } finally {
            dataSource.close();
        }
        if (nextLead > 0) {
            System.out.printf(Locale.ROOT, "%nRESULT convertLead: %d leads converted%n", nextLead);
        }
    }

    @Benchmark
    public List<StageTotal> pipelineByStageQuarter() {
        return crm.pipeline().pipelineByStage(QUARTER, QUARTER.plusMonths(3));
    }

    @Benchmark
    public List<StageTotal> pipelineByStageTwoYears() {
        return crm.pipeline().pipelineByStage(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
    }

    @Benchmark
    public Page<TimelineEntry> timelineHeavyCustomerFirstPage() {
        return crm.timeline().timeline(heavy, 0, 50);
    }

    @Benchmark
    public Page<TimelineEntry> timelineHeavyCustomerPage10() {
        return crm.timeline().timeline(heavy, 10, 50);
    }

    @Benchmark
    public Page<TimelineEntry> timelineTypicalCustomerFirstPage() {
        return crm.timeline().timeline(typical, 0, 50);
    }

    @Benchmark
    public Lead convertLead() {
        if (nextLead == leads.size()) {
            throw new IllegalStateException("all " + leads.size() + " prepared leads converted; run again");
        }
        return crm.leads().convert(leads.get(nextLead++), LeadConversion.newCustomer().withOpportunity(
                new LeadOpportunity("Bench deal", Money.of("1000.00", "EUR"),
                        LocalDate.now(ZoneOffset.UTC).plusDays(30))));
    }

    /** The floor of a converting call: one customer registered in one transaction (one commit). */
    @Benchmark
    public CustomerId registerCustomer() {
        return crm.customers().register(NewCustomer.of("Bench customer", UUID.randomUUID() + "@register.bench.test"))
                .id();
    }

    @Benchmark
    public List<SourceWinRate> winRateBySourceYear() {
        return crm.pipeline().winRateBySource(YEAR, YEAR.plusSeconds(365L * 86_400));
    }

    @Benchmark
    public SalesCycle salesCycleYear() {
        return crm.pipeline().salesCycle(YEAR, YEAR.plusSeconds(365L * 86_400));
    }

    @Benchmark
    public List<StageConversion> stageFunnelQuarter() {
        return crm.pipeline().stageFunnel(YEAR, YEAR.plusSeconds(90L * 86_400));
    }

    @Benchmark
    public List<PeriodSales> salesByWeekYear() {
        return crm.reports().salesByPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30), SalesPeriod.WEEK);
    }

    private static UUID uuid(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getObject(1, UUID.class);
        }
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("benchmark data inconsistent: " + what);
        }
    }
}
