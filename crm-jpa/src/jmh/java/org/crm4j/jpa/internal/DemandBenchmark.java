package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.insight.DemandForecast;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.DemandModel;
import org.crm4j.core.insight.DemandOptions;
import org.crm4j.core.insight.DemandPeriod;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.core.insight.UnitSales;
import org.crm4j.jpa.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code InsightService.demandForAll} at scale on PostgreSQL, single shot on a fresh schema holding {@code products}
 * products with {@code months} months of seasonal sales each (two to four sale rows per product and month,
 * inserted in plain JDBC). The time is split in one run:
 * <ul>
 *   <li>{@code extraction}: the two port reads of {@code demandForAll} ({@code DemandHistories.unitSales} of every
 *       product, a SQL {@code GROUP BY}, and {@code stockLevels}) in one transaction;</li>
 *   <li>{@code demandForAllBest}, {@code demandForAllEts}, {@code demandForAllArima}: the whole insight with the
 *       model {@code BEST}, {@code AUTO_ETS} or {@code AUTO_ARIMA} on all processors; modelling = it minus
 *       {@code extraction}.</li>
 * </ul>
 * Each case prints a {@code RESULT} line (seconds, products, fallbacks) and checks that every product was
 * forecast by a model.
 *
 * Run (from the repository root, on a dedicated database, e.g. {@code createdb bench19a}):
 * <pre>{@code CRM4J_POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/bench19a?reWriteBatchedInserts=true \
 * mvn -B -Pbench -pl crm-jpa -am verify -Djmh.args="-f 1 -wi 0 -i 1 DemandBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class DemandBenchmark {

    private static final Instant AS_OF = Instant.parse("2026-01-15T00:00:00Z");
    private static final int BATCH = 1_000;

    @Param("1000")
    int products;

    @Param("36")
    int months;

    private TestDatabase database;
    private EntityManagerFactory factory;
    private CrmPorts ports;
    private Crm crm;

    @Setup(Level.Trial)
    public void freshDatabase() throws SQLException {
        database = TestDatabase.create(Dialect.POSTGRESQL);
        Migrations.migrate(database.dataSource(), Dialect.POSTGRESQL);
        factory = PersistenceUnit.create(database.dataSource(), Dialect.POSTGRESQL, Entities.all());
        ports = JpaPorts.create(factory, Dialect.POSTGRESQL);
        crm = Crm.of(ports, Clock.fixed(AS_OF, ZoneOffset.UTC), IdGenerator.seeded(19));
        insert();
    }

    @TearDown(Level.Trial)
    public void dropDatabase() {
        try {
            crm.close();
            factory.close();
        } finally {
            database.close();
        }
    }

    private void insert() throws SQLException {
        SplittableRandom random = new SplittableRandom(19);
        YearMonth first = YearMonth.from(AS_OF.atZone(ZoneOffset.UTC)).minusMonths(months);
        Instant now = Instant.now();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement customer = connection.prepareStatement("INSERT INTO crm_customer (id, name, email,"
                     + " email_index, gender, lifecycle_stage, active, created_at, updated_at, version)"
                     + " VALUES (?, ?, ?, ?, 'UNDISCLOSED', 'PROSPECT', TRUE, ?, ?, 0)");
             PreparedStatement product = connection.prepareStatement("INSERT INTO crm_product (id, sku, name,"
                     + " price_amount, price_currency, stock, active, created_at, updated_at, version)"
                     + " VALUES (?, ?, ?, 9.99, 'EUR', 500, TRUE, ?, ?, 0)");
             PreparedStatement sale = connection.prepareStatement("INSERT INTO crm_sale (id, customer_id,"
                     + " product_id, quantity, unit_price_amount, unit_price_currency, sold_at)"
                     + " VALUES (?, ?, ?, ?, 9.99, 'EUR', ?)")) {
            connection.setAutoCommit(false);
            List<UUID> customers = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                UUID id = new UUID(0xC0FFEE, i);
                customer.setObject(1, id);
                customer.setString(2, "Customer " + i);
                customer.setString(3, "c" + i + "@example.org");
                customer.setString(4, "c" + i + "@example.org"); // email_index: the address itself while in clear (V19)
                JdbcValues.setInstant(customer, 5, now, Dialect.POSTGRESQL);
                JdbcValues.setInstant(customer, 6, now, Dialect.POSTGRESQL);
                customer.addBatch();
                customers.add(id);
            }
            customer.executeBatch();
            long rows = 0;
            for (int p = 0; p < products; p++) {
                UUID id = new UUID(0xBEEF, p);
                product.setObject(1, id);
                product.setString(2, String.format(Locale.ROOT, "SKU-%05d", p));
                product.setString(3, "Product " + p);
                JdbcValues.setInstant(product, 4, now, Dialect.POSTGRESQL);
                JdbcValues.setInstant(product, 5, now, Dialect.POSTGRESQL);
                product.executeUpdate();
                double level = 20 + random.nextDouble() * 200;
                double amplitude = level * random.nextDouble() * 0.5;
                int phase = random.nextInt(12);
                for (int t = 0; t < months; t++) {
                    double mean = level + amplitude * Math.sin(2 * Math.PI * (t + phase) / 12)
                            + level * 0.1 * gaussian(random);
                    long units = Math.max(1, Math.round(mean));
                    int parts = random.nextInt(2, 5);
                    for (int k = 0; k < parts; k++) {
                        long q = k == parts - 1 ? units - (parts - 1) * (units / parts) : units / parts;
                        if (q <= 0) {
                            continue;
                        }
                        Instant at = first.plusMonths(t).atDay(random.nextInt(1, 29))
                                .atTime(random.nextInt(24), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                        sale.setObject(1, new UUID(0x5A1E, rows++));
                        sale.setObject(2, customers.get(random.nextInt(customers.size())));
                        sale.setObject(3, id);
                        sale.setInt(4, (int) q);
                        JdbcValues.setInstant(sale, 5, at, Dialect.POSTGRESQL);
                        sale.addBatch();
                        if (rows % BATCH == 0) {
                            sale.executeBatch();
                        }
                    }
                }
            }
            sale.executeBatch();
            connection.commit();
            System.out.printf(Locale.ROOT, "%nSETUP %d products, %d months, %d sale rows%n", products, months, rows);
        }
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Benchmark
    public int extraction() {
        long start = System.nanoTime();
        DemandHistories histories = ports.get(DemandHistories.class);
        List<UnitSales> rows = ports.transactions().inTransaction(() -> {
            histories.stockLevels();
            return histories.unitSales(DemandPeriod.MONTH, Optional.empty(), AS_OF);
        });
        report("extraction", rows.size() + " product-months", start);
        check(rows.size() == products * months, "extraction: " + rows.size() + " rows");
        return rows.size();
    }

    @Benchmark
    public int demandForAllBest() {
        return forecast("demandForAllBest", DemandModel.BEST);
    }

    @Benchmark
    public int demandForAllEts() {
        return forecast("demandForAllEts", DemandModel.AUTO_ETS);
    }

    @Benchmark
    public int demandForAllArima() {
        return forecast("demandForAllArima", DemandModel.AUTO_ARIMA);
    }

    private int forecast(String name, DemandModel model) {
        long start = System.nanoTime();
        List<DemandForecast> all = crm.insights().demandForAll(DemandOptions.of(DemandPeriod.MONTH, AS_OF)
                .withModel(model), ProgressListener.NONE);
        long fallbacks = all.stream().filter(DemandForecast::isFallback).count();
        report(name, all.size() + " products, " + fallbacks + " fallbacks, "
                + Runtime.getRuntime().availableProcessors() + " processors", start);
        check(all.size() == products && fallbacks == 0, name);
        return all.size();
    }

    private static void report(String name, String what, long start) {
        System.out.printf(Locale.ROOT, "%nRESULT %s: %.2f s (%s)%n", name, (System.nanoTime() - start) / 1e9, what);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("check failed: " + what);
        }
    }
}
