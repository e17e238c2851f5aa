package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.insight.BasketAnalysis;
import org.crm4j.core.insight.BasketLine;
import org.crm4j.core.insight.BasketOptions;
import org.crm4j.core.insight.DemandHistories;
import org.crm4j.core.insight.ProgressListener;
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
 * {@code InsightService.baskets} at scale on PostgreSQL, single shot on a fresh schema holding {@code lines} sale
 * rows (inserted in plain JDBC): 50 000 customers shopping on random days of 2025, baskets of one to six of 500
 * products with Zipf-like popularity ({@code 1 / (i + 1)}), and one planted pair (product 7 then product 11 with
 * probability 0.8). The one case {@code baskets} prints two {@code RESULT} lines, timed one after the other on the
 * same data (so that the rows are inserted once): {@code extraction}, {@code DemandHistories.basketLines} (the SQL
 * {@code GROUP BY} customer, day, product, returns netted, listed and sorted in Java) in one transaction;
 * {@code streamed}, {@code DemandHistories.forEachBasket} (the same query ordered in SQL, read forward-only and
 * grouped into baskets as the rows arrive: what the insight reads); then {@code baskets}, the whole insight
 * (support 1 %, confidence 30 %, up to three products per rule), which streams the lines again, so mining = it
 * minus {@code streamed}. It checks that both reads agree and that the planted pair is a rule.
 *
 * Run (from the repository root, on a dedicated database, e.g. {@code createdb bench19a}):
 * <pre>{@code CRM4J_POSTGRESQL_URL=jdbc:postgresql://127.0.0.1:5432/bench19a?reWriteBatchedInserts=true \
 * mvn -B -Pbench -pl crm-jpa -am verify -Djmh.args="-f 1 -wi 0 -i 1 BasketBenchmark"}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class BasketBenchmark {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");
    private static final int CUSTOMERS = 50_000;
    private static final int PRODUCTS = 500;
    private static final int BATCH = 5_000;

    @Param("2000000")
    int lines;

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
        crm = Crm.of(ports, Clock.fixed(TO, ZoneOffset.UTC), IdGenerator.seeded(19));
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

    private static UUID product(int i) {
        return new UUID(0xBEEF, i);
    }

    private void insert() throws SQLException {
        SplittableRandom random = new SplittableRandom(19);
        double[] cumulative = new double[PRODUCTS];
        double sum = 0;
        for (int i = 0; i < PRODUCTS; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
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
                     + " VALUES (?, ?, ?, 1, 9.99, 'EUR', ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < CUSTOMERS; i++) {
                customer.setObject(1, new UUID(0xC0FFEE, i));
                customer.setString(2, "Customer " + i);
                customer.setString(3, "c" + i + "@example.org");
                customer.setString(4, "c" + i + "@example.org"); // email_index: the address itself while in clear (V19)
                JdbcValues.setInstant(customer, 5, now, Dialect.POSTGRESQL);
                JdbcValues.setInstant(customer, 6, now, Dialect.POSTGRESQL);
                customer.addBatch();
                if ((i + 1) % BATCH == 0) {
                    customer.executeBatch();
                }
            }
            for (int i = 0; i < PRODUCTS; i++) {
                product.setObject(1, product(i));
                product.setString(2, String.format(Locale.ROOT, "SKU-%05d", i));
                product.setString(3, "Product " + i);
                JdbcValues.setInstant(product, 4, now, Dialect.POSTGRESQL);
                JdbcValues.setInstant(product, 5, now, Dialect.POSTGRESQL);
                product.addBatch();
            }
            product.executeBatch();
            long rows = 0;
            while (rows < lines) {
                UUID buyer = new UUID(0xC0FFEE, random.nextInt(CUSTOMERS));
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
                Set<Integer> basket = new LinkedHashSet<>();
                int size = random.nextInt(1, 7);
                while (basket.size() < size) {
                    double u = random.nextDouble() * sum;
                    int i = 0;
                    while (cumulative[i] < u) {
                        i++;
                    }
                    basket.add(i);
                }
                if (basket.contains(7) && random.nextDouble() < 0.8) {
                    basket.add(11);
                }
                for (int i : basket) {
                    if (rows == lines) {
                        break;
                    }
                    sale.setObject(1, new UUID(0x5A1E, rows++));
                    sale.setObject(2, buyer);
                    sale.setObject(3, product(i));
                    JdbcValues.setInstant(sale, 4, day.atTime(12, 0).toInstant(ZoneOffset.UTC), Dialect.POSTGRESQL);
                    sale.addBatch();
                    if (rows % BATCH == 0) {
                        sale.executeBatch();
                        connection.commit();
                    }
                }
            }
            sale.executeBatch();
            connection.commit();
            System.out.printf(Locale.ROOT, "%nSETUP %d sale rows%n", rows);
        }
        try (Connection connection = database.dataSource().getConnection()) {
            connection.createStatement().execute("ANALYZE crm_sale");
        }
    }

    /**
     * Reads the basket lines through the port (extraction, timed alone), then runs the whole insight (timed alone);
     * the score is both together, so that the 2 000 000 rows are inserted once.
     */
    @Benchmark
    public int baskets() {
        long start = System.nanoTime();
        DemandHistories histories = ports.get(DemandHistories.class);
        List<BasketLine> rows = ports.transactions().inTransaction(() -> histories.basketLines(FROM, TO));
        report("extraction", rows.size() + " basket lines", start);
        start = System.nanoTime();
        long[] streamed = new long[2];
        ports.transactions().run(() -> histories.forEachBasket(FROM, TO, (customer, day, products) -> {
            streamed[0]++;
            streamed[1] += products.size();
        }));
        report("streamed", streamed[0] + " baskets, " + streamed[1] + " basket lines", start);
        if (streamed[1] != rows.size()) {
            throw new IllegalStateException("check failed: streamed " + streamed[1] + " lines, listed " + rows.size());
        }
        start = System.nanoTime();
        BasketAnalysis analysis = crm.insights().baskets(BasketOptions.of(FROM, TO), ProgressListener.NONE);
        report("baskets", analysis.baskets() + " baskets, " + analysis.frequentItemsets() + " itemsets, "
                + analysis.rules().size() + " rules", start);
        boolean planted = analysis.rules().stream().anyMatch(r -> r.antecedent().equals(Set.of(
                new org.crm4j.core.product.ProductId(product(7)))) && r.consequent().equals(Set.of(
                new org.crm4j.core.product.ProductId(product(11)))));
        if (!planted) {
            throw new IllegalStateException("check failed: the planted rule 7 -> 11 is missing");
        }
        return analysis.rules().size() + rows.size();
    }

    private static void report(String name, String what, long start) {
        System.out.printf(Locale.ROOT, "%nRESULT %s: %.2f s (%s)%n", name, (System.nanoTime() - start) / 1e9, what);
    }
}
