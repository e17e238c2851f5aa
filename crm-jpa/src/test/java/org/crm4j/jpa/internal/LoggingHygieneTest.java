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
import org.crm4j.core.CrmPorts;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.jpa.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * What crm4j and Hibernate log (slf4j-simple writes to standard error at the tests' level, WARN): no Hibernate
 * warning when the persistence unit starts, and no database message with bound values (personal data) when the
 * database refuses a statement, which the adapter translates instead.
 */
class LoggingHygieneTest {

    @Test
    void startAndAnInsertTheDatabaseRefuses_logNoWarningAndNoBoundValue() {
        String output = capturingStandardError(() -> {
            try (TestDatabase db = TestDatabase.create(Dialect.H2)) {
                Migrations.migrate(db.dataSource(), Dialect.H2);
                try (EntityManagerFactory factory = PersistenceUnit.create(db.dataSource(), Dialect.H2,
                        Entities.all())) {
                    CrmPorts ports = JpaPorts.create(factory, Dialect.H2);
                    CustomerRepository customers = ports.get(CustomerRepository.class);
                    ports.transactions().run(() -> customers.save(customer(1, "Ada", "ada.secret@example.org",
                            NOW)));
                    DuplicateException e = assertThrows(DuplicateException.class, () -> ports.transactions().run(
                            () -> customers.save(customer(2, "Ada", "ada.secret@example.org", NOW))));
                    assertEquals("email", e.field());
                }
            }
        });

        assertFalse(output.contains("HHH90000025"), output);
        assertFalse(output.contains("ada.secret@example.org"), output);
        assertFalse(output.contains("SQL Error"), output);
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
