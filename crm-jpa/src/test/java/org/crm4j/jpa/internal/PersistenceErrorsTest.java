package org.crm4j.jpa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
        assertTransient("deadlock: the database chose this transaction as the victim", "40P01", 0); // PostgreSQL
        assertTransient("deadlock or serialization failure", "40001", 0);    // serialization failure (all three)
        assertTransient("deadlock: the database chose this transaction as the victim", "40001", 1213); // MariaDB
    }

    @Test
    void lockWaitTimeout_isTransient() {
        assertTransient("lock wait timeout", "55P03", 0);        // PostgreSQL lock_not_available
        assertTransient("lock wait timeout", "HYT00", 50200);    // H2 lock timeout
        assertTransient("lock wait timeout", "HY000", 1205);     // MariaDB innodb_lock_wait_timeout
    }

    @Test
    void sqlStateWins_overHibernatesLockClass() {
        RuntimeException e = PersistenceErrors.translate(new org.hibernate.exception.LockAcquisitionException(
                "could not execute statement", new SQLException("canceling statement due to lock timeout", "55P03")));

        assertTrue(assertInstanceOf(TransientException.class, e).getMessage().contains("lock wait timeout"),
                e.getMessage());
    }

    @Test
    void poolWithoutFreeConnection_isTransientNamingThePool() {
        RuntimeException e = PersistenceErrors.translate(new org.hibernate.exception.JDBCConnectionException(
                "Unable to acquire JDBC Connection", new SQLTransientConnectionException(
                        "crm4j-h2 - Connection is not available, request timed out after 300ms (total=2, active=2,"
                                + " idle=0, waiting=0)")));

        TransientException t = assertInstanceOf(TransientException.class, e);
        assertTrue(t.getMessage().contains("no database connection available"), t.getMessage());
        assertTrue(t.getMessage().contains("crm4j-h2 - Connection is not available"), t.getMessage());
        assertFalse(PersistenceErrors.transientCause(e).startsWith(PersistenceErrors.CONNECTION_LOST),
                "an exhausted pool is not a lost connection: the pool's connections are not evicted");
    }

    @Test
    void poolTimeoutBecauseTheServerIsDown_isALostConnection() {
        RuntimeException e = PersistenceErrors.translate(new PersistenceException("Unable to acquire JDBC Connection",
                new SQLTransientConnectionException("crm4j - Connection is not available, request timed out after "
                        + "30000ms", "08001", new SQLException("Connection refused", "08001"))));

        assertTrue(PersistenceErrors.transientCause(e).startsWith(PersistenceErrors.CONNECTION_LOST), e.getMessage());
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
