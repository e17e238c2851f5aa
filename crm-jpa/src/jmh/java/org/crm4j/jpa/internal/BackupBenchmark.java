package org.crm4j.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.backup.BackupManifest;
import org.crm4j.core.backup.BackupProgress;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
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
 * Backup and restore of a CRM with 1 000 000 sales on PostgreSQL (issue 20), single shot, in a JVM with a heap of
 * 256 MB (so a run that held the sales in memory would fail). The source is a dedicated database
 * ({@code crm4j.bench.url}, default {@code jdbc:postgresql://127.0.0.1:5432/bench_backup}, created when missing;
 * user and password of the tests): 1 000 customers and 100 products imported through the services, then 1 000 000
 * sales inserted with {@code INSERT ... SELECT ... FROM generate_series} (random UUIDs), once; later runs reuse it.
 * {@code export} writes the archive to a temporary file; {@code restore} restores the archive the setup exported
 * into the empty database {@code bench_backup_target} (its schema dropped and re-created before each run).
 *
 * Run (from the repository root; see crm-jpa/BENCHMARKS.md):
 * <pre>{@code mvn -B -fn -Pbench -pl crm-jpa -am verify -Djmh.args="BackupBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class BackupBenchmark {

    static final int SALES = 1_000_000;
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String LOAD_SALES = "INSERT INTO crm_sale (id, customer_id, product_id, quantity,"
            + " unit_price_amount, unit_price_currency, sold_at)"
            + " SELECT gen_random_uuid(), c.ids[1 + g % 1000], p.ids[1 + g % 100], 1 + g % 5, 4.5, 'EUR',"
            + " TIMESTAMPTZ '2025-01-01 00:00:00+00' + g * INTERVAL '30 seconds'"
            + " FROM generate_series(1, " + SALES + ") g,"
            + " (SELECT array_agg(id ORDER BY id) ids FROM crm_customer) c,"
            + " (SELECT array_agg(id ORDER BY id) ids FROM crm_product) p";

    private HikariDataSource source;
    private HikariDataSource target;
    private EntityManagerFactory sourceFactory;
    private Crm crm;
    private Path archive;
    private EntityManagerFactory targetFactory;
    private Crm restored;

    @Setup(Level.Trial)
    public void openDatabase() throws SQLException, IOException {
        String url = System.getProperty("crm4j.bench.url", "jdbc:postgresql://127.0.0.1:5432/bench_backup");
        source = dataSource(url);
        Migrations.migrate(source, Dialect.POSTGRESQL);
        sourceFactory = PersistenceUnit.create(source, Dialect.POSTGRESQL, Entities.all());
        crm = Crm.builder(JpaPorts.create(sourceFactory, Dialect.POSTGRESQL)).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .ids(IdGenerator.random()).build();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            if (BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_sale") == 0) {
                long start = System.nanoTime();
                crm.imports().importCustomers(IntStream.range(0, 1000).mapToObj(i ->
                        NewCustomer.of("Customer " + i, "customer" + i + "@example.org")));
                crm.imports().importProducts(IntStream.range(0, 100).mapToObj(i ->
                        new NewProduct("SKU-" + i, "Product " + i, Money.of("4.50", "EUR"), 1_000_000)));
                statement.execute(LOAD_SALES);
                statement.execute("VACUUM ANALYZE");
                System.out.printf(Locale.ROOT, "%nRESULT load: %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            BenchDatabases.check(BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_sale") == SALES, "1 000 000 sales loaded");
        }
        archive = Files.createTempFile("crm4j-backup-bench", ".zip");
        BackupManifest manifest = export();
        System.out.printf(Locale.ROOT, "%nRESULT archive: %d records, %.1f MB%n", manifest.records(),
                Files.size(archive) / 1e6);
        target = dataSource(url + "_target");
    }

    @Setup(Level.Invocation)
    public void emptyTarget() throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        Migrations.migrate(target, Dialect.POSTGRESQL);
        if (targetFactory != null) {
            restored.close();
            targetFactory.close();
        }
        targetFactory = PersistenceUnit.create(target, Dialect.POSTGRESQL, Entities.all());
        restored = Crm.of(JpaPorts.create(targetFactory, Dialect.POSTGRESQL), Clock.fixed(NOW, ZoneOffset.UTC),
                IdGenerator.random());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        try {
            crm.close();
            sourceFactory.close();
            if (targetFactory != null) {
                restored.close();
                targetFactory.close();
            }
        } finally {
            source.close();
            target.close();
            Files.deleteIfExists(archive);
        }
    }

    /** Exports the 1 000 000 sales (and the rest) to a file. */
    @Benchmark
    public BackupManifest export() throws IOException {
        try (OutputStream out = Files.newOutputStream(archive)) {
            BackupManifest manifest = crm.backup().export(out, BackupProgress.NONE);
            BenchDatabases.check(manifest.files().stream().anyMatch(f -> f.name().equals("sales.jsonl") && f.records() == SALES),
                    "every sale exported");
            return manifest;
        }
    }

    /** Verifies the archive, then restores it into the empty target in one transaction. */
    @Benchmark
    public BackupManifest restore() throws SQLException {
        BackupManifest manifest = restored.backup().restore(archive, BackupProgress.NONE);
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            BenchDatabases.check(BenchDatabases.count(statement, "SELECT COUNT(*) FROM crm_sale") == SALES, "every sale restored");
        }
        return manifest;
    }

    private static HikariDataSource dataSource(String url) throws SQLException {
        String user = System.getProperty("crm4j.postgresql.user", "postgres");
        String password = System.getProperty("crm4j.postgresql.password", "");
        BenchDatabases.createIfMissing(url, user, password);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }
}
