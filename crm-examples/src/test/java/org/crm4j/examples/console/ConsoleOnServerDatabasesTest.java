package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.crm4j.core.Crm;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console on PostgreSQL and MariaDB, chosen by property as a person would ({@code spring.datasource.url}):
 * it starts (crm4j migrates its schema next to the console's table) and a host operation and a crm4j operation
 * commit or roll back together. Runs under {@code -Pdatabases} (system property {@code crm4j.databases}), each on a
 * fresh PostgreSQL schema or MariaDB database of the shared test servers (the settings of crm-jpa's tests:
 * {@code crm4j.<db>.url|user|password}), dropped afterwards; a server that was asked for and cannot be reached
 * fails the test.
 */
class ConsoleOnServerDatabasesTest {

    /** The suite, once per server, on one console started for the server's tests. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Suite {
        private String name;
        private ConfigurableApplicationContext console;

        abstract String database();

        abstract String defaultUrl();

        abstract String defaultUser();

        abstract String create(String name);

        abstract String drop(String name);

        abstract String urlOf(String serverUrl, String name);

        @BeforeAll
        void start() {
            name = "crm4j_console_t_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
            admin(create(name));
            System.setProperty("org.jboss.logging.provider", "slf4j");
            console = SpringApplication.run(ConsoleApplication.class, "--server.port=0",
                    "--spring.datasource.url=" + urlOf(setting("url", defaultUrl()), name),
                    "--spring.datasource.username=" + setting("user", defaultUser()),
                    "--spring.datasource.password=" + setting("password", ""), "--crm4j.console.demo=NONE");
        }

        @AfterAll
        void stop() {
            if (console != null) {
                console.close();
            }
            admin(drop(name));
        }

        @Test
        void register_commitsTheCustomerAndTheHostsRow() {
            RunningConsole.as("admin", () -> console.getBean(CustomerOperations.class).register("admin",
                    NewCustomer.of("Both", "both@db.example")));

            assertTrue(RunningConsole.asSystem(() -> console.getBean(Crm.class).customers()
                    .findByEmail("both@db.example")).isPresent());
            assertEquals(1, console.getBean(ActivityLog.class).count("both@db.example"));
        }

        @Test
        void register_crm4jRefuses_theHostsRowIsRolledBackToo() {
            assertThrows(ValidationException.class, () -> RunningConsole.as("admin", () -> console
                    .getBean(CustomerOperations.class).register("admin", NewCustomer.of("", "refused@db.example"))));

            assertEquals(0, console.getBean(ActivityLog.class).count("refused@db.example"));
        }

        @Test
        void hostFailsAfterCrm4j_theCustomerIsRolledBackToo() {
            Crm crm = console.getBean(Crm.class);
            TransactionTemplate tx = new TransactionTemplate(console.getBean(PlatformTransactionManager.class));

            assertThrows(DataAccessException.class, () -> RunningConsole.as("admin", () -> {
                tx.executeWithoutResult(status -> {
                    crm.customers().register(NewCustomer.of("Host Fails", "hostfails@db.example"));
                    console.getBean(ActivityLog.class).record("admin", "x".repeat(ActivityLog.MAX_WHAT_LENGTH + 1));
                });
                return null;
            }));

            assertTrue(RunningConsole.asSystem(() -> crm.customers().findByEmail("hostfails@db.example")).isEmpty());
        }

        private String setting(String key, String fallback) {
            String property = "crm4j." + database() + "." + key;
            String value = System.getProperty(property);
            if (value == null) {
                value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
            }
            return value == null ? fallback : value;
        }

        private void admin(String sql) {
            String url = setting("url", defaultUrl());
            try (Connection connection = DriverManager.getConnection(url, setting("user", defaultUser()),
                    setting("password", "")); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot use the " + database() + " test server at " + url + " ("
                        + e.getMessage() + "); start it or point the tests elsewhere with -Dcrm4j." + database()
                        + ".url/.user/.password", e);
            }
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "crm4j.databases", matches = ".*postgresql.*",
            disabledReason = "PostgreSQL not requested (mvn -Pdatabases)")
    class OnPostgresql extends Suite {
        @Override
        String database() {
            return "postgresql";
        }

        @Override
        String defaultUrl() {
            return "jdbc:postgresql://127.0.0.1:5432/test";
        }

        @Override
        String defaultUser() {
            return "postgres";
        }

        @Override
        String create(String name) {
            return "CREATE SCHEMA " + name;
        }

        @Override
        String drop(String name) {
            return "DROP SCHEMA IF EXISTS " + name + " CASCADE";
        }

        @Override
        String urlOf(String serverUrl, String name) {
            return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }
    }

    @Nested
    @EnabledIfSystemProperty(named = "crm4j.databases", matches = ".*mariadb.*",
            disabledReason = "MariaDB not requested (mvn -Pdatabases)")
    class OnMariadb extends Suite {
        @Override
        String database() {
            return "mariadb";
        }

        @Override
        String defaultUrl() {
            return "jdbc:mariadb://127.0.0.1:3306/test";
        }

        @Override
        String defaultUser() {
            return "root";
        }

        @Override
        String create(String name) {
            return "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci";
        }

        @Override
        String drop(String name) {
            return "DROP DATABASE IF EXISTS " + name;
        }

        @Override
        String urlOf(String serverUrl, String name) {
            int slash = serverUrl.indexOf('/', "jdbc:mariadb://".length());
            int query = serverUrl.indexOf('?', slash);
            return serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
        }
    }
}
