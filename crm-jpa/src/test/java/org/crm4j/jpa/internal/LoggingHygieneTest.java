package org.crm4j.jpa.internal;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.crm4j.core.contract.Fixtures.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmPorts;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.jpa.JpaCrm;
import org.crm4j.jpa.testing.RunsOn;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What crm4j, Flyway and Hibernate log (slf4j-simple writes to standard error at the tests' level, WARN), on every
 * dialect: no warning when a CRM starts on a fresh database (Flyway applying every migration, Hibernate's
 * HHH90000025 "dialect set explicitly", issue 14 saw ten Flyway warnings about named primary keys on MariaDB), and
 * no database message with bound values (personal data) when the database refuses a statement, which the adapter
 * translates instead.
 */
class LoggingHygieneTest {

    @Nested
    class OnH2 extends Suite {
        OnH2() {
            super(Dialect.H2);
        }
    }

    @Nested
    @RunsOn(Dialect.POSTGRESQL)
    class OnPostgresql extends Suite {
        OnPostgresql() {
            super(Dialect.POSTGRESQL);
        }
    }

    @Nested
    @RunsOn(Dialect.MARIADB)
    class OnMariadb extends Suite {
        OnMariadb() {
            super(Dialect.MARIADB);
        }
    }

    /** The tests, run on H2 always and on PostgreSQL and MariaDB when {@code crm4j.databases} names them. */
    abstract static class Suite {

        private final Dialect dialect;

        Suite(Dialect dialect) {
            this.dialect = dialect;
        }

        @Test
        void startOnAFreshDatabase_migratesAndLogsNoWarning() {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                String output = capturingStandardError(() -> {
                    try (Crm crm = JpaCrm.of(db.dataSource())) {
                        crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
                    }
                });

                assertEquals(List.of(), warnings(output), output);
                assertFalse(output.contains("HHH90000025"), output);
                assertEquals(0, Migrations.migrate(db.dataSource(), dialect), "the start applied every migration");
            }
        }

        @Test
        void anInsertTheDatabaseRefuses_logsNoBoundValue() {
            try (TestDatabase db = TestDatabase.create(dialect)) {
                Migrations.migrate(db.dataSource(), dialect);
                String output = capturingStandardError(() -> {
                    try (EntityManagerFactory factory = PersistenceUnit.create(db.dataSource(), dialect,
                            Entities.all())) {
                        CrmPorts ports = JpaPorts.create(factory, dialect);
                        CustomerRepository customers = ports.get(CustomerRepository.class);
                        ports.transactions().run(() -> customers.save(customer(1, "Ada", "ada.secret@example.org",
                                NOW)));
                        DuplicateException e = assertThrows(DuplicateException.class, () -> ports.transactions().run(
                                () -> customers.save(customer(2, "Ada", "ada.secret@example.org", NOW))));
                        assertEquals("email", e.field());
                    }
                });

                assertFalse(output.contains("HHH90000025"), output);
                assertFalse(output.contains("ada.secret@example.org"), output);
                assertFalse(output.contains("SQL Error"), output);
            }
        }
    }

    /** Warnings and errors of Flyway, Hibernate and crm4j in slf4j-simple's format ({@code [thread] LEVEL logger}). */
    private static List<String> warnings(String output) {
        return output.lines()
                .filter(line -> line.matches("\\[[^\\]]*\\] (WARN|ERROR) (org\\.flywaydb|org\\.hibernate|org\\.crm4j).*"))
                .toList();
    }

    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
