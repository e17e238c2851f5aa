package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.crm4j.core.CrmException;
import org.crm4j.core.TransientException;
import org.junit.jupiter.api.Test;

/**
 * Which database failures are transient (issue 14: "connection lost, serialization failure, deadlock, lock
 * timeout" are a retryable {@link TransientException}), by the SQL states and vendor codes of H2, PostgreSQL and
 * MariaDB as their drivers report them; anything else stays a plain {@link CrmException}.
 */
class PersistenceErrorsTest {

    private static RuntimeException translated(String sqlState, int vendorCode) {
        return PersistenceErrors.translate(new PersistenceException("statement failed",
                new SQLException("reason", sqlState, vendorCode)));
    }

    private static void assertTransient(String cause, String sqlState, int vendorCode) {
        TransientException e = assertInstanceOf(TransientException.class, translated(sqlState, vendorCode));
        assertTrue(e.getMessage().contains(cause), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    }

    @Test
    void connectionLost_isTransient() {
        assertTransient("connection lost", "08006", 0);          // any database: connection failure
        assertTransient("connection lost", "08S01", 0);          // MariaDB: communication link failure
        assertTransient("connection lost", "57P01", 0);          // PostgreSQL: terminated by an administrator
    }

    @Test
    void deadlockAndSerializationFailure_areTransient() {
        assertTransient("deadlock or serialization failure", "40P01", 0);    // PostgreSQL deadlock
        assertTransient("deadlock or serialization failure", "40001", 0);    // serialization failure (all three)
        assertTransient("deadlock or serialization failure", "HY000", 1213); // MariaDB deadlock by vendor code
    }

    @Test
    void lockWaitTimeout_isTransient() {
        assertTransient("lock wait timeout", "55P03", 0);        // PostgreSQL lock_not_available
        assertTransient("lock wait timeout", "HYT00", 50200);    // H2 lock timeout
        assertTransient("lock wait timeout", "HY000", 1205);     // MariaDB innodb_lock_wait_timeout
    }

    @Test
    void otherFailures_areNotTransient() {
        RuntimeException syntax = translated("42601", 0);        // PostgreSQL syntax error
        RuntimeException overflow = translated("22003", 0);      // numeric value out of range

        assertEquals(CrmException.class, syntax.getClass());
        assertEquals(CrmException.class, overflow.getClass());
        assertFalse(syntax instanceof TransientException);
    }
}
