package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.audit.AuditVerification;
import org.crm4j.core.contract.Fixtures;
import org.crm4j.core.contract.MutableClock;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail's hash chain finds rows changed behind crm4j's back: each test writes through the CRM, then
 * edits {@code crm_audit_entry} with plain SQL, as an intruder with database access would.
 */
abstract class AuditTamperSuite {

    private JpaTestFixture fixture;
    private Crm crm;

    /** @return the database to run on */
    abstract Dialect dialect();

    @BeforeEach
    void threeCustomersTagged() {
        fixture = JpaTestFixture.on(dialect());
        crm = Crm.of(fixture.emptyPorts(), new MutableClock(Fixtures.NOW), IdGenerator.random());
        for (int i = 0; i < 3; i++) {
            Customer customer = crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@example.org"));
            crm.customers().tag(customer.id(), "vip");
        }
        assertTrue(crm.audit().verify().intact());
    }

    private void sql(String statement) {
        try (Connection c = fixture.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(statement), statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    @Test
    void verify_rowEditedInSql_namesThatEntry() {
        sql("UPDATE crm_audit_entry SET actor = 'mallory' WHERE entry_sequence = 4");

        AuditVerification result = crm.audit().verify();

        assertEquals(Optional.of(4L), result.firstBroken());
        assertEquals(Optional.of("entry 4: hash does not match its content"), result.reason());
        assertEquals(3, result.checked());
    }

    @Test
    void verify_changesEditedInSql_namesThatEntry() {
        sql("UPDATE crm_audit_entry SET changes = 'tags - 4:[vi]\n' WHERE entry_sequence = 2");

        assertEquals(Optional.of(2L), crm.audit().verify().firstBroken());
    }

    @Test
    void verify_changesMadeUnreadableInSql_namesThatEntry() {
        sql("UPDATE crm_audit_entry SET changes = 'garbage' WHERE entry_sequence = 3");

        AuditVerification result = crm.audit().verify();

        assertEquals(Optional.of(3L), result.firstBroken());
        assertTrue(result.reason().orElseThrow().startsWith("entry 3: is malformed"), result.reason().toString());
    }

    @Test
    void verify_rowDeletedInSql_namesTheGap() {
        sql("DELETE FROM crm_audit_entry WHERE entry_sequence = 5");

        AuditVerification result = crm.audit().verify();

        assertEquals(Optional.of(5L), result.firstBroken());
        assertTrue(result.reason().orElseThrow().startsWith("entry 5: missing"), result.reason().toString());
    }

    @Test
    void verify_lastRowDeletedInSql_headNoLongerReached() {
        sql("DELETE FROM crm_audit_entry WHERE entry_sequence = 6");

        assertEquals(Optional.of(6L), crm.audit().verify().firstBroken());
    }
}
