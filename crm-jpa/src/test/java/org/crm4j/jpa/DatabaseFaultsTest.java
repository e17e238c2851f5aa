package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.Money;
import org.crm4j.core.TransientException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.product.NewProduct;
import org.crm4j.core.product.Product;
import org.crm4j.core.sales.NewSale;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Faults of the database server as callers of the services see them (issue 20, "Faults and bad input"): an
 * exhausted connection pool, a row lock held longer than the lock timeout, a deadlock and, on PostgreSQL, the
 * backend killed in the middle of a bulk import. Each gives a {@link TransientException} that says what happened
 * and that nothing was written, nothing of the call is in the database afterwards, and the next call works.
 *
 * <p>The other transaction is a plain JDBC connection ("the admin"). Waits are not timed: the test polls the
 * database until the crm4j statement is blocked by the admin's lock (PostgreSQL {@code pg_blocking_pids}, MariaDB
 * {@code INNODB_TRX}, H2 {@code INFORMATION_SCHEMA.SESSIONS.BLOCKER_ID}).
 */
class DatabaseFaultsTest {

    @Nested
    class OnH2 extends Suite {
        OnH2() {
            super(Dialect.H2);
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends ServerSuite {
        OnPostgresql() {
            super(Dialect.POSTGRESQL);
        }

        /**
         * A bulk import of 1 500 sales (two chunks of {@code recordAll}) on a crm4j connection whose backend is
         * terminated while the second chunk waits for a product row the admin holds: the first chunk's 1 000 sales
         * and stock changes were written in the import's transaction, and none of them stays.
         */
        @Test
        void backendKilledInTheMiddleOfABulkImport_isTransientAndLeavesNothing() throws Exception {
            try (Crm crm = JpaCrm.builder().dataSource(db.dataSource()).build()) {
                Customer buyer = customer(crm, "killed");
                Product first = product(crm, "KILL-1");
                Product second = product(crm, "KILL-2");
                Product held = product(crm, "KILL-3");
                List<NewSale> rows = new ArrayList<>();
                IntStream.range(0, 1_000).forEach(i -> rows.add(NewSale.of(buyer.id(),
                        (i % 2 == 0 ? first : second).id(), 1)));
                IntStream.range(0, 500).forEach(i -> rows.add(NewSale.of(buyer.id(), held.id(), 1)));
                try (Connection admin = admin()) {
                    lockRow(admin, held);
                    Future<Long> running = background(() -> crm.imports().importSales(rows.stream()));
                    long pid = awaitBlocked(admin, running);
                    try (Statement kill = admin.createStatement()) {
                        kill.execute("SELECT pg_terminate_backend(" + pid + ")");
                    }
                    TransientException e = assertInstanceOf(TransientException.class, failure(running));
                    assertTrue(e.getMessage().contains("connection lost"), e.getMessage());
                    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                    admin.rollback();
                }
                assertUnchanged(crm, buyer, first, second, held);

                assertEquals(1_500, crm.imports().importSales(rows.stream()), "the next call works");
                assertEquals(List.of(STOCK - 500, STOCK - 500, STOCK - 500), stocks(crm, first, second, held));
            }
        }
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends ServerSuite {
        OnMariadb() {
            super(Dialect.MARIADB);
        }
    }

    /** Deadlocks, on the servers (H2 reports a deadlock to the transaction closing the cycle: the admin here). */
    abstract static class ServerSuite extends Suite {

        ServerSuite(Dialect dialect) {
            super(dialect);
        }

        /**
         * crm4j's {@code recordAll} updates its products in ascending id order and waits for the second, which the
         * admin updated first; the admin then updates the first: a deadlock. The admin is made the survivor (on
         * PostgreSQL its {@code deadlock_timeout} is longer, so crm4j's backend finds the deadlock first; on
         * MariaDB it has written more rows, and InnoDB rolls back the smaller transaction).
         */
        @Test
        void deadlockWithAnotherTransaction_isTransientWritesNothingAndTheRetryWorks() throws Exception {
            try (Crm crm = JpaCrm.builder().dataSource(db.dataSource()).build()) {
                Customer buyer = customer(crm, "deadlock");
                List<Product> pair = ordered(product(crm, "DEAD-1"), product(crm, "DEAD-2"));
                List<Product> ballast = IntStream.range(0, 20).mapToObj(i -> product(crm, "DEAD-B" + i)).toList();
                List<NewSale> sales = List.of(NewSale.of(buyer.id(), pair.get(0).id(), 2),
                        NewSale.of(buyer.id(), pair.get(1).id(), 3));
                try (Connection admin = admin()) {
                    if (dialect == Dialect.POSTGRESQL) {
                        try (Statement set = admin.createStatement()) {
                            set.execute("SET deadlock_timeout = '20s'");
                        }
                    }
                    for (Product p : ballast) {
                        addStock(admin, p);
                    }
                    addStock(admin, pair.get(1));
                    Future<List<?>> running = background(() -> crm.sales().recordAll(sales));
                    awaitBlocked(admin, running);
                    addStock(admin, pair.get(0)); // closes the cycle; waits until crm4j is rolled back
                    TransientException e = assertInstanceOf(TransientException.class, failure(running));
                    assertTrue(e.getMessage().contains("deadlock"), e.getMessage());
                    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                    admin.rollback();
                }
                assertUnchanged(crm, buyer, pair.toArray(Product[]::new));

                assertEquals(2, crm.sales().recordAll(sales).size(), "the call repeated works");
                assertEquals(List.of(STOCK - 2, STOCK - 3), stocks(crm, pair.toArray(Product[]::new)));
            }
        }
    }

    /** The tests of every database; one database per class, each test with its own rows. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Suite {

        static final int STOCK = 10_000;
        private static final AtomicInteger SEQUENCE = new AtomicInteger();

        final Dialect dialect;
        TestDatabase db;
        private final ExecutorService threads = Executors.newCachedThreadPool();

        Suite(Dialect dialect) {
            this.dialect = dialect;
        }

        @BeforeAll
        void createDatabase() {
            db = TestDatabase.create(dialect);
        }

        @AfterAll
        void dropDatabase() {
            threads.shutdownNow();
            db.close();
        }

        /**
         * Every connection of a two-connection pool lent out (to the host's own code here): the call waits the
         * pool's connection timeout and fails with a message naming the pool, having written nothing; once the
         * connections are back, the next call works. HikariCP's own pool is kept, not evicted (only a lost
         * connection evicts it).
         */
        @Test
        void poolExhausted_isTransientNamesThePoolAndTheNextCallWorks() throws Exception {
            HikariDataSource template = db.dataSource().unwrap(HikariDataSource.class);
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(template.getJdbcUrl());
            config.setUsername(template.getUsername());
            config.setPassword(template.getPassword());
            config.setPoolName("crm4j-fault-pool-" + SEQUENCE.incrementAndGet());
            config.setMaximumPoolSize(2);
            config.setConnectionTimeout(300);
            try (HikariDataSource pool = new HikariDataSource(config); Crm crm = JpaCrm.of(pool)) {
                Customer before = customer(crm, "pool");
                List<Connection> held = List.of(pool.getConnection(), pool.getConnection());
                TransientException e = assertThrows(TransientException.class,
                        () -> crm.customers().register(NewCustomer.of("Eve", "eve-pool@example.org")));
                assertTrue(e.getMessage().contains("no database connection available"), e.getMessage());
                assertTrue(e.getMessage().contains(config.getPoolName()), e.getMessage());
                assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                for (Connection c : held) {
                    c.close();
                }
                assertTrue(crm.customers().findByEmail("eve-pool@example.org").isEmpty(), "nothing written");
                assertEquals(before, crm.customers().get(before.id()));
                assertEquals("Eve", crm.customers().register(NewCustomer.of("Eve", "eve-pool@example.org")).name(),
                        "the next call works");
            }
        }

        /**
         * The admin holds the row of the second product of a {@code recordAll}; crm4j (lock timeout 1 s) has taken
         * the first product's stock when it starts waiting, and after the timeout it fails and rolls back that too.
         */
        @Test
        void rowLockedLongerThanTheLockTimeout_isTransientChangesNothingAndTheNextCallWorks() throws Exception {
            try (Crm crm = JpaCrm.builder().dataSource(db.dataSource()).lockTimeout(Duration.ofSeconds(1)).build()) {
                Customer buyer = customer(crm, "locked");
                List<Product> pair = ordered(product(crm, "LOCK-1"), product(crm, "LOCK-2"));
                List<NewSale> sales = List.of(NewSale.of(buyer.id(), pair.get(0).id(), 2),
                        NewSale.of(buyer.id(), pair.get(1).id(), 3));
                try (Connection admin = admin()) {
                    lockRow(admin, pair.get(1));
                    long start = System.nanoTime();
                    TransientException e = assertThrows(TransientException.class, () -> crm.sales().recordAll(sales));
                    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    assertTrue(e.getMessage().contains("lock wait timeout"), e.getMessage());
                    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                    assertTrue(waited >= 900, "gave up after " + waited + " ms, before the 1 s lock timeout");
                    admin.rollback();
                }
                assertUnchanged(crm, buyer, pair.toArray(Product[]::new));

                assertEquals(2, crm.sales().recordAll(sales).size(), "the next call works");
                assertEquals(List.of(STOCK - 2, STOCK - 3), stocks(crm, pair.toArray(Product[]::new)));
            }
        }

        // ---- helpers ----

        Customer customer(Crm crm, String name) {
            int n = SEQUENCE.incrementAndGet();
            return crm.customers().register(NewCustomer.of(name, name + n + "@example.org"));
        }

        Product product(Crm crm, String sku) {
            return crm.products().create(new NewProduct(sku + "-" + SEQUENCE.incrementAndGet(), sku,
                    Money.of("1.00", "EUR"), STOCK));
        }

        /** The products in the order in which {@code recordAll} locks them (ascending id). */
        static List<Product> ordered(Product a, Product b) {
            return Stream.of(a, b).sorted(Comparator.comparing(p -> p.id().value())).toList();
        }

        static List<Integer> stocks(Crm crm, Product... products) {
            return Stream.of(products).map(p -> crm.products().get(p.id()).stock()).toList();
        }

        /** The buyer made no purchase and every product still has its whole stock and version. */
        static void assertUnchanged(Crm crm, Customer buyer, Product... products) {
            assertEquals(List.of(), crm.sales().history(buyer.id()), "sales of the failed call");
            assertEquals(buyer, crm.customers().get(buyer.id()), "the buyer");
            for (Product p : products) {
                assertEquals(p, crm.products().get(p.id()), "product " + p.sku());
            }
        }

        Connection admin() throws SQLException {
            Connection admin = db.dataSource().getConnection();
            admin.setAutoCommit(false);
            return admin;
        }

        static void lockRow(Connection admin, Product product) throws SQLException {
            try (PreparedStatement lock = admin.prepareStatement(
                    "SELECT stock FROM crm_product WHERE sku = ? FOR UPDATE")) {
                lock.setString(1, product.sku().value());
                try (ResultSet row = lock.executeQuery()) {
                    assertTrue(row.next());
                }
            }
        }

        static void addStock(Connection admin, Product product) throws SQLException {
            try (PreparedStatement update = admin.prepareStatement(
                    "UPDATE crm_product SET stock = stock + 1 WHERE sku = ?")) {
                update.setString(1, product.sku().value());
                assertEquals(1, update.executeUpdate());
            }
        }

        /**
         * Waits until a statement of another session is blocked by a lock of {@code admin}.
         *
         * @param running the call expected to block
         * @return its session's id (PostgreSQL: the backend's pid)
         */
        long awaitBlocked(Connection admin, Future<?> running) throws Exception {
            String sql = switch (dialect) {
                case POSTGRESQL ->
                        "SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))";
                // a session of this test's database waiting for a lock: the crm4j call
                case MARIADB -> "SELECT t.trx_mysql_thread_id FROM information_schema.INNODB_TRX t"
                        + " JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id"
                        + " WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()";
                case H2 -> "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()";
            };
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try (Statement query = admin.createStatement(); ResultSet rows = query.executeQuery(sql)) {
                    if (rows.next()) {
                        return rows.getLong(1);
                    }
                }
                if (running.isDone()) {
                    throw new AssertionError("the call ended without waiting for the admin's lock: "
                            + outcome(running));
                }
                // InnoDB refreshes its INFORMATION_SCHEMA transaction tables only if they were not read in the last
                // 100 ms: polled faster, they never showed the wait (seen in a landing run)
                Thread.sleep(dialect == Dialect.MARIADB ? 250 : 10);
            }
            throw new AssertionError("no statement was blocked by the admin's lock within 30 s");
        }

        <T> Future<T> background(java.util.concurrent.Callable<T> call) {
            return threads.submit(call);
        }

        private static String outcome(Future<?> done) throws InterruptedException {
            try {
                return "returned " + done.get();
            } catch (ExecutionException e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.getCause().printStackTrace(new java.io.PrintWriter(trace));
                return "threw " + trace;
            }
        }

        static Throwable failure(Future<?> running) throws InterruptedException {
            try {
                Object result = running.get(60, TimeUnit.SECONDS);
                throw new AssertionError("the call succeeded: " + result);
            } catch (ExecutionException e) {
                assertInstanceOf(CrmException.class, e.getCause(), "a crm4j exception");
                return e.getCause();
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("the call did not end within 60 s", e);
            }
        }
    }
}
