package org.crm4j.jpa.internal;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Money;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.NewSale;
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
 * Sales and imports on PostgreSQL, single shot: each benchmark does the whole work once on a fresh schema (1 000
 * customers, {@code products} products with enough stock) and prints its rate and a correctness check.
 *
 * <ul>
 *   <li>{@code salesService}: {@code sales} sales through {@code SalesService.record} from {@code threads}
 *       threads, one transaction each, with the conditional {@code UPDATE ... WHERE stock >= ?} (production).</li>
 *   <li>{@code salesServiceBatch}: the same sales through {@code SalesService.recordAll}, 100 per call (one
 *       transaction each: a batch of conditional UPDATEs in product order and a batch of INSERTs).</li>
 *   <li>{@code salesServicePessimistic}: {@code salesService} with {@code SELECT ... FOR UPDATE} then UPDATE.</li>
 *   <li>{@code plainJdbc}: the same work in plain JDBC: per thread, transactions of 100 sales, a batch of
 *       conditional UPDATEs (in product order, so no deadlock) then a batch of INSERTs.</li>
 *   <li>{@code plainJdbcPerSale}: plain JDBC with the service's unit of work: one conditional UPDATE, one INSERT and
 *       one commit per sale.</li>
 *   <li>{@code importCustomers}: {@code sales} customers through {@code Crm.imports().importCustomers} (one
 *       transaction, chunks of 1 000 rows: one e-mail query and JDBC batches per chunk).</li>
 * </ul>
 *
 * Run (from the repository root; the PostgreSQL settings are those of the tests, see README.md):
 * <pre>{@code mvn -B -q install -DskipTests && mvn -B -Pbench -pl crm-jpa verify -Djmh.args="-f 1 -wi 0 -i 1 org.crm4j.jpa"}</pre>
 * (the install lets {@code -pl crm-jpa} run without {@code -am}, which would run JMH in crm-analytics too; see
 * BENCHMARKS.md)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class SalesBenchmark {

    /** Sales per transaction of {@code salesServiceBatch} and {@code plainJdbc}. */
    private static final int BATCH = 100;

    @Param("100000")
    int sales;

    @Param("8")
    int threads;

    @Param("100")
    int products;

    private TestDatabase database;
    private EntityManagerFactory factory;
    private CrmPorts ports;
    private Crm crm;
    private final List<CustomerId> customerIds = new ArrayList<>();
    private final List<ProductId> productIds = new ArrayList<>();

    @Setup(Level.Iteration)
    public void freshDatabase() {
        database = TestDatabase.create(Dialect.POSTGRESQL);
        Migrations.migrate(database.dataSource(), Dialect.POSTGRESQL);
        factory = PersistenceUnit.create(database.dataSource(), Dialect.POSTGRESQL, Entities.all());
        ports = JpaPorts.create(factory, Dialect.POSTGRESQL);
        crm = Crm.of(ports, Clock.systemUTC(), IdGenerator.random());
        for (int i = 0; i < 1_000; i++) {
            customerIds.add(crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@example.org")).id());
        }
        for (int i = 0; i < products; i++) {
            productIds.add(crm.products().create(new NewProduct("SKU-" + i, "Product " + i,
                    Money.of("9.99", "EUR"), sales)).id());
        }
    }

    @TearDown(Level.Iteration)
    public void dropDatabase() {
        try {
            crm.close();
            factory.close();
        } finally {
            database.close();
            customerIds.clear();
            productIds.clear();
        }
    }

    @Benchmark
    public long salesService() throws Exception {
        return viaService("salesService", crm);
    }

    @Benchmark
    public long salesServiceBatch() throws Exception {
        long start = System.nanoTime();
        long done = inThreads((thread, count) -> {
            SplittableRandom random = new SplittableRandom(thread);
            for (int offset = 0; offset < count; offset += BATCH) {
                int n = Math.min(BATCH, count - offset);
                List<NewSale> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(NewSale.of(customerIds.get(random.nextInt(customerIds.size())),
                            productIds.get(random.nextInt(productIds.size())), 1));
                }
                crm.sales().recordAll(batch);
            }
        });
        report("salesServiceBatch", done, start);
        return done;
    }

    @Benchmark
    public long salesServicePessimistic() throws Exception {
        CrmPorts pessimistic = ports.with(ProductRepository.class, new PessimisticProductRepository(
                ports.get(ProductRepository.class), (JpaTransactions) ports.transactions()));
        return viaService("salesServicePessimistic", Crm.of(pessimistic, Clock.systemUTC(), IdGenerator.random()));
    }

    private long viaService(String name, Crm target) throws Exception {
        long start = System.nanoTime();
        long done = inThreads((thread, count) -> {
            SplittableRandom random = new SplittableRandom(thread);
            for (int i = 0; i < count; i++) {
                target.sales().record(NewSale.of(customerIds.get(random.nextInt(customerIds.size())),
                        productIds.get(random.nextInt(productIds.size())), 1));
            }
        });
        report(name, done, start);
        return done;
    }

    @Benchmark
    public long plainJdbc() throws Exception {
        long start = System.nanoTime();
        long done = inThreads((thread, count) -> {
            SplittableRandom random = new SplittableRandom(thread);
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement update = connection.prepareStatement("UPDATE crm_product SET stock = stock - ?,"
                         + " version = version + 1 WHERE id = ? AND stock >= ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_sale (id, customer_id,"
                         + " product_id, quantity, unit_price_amount, unit_price_currency, sold_at)"
                         + " VALUES (?, ?, ?, 1, 9.99, 'EUR', ?)")) {
                connection.setAutoCommit(false);
                for (int offset = 0; offset < count; offset += BATCH) {
                    int n = Math.min(BATCH, count - offset);
                    List<UUID[]> chunk = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        chunk.add(new UUID[] {customerIds.get(random.nextInt(customerIds.size())).value(),
                                productIds.get(random.nextInt(productIds.size())).value()});
                    }
                    chunk.sort(Comparator.comparing((UUID[] sale) -> sale[1]));
                    Instant now = Instant.now();
                    for (UUID[] sale : chunk) {
                        update.setInt(1, 1);
                        update.setObject(2, sale[1]);
                        update.setInt(3, 1);
                        update.addBatch();
                        insert.setObject(1, UUID.randomUUID());
                        insert.setObject(2, sale[0]);
                        insert.setObject(3, sale[1]);
                        JdbcValues.setInstant(insert, 4, now, Dialect.POSTGRESQL);
                        insert.addBatch();
                    }
                    for (int updated : update.executeBatch()) {
                        if (updated != 1) {
                            throw new IllegalStateException("stock too low in the JDBC baseline");
                        }
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        report("plainJdbc", done, start);
        return done;
    }

    @Benchmark
    public long plainJdbcPerSale() throws Exception {
        long start = System.nanoTime();
        long done = inThreads((thread, count) -> {
            SplittableRandom random = new SplittableRandom(thread);
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement update = connection.prepareStatement("UPDATE crm_product SET stock = stock - ?,"
                         + " version = version + 1 WHERE id = ? AND stock >= ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO crm_sale (id, customer_id,"
                         + " product_id, quantity, unit_price_amount, unit_price_currency, sold_at)"
                         + " VALUES (?, ?, ?, 1, 9.99, 'EUR', ?)")) {
                connection.setAutoCommit(false);
                for (int i = 0; i < count; i++) {
                    UUID customer = customerIds.get(random.nextInt(customerIds.size())).value();
                    UUID product = productIds.get(random.nextInt(productIds.size())).value();
                    update.setInt(1, 1);
                    update.setObject(2, product);
                    update.setInt(3, 1);
                    if (update.executeUpdate() != 1) {
                        throw new IllegalStateException("stock too low in the JDBC baseline");
                    }
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, customer);
                    insert.setObject(3, product);
                    JdbcValues.setInstant(insert, 4, Instant.now(), Dialect.POSTGRESQL);
                    insert.executeUpdate();
                    connection.commit();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        report("plainJdbcPerSale", done, start);
        return done;
    }

    @Benchmark
    public long importCustomers() {
        long start = System.nanoTime();
        long done = crm.imports().importCustomers(LongStream.range(0, sales)
                .mapToObj(i -> NewCustomer.of("Imported " + i, "imported" + i + "@example.org")));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nRESULT importCustomers: %d rows in %.2f s = %.0f rows/s%n", done, seconds,
                done / seconds);
        return done;
    }

    private long inThreads(Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                int count = sales / threads + (t < sales % threads ? 1 : 0);
                futures.add(pool.submit(() -> {
                    work.run(thread, count);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return sales;
        } finally {
            pool.shutdownNow();
        }
    }

    private void report(String name, long done, long start) throws SQLException {
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows;
        long stockLeft;
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM crm_sale")) {
                count.next();
                rows = count.getLong(1);
            }
            try (ResultSet stock = statement.executeQuery("SELECT SUM(stock) FROM crm_product")) {
                stock.next();
                stockLeft = stock.getLong(1);
            }
        }
        boolean consistent = rows == done && stockLeft == (long) products * sales - done;
        System.out.printf(Locale.ROOT, "%nRESULT %s: %d sales, %d threads, %d products in %.2f s = %.0f sales/s;"
                + " sale rows %d, stock left %d: %s%n", name, done, threads, products, seconds, done / seconds, rows,
                stockLeft, consistent ? "consistent" : "INCONSISTENT");
        if (!consistent) {
            throw new IllegalStateException(name + " left inconsistent data");
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(int thread, int count) throws Exception;
    }
}
