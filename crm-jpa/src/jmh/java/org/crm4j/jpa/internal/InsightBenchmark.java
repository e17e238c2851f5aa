package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.insight.ChurnAnalysis;
import org.crm4j.core.insight.ChurnOptions;
import org.crm4j.core.insight.CustomerSegmentation;
import org.crm4j.core.insight.CustomerSignals;
import org.crm4j.core.insight.LifetimeOptions;
import org.crm4j.core.insight.LifetimeValues;
import org.crm4j.core.insight.PurchaseHistories;
import org.crm4j.core.insight.SegmentationOptions;
import org.crm4j.core.report.SalesReports;
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
 * The insights of issue 18 at scale on PostgreSQL: 100 000 customers and 2 000 000 sale rows in a dedicated
 * database (not the tests' {@code test}), migrated to the current schema on every run and loaded once by
 * {@link #LOAD} in SQL (seeded {@code generate_series}) when it holds no customer, then kept for later runs. Each insight is measured whole, and its data
 * extraction (the same port calls in one transaction) on its own, so that model fitting is the difference:
 * <ul>
 *   <li>{@code segment} / {@code segmentExtraction}: RFM K-means with k chosen in 2…8 on a 10 000-customer sample /
 *       {@code SalesReports.rfmInputs};</li>
 *   <li>{@code churnForest} / {@code churnExtraction}: a random forest of 100 trees with the reasons of every
 *       customer / four {@code PurchaseHistories.purchaseHistories}, {@code CustomerSignals.signalCounts} and
 *       {@code CustomerSignals.satisfaction};</li>
 *   <li>{@code lifetimeValue} / {@code lifetimeExtraction}: BG/NBD and Gamma-Gamma / one
 *       {@code purchaseHistories}.</li>
 * </ul>
 * The database: {@code crm4j.bench.url} (default {@code jdbc:postgresql://127.0.0.1:5432/bench18}, created
 * beforehand with {@code CREATE DATABASE bench18}), user and password as the tests' PostgreSQL settings.
 * Run (from the repository root):
 * <pre>{@code mvn -B -o -Pbench -pl crm-analytics,crm-core,crm-jpa verify -Djmh.args="-f 1 -wi 1 -i 3 InsightBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class InsightBenchmark {

    /**
     * InsightBenchmark's data on PostgreSQL, generated in SQL (seeded): 100 000 customers, 1 960 000 sales and 40 000
     * returns (2 000 000 crm_sale rows) of one product in EUR from 2024-01-01 over 730 days, 50 000 tickets (a fifth
     * of them complaints) and one campaign with every customer a member and a fifth responding. Customer k's sales fall
     * in the first 20 % to 100 % of the two years (a fraction fixed by k), so customers lapse at different times; the
     * customer of a sale is 1 + floor(100 000 u²) for a uniform u, so a few customers buy very often and most rarely.
     */
    static final String LOAD = """
            SELECT setseed(0.18);
            INSERT INTO crm_product (id, sku, name, price_amount, price_currency, stock, active, created_at, updated_at, version)
            VALUES ('00000000-0000-0000-0000-000000000001', 'BENCH-1', 'Bench product', 10.0000, 'EUR', 1000000000, TRUE,
                    TIMESTAMPTZ '2023-12-01 00:00:00+00', TIMESTAMPTZ '2023-12-01 00:00:00+00', 0);
            INSERT INTO crm_customer (id, name, email, email_index, phone, date_of_birth, gender, lifecycle_stage, active,
                                      created_at, updated_at, version)
            SELECT md5('c' || k)::uuid, 'Customer ' || k, 'c' || k || '@example.org', 'c' || k || '@example.org', NULL,
                   NULL, 'UNDISCLOSED', 'ACTIVE', TRUE,
                   TIMESTAMPTZ '2023-12-01 00:00:00+00', TIMESTAMPTZ '2023-12-01 00:00:00+00', 0
            FROM generate_series(1, 100000) k;
            INSERT INTO crm_sale (id, customer_id, product_id, quantity, unit_price_amount, unit_price_currency, sold_at)
            SELECT md5('s' || i)::uuid, md5('c' || k)::uuid, '00000000-0000-0000-0000-000000000001',
                   1 + floor(random() * 5)::int, round((5 + random() * 45)::numeric, 2), 'EUR',
                   TIMESTAMPTZ '2024-01-01 00:00:00+00'
                       + random() * (0.2 + 0.8 * ((k * 7919) % 1000) / 1000.0) * INTERVAL '730 days'
            FROM (SELECT i, 1 + floor(100000 * power(random(), 2))::int AS k FROM generate_series(1, 1960000) i) g;
            INSERT INTO crm_sale (id, customer_id, product_id, quantity, unit_price_amount, unit_price_currency, sold_at,
                                  return_of)
            SELECT md5('r' || i)::uuid, s.customer_id, s.product_id, -1, s.unit_price_amount, 'EUR',
                   s.sold_at + INTERVAL '3 days', s.id
            FROM generate_series(1, 40000) i JOIN crm_sale s ON s.id = md5('s' || (i * 49))::uuid;
            INSERT INTO crm_ticket (id, customer_id, subject, description, category, priority, channel, status, created_at,
                                    created_month, updated_at, version)
            SELECT md5('t' || i)::uuid, md5('c' || (1 + floor(random() * 100000)::int))::uuid, 'Ticket ' || i, 'Generated.',
                   CASE WHEN i % 5 = 0 THEN 'COMPLAINT' ELSE 'QUESTION' END, 'NORMAL', 'EMAIL', 'NEW', t,
                   CAST(to_char(t AT TIME ZONE 'UTC', 'YYYYMM') AS INTEGER), t, 0
            FROM (SELECT i, TIMESTAMPTZ '2024-01-01 00:00:00+00' + random() * INTERVAL '730 days' AS t
                  FROM generate_series(1, 50000) i) g;
            INSERT INTO crm_campaign (id, name, start_date, end_date, audience, goal, channel, budget_amount, budget_currency,
                                      created_at, updated_at, version)
            VALUES ('00000000-0000-0000-0000-000000000002', 'Bench campaign', DATE '2024-01-01', DATE '2025-12-31', 'everyone',
                    'responses', 'EMAIL', 1000.0000, 'EUR', TIMESTAMPTZ '2023-12-01 00:00:00+00',
                    TIMESTAMPTZ '2023-12-01 00:00:00+00', 0);
            INSERT INTO crm_campaign_member (campaign_id, customer_id, targeted_at, responded_at, converted_at)
            SELECT '00000000-0000-0000-0000-000000000002', md5('c' || k)::uuid, TIMESTAMPTZ '2024-01-01 00:00:00+00',
                   CASE WHEN k % 5 = 0 THEN TIMESTAMPTZ '2024-01-01 00:00:00+00' + random() * INTERVAL '730 days' END, NULL
            FROM generate_series(1, 100000) k;
            ANALYZE;
            """;

    private static final Currency EUR = Currency.getInstance("EUR");
    /** One day after the last generated sale: the moment the segments and lifetime values are taken at. */
    private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    /** The churn cut-off: 90 days before the end, so that the churn window is fully observed. */
    private static final Instant CUTOFF = END.minus(Duration.ofDays(ChurnOptions.DEFAULT_WINDOW_DAYS));
    private static final Instant QUARTER = CUTOFF.minus(Duration.ofDays(90));

    private HikariDataSource dataSource;
    private EntityManagerFactory factory;
    private CrmPorts ports;
    private Crm crm;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(System.getProperty("crm4j.bench.url", "jdbc:postgresql://127.0.0.1:5432/bench18"));
        config.setUsername(System.getProperty("crm4j.postgresql.user", "postgres"));
        config.setPassword(System.getProperty("crm4j.postgresql.password", ""));
        config.setMaximumPoolSize(2);
        dataSource = new HikariDataSource(config);
        Migrations.migrate(dataSource, Dialect.POSTGRESQL);
        if (!loaded()) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(LOAD);
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT COUNT(*) FROM crm_customer),"
                     + " (SELECT COUNT(*) FROM crm_sale)")) {
            rows.next();
            System.out.printf(Locale.ROOT, "DATA customers=%d sales=%d%n", rows.getLong(1), rows.getLong(2));
        }
        factory = PersistenceUnit.create(dataSource, Dialect.POSTGRESQL, Entities.all());
        ports = JpaPorts.create(factory, Dialect.POSTGRESQL);
        crm = Crm.of(ports, Clock.fixed(END, ZoneOffset.UTC), IdGenerator.seeded(18));
    }

    private boolean loaded() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM crm_customer")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        crm.close();
        factory.close();
        dataSource.close();
    }

    @Benchmark
    public CustomerSegmentation segment() {
        CustomerSegmentation s = crm.insights().segment(SegmentationOptions.of(EUR, END));
        System.out.printf(Locale.ROOT, "RESULT segment customers=%d k=%d silhouette=%.3f%n", s.customers(), s.k(),
                s.silhouette());
        return s;
    }

    @Benchmark
    public int segmentExtraction() {
        return ports.transactions().inTransaction(() -> ports.get(SalesReports.class).rfmInputs(Instant.EPOCH, END))
                .size();
    }

    @Benchmark
    public ChurnAnalysis churnForest() {
        ChurnAnalysis a = crm.insights().churn(ChurnOptions.of(EUR, CUTOFF));
        System.out.printf(Locale.ROOT, "RESULT churn customers=%d auc=%.3f first=%s%n", a.risks().size(), a.auc(),
                a.importances().get(0).feature());
        return a;
    }

    @Benchmark
    public int churnExtraction() {
        PurchaseHistories histories = ports.get(PurchaseHistories.class);
        return ports.transactions().inTransaction(() -> List.of(
                histories.purchaseHistories(EUR, Instant.EPOCH, CUTOFF),
                histories.purchaseHistories(EUR, QUARTER, CUTOFF),
                histories.purchaseHistories(EUR, QUARTER.minus(Duration.ofDays(90)), QUARTER),
                histories.purchaseHistories(EUR, CUTOFF, END),
                ports.get(CustomerSignals.class).signalCounts(EUR, QUARTER, CUTOFF, Set.of("COMPLAINT")),
                ports.get(CustomerSignals.class).satisfaction(QUARTER, CUTOFF)))
                .stream().mapToInt(List::size).sum();
    }

    @Benchmark
    public LifetimeValues lifetimeValue() {
        LifetimeValues v = crm.insights().lifetimeValue(LifetimeOptions.of(EUR, END));
        System.out.printf(Locale.ROOT, "RESULT lifetimeValue customers=%d%n", v.customers().size());
        return v;
    }

    @Benchmark
    public int lifetimeExtraction() {
        return ports.transactions().inTransaction(() -> ports.get(PurchaseHistories.class)
                .purchaseHistories(EUR, Instant.EPOCH, END)).size();
    }
}
