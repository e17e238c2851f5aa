package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.crm4j.core.CommitOutcomeUnknownException;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.TransientException;
import org.crm4j.core.contract.Concurrently;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.jpa.internal.Dialect;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Database failures as callers see them: a failure before the commit is a {@link TransientException} and wrote
 * nothing, a failure of the commit itself is a {@link CommitOutcomeUnknownException}, and after the server killed
 * every pooled connection one call fails at most.
 */
class ConnectionFaultsTest {

    /** Connection failures injected into a real H2 database through a proxy of its data source. */
    @Nested
    class Injected {

        @Test
        void connectionLostInAStatement_isTransientAndWritesNothing() {
            try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
                Faulty faulty = new Faulty(db.dataSource());
                try (Crm crm = JpaCrm.of(faulty.proxy())) {
                    faulty.failStatements.set(true);
                    TransientException e = assertThrows(TransientException.class,
                            () -> crm.customers().register(NewCustomer.of("Ada", "ada@example.org")));
                    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
                    faulty.failStatements.set(false);
                    assertEquals(0, customers(crm));
                }
            }
        }

        @Test
        void connectionLostDuringTheCommit_isCommitOutcomeUnknown() {
            try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
                Faulty faulty = new Faulty(db.dataSource());
                try (Crm crm = JpaCrm.of(faulty.proxy())) {
                    faulty.failCommitAfterwards.set(true);
                    CommitOutcomeUnknownException e = assertThrows(CommitOutcomeUnknownException.class,
                            () -> crm.customers().register(NewCustomer.of("Ada", "ada@example.org")));
                    assertTrue(e.getMessage().contains("may or may not have been written"), e.getMessage());
                    faulty.failCommitAfterwards.set(false);
                    assertEquals(1, customers(crm), "here the commit had gone through before the connection broke");
                }
            }
        }
    }

    /**
     * {@code pg_terminate_backend} on every connection of the pool, then calls one after the other. HikariCP tests a
     * connection on borrow only if it was idle longer than its alive-bypass window (500 ms by default); the test
     * widens that window to an hour, so that every dead connection is lent untested, as happens to a busy host
     * whose calls follow each other closely. With the eviction in {@code JpaTransactions} switched off (its
     * {@code connectionLost.run()} commented out) every one of the six calls failed here, each on another dead
     * connection (checked when this test was written); with it, only the first fails.
     */
    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class KilledBackends {

        private static final int POOL = 8;
        private static final int CALLS = 6;

        @Test
        void everyPooledBackendKilled_theNextCallsFailOnceAtMost() throws Exception {
            try (TestDatabase db = TestDatabase.create(Dialect.POSTGRESQL)) {
                HikariDataSource template = db.dataSource().unwrap(HikariDataSource.class);
                String application = "crm4j_fault_" + Integer.toString(ThreadLocalRandom.current()
                        .nextInt(1 << 30), 36);
                HikariConfig config = new HikariConfig();
                config.setJdbcUrl(template.getJdbcUrl() + "&ApplicationName=" + application);
                config.setUsername(template.getUsername());
                config.setPassword(template.getPassword());
                config.setMaximumPoolSize(POOL);
                config.setMinimumIdle(POOL);
                try (HikariDataSource pool = untestedOnBorrow(config); Crm crm = JpaCrm.of(pool);
                     Connection admin = DriverManager.getConnection(template.getJdbcUrl(), template.getUsername(),
                             template.getPassword())) {
                    awaitUntil(() -> pool.getHikariPoolMXBean().getTotalConnections() == POOL, "a full pool");
                    List<Callable<Long>> warm = new ArrayList<>();
                    for (int t = 0; t < POOL; t++) {
                        warm.add(() -> customers(crm));
                    }
                    assertEquals(List.of(), Concurrently.run(warm));
                    assertEquals(POOL, terminate(admin, application), "backends killed");
                    awaitUntil(() -> backends(admin, application) == 0, "the killed backends to exit");

                    List<CrmException> failures = new ArrayList<>();
                    for (int i = 0; i < CALLS; i++) {
                        try {
                            crm.customers().register(NewCustomer.of("C" + i, "c" + i + "@example.org"));
                        } catch (CrmException e) {
                            failures.add(e);
                        }
                    }
                    assertTrue(failures.size() <= 1, () -> failures.size() + " of " + CALLS + " calls failed: "
                            + failures);
                    failures.forEach(f -> assertInstanceOf(TransientException.class, f));
                    assertEquals(CALLS - failures.size(), customers(crm));
                }
            }
        }

        /** A pool that lends connections used in the last hour without testing them (set while it is built). */
        private HikariDataSource untestedOnBorrow(HikariConfig config) {
            String property = "com.zaxxer.hikari.aliveBypassWindowMs";
            String before = System.getProperty(property);
            System.setProperty(property, "3600000");
            try {
                return new HikariDataSource(config);
            } finally {
                if (before == null) {
                    System.clearProperty(property);
                } else {
                    System.setProperty(property, before);
                }
            }
        }

        private int terminate(Connection admin, String application) throws SQLException {
            try (PreparedStatement kill = admin.prepareStatement(
                    "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
                kill.setString(1, application);
                try (ResultSet rows = kill.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }

        private int backends(Connection admin, String application) throws SQLException {
            try (PreparedStatement count = admin.prepareStatement(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = ?")) {
                count.setString(1, application);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        }

        private void awaitUntil(Check condition, String what) throws Exception {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!condition.holds()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("waited 30 s for " + what);
                }
                Thread.sleep(10);
            }
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static long customers(Crm crm) {
        return crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 1)).totalElements();
    }

    /** A data source whose connections fail on demand, as a lost connection does (SQL state 08006). */
    private static final class Faulty {

        final AtomicBoolean failStatements = new AtomicBoolean();
        final AtomicBoolean failCommitAfterwards = new AtomicBoolean();
        private final DataSource real;

        Faulty(DataSource real) {
            this.real = real;
        }

        DataSource proxy() {
            return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(real, method, args);
                        return result instanceof Connection connection ? connection(connection) : result;
                    });
        }

        private Connection connection(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (failStatements.get() && (name.startsWith("prepare") || name.equals("createStatement"))) {
                    throw new SQLException("injected: connection reset", "08006");
                }
                Object result = invoke(connection, method, args);
                if (failCommitAfterwards.get() && name.equals("commit")) {
                    throw new SQLException("injected: connection reset after the commit was sent", "08006");
                }
                return result;
            };
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    handler);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
                throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
