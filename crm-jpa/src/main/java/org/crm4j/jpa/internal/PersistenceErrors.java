package org.crm4j.jpa.internal;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.TransientException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Translates persistence failures into the core's {@link CrmException} hierarchy, so that callers of the services
 * never see JPA, Hibernate or JDBC exceptions. Unique constraints are recognised by their names, which the
 * migrations give the same on every database.
 */
public final class PersistenceErrors {

    /** Unique constraint name (lower case) to the domain field it protects. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "uk_customer_email_index", "email",
            "uk_product_sku", "sku",
            "uk_relationship_key", "relationship",
            "uk_sale_request_id", "requestId",
            "uk_survey_invitation_token", "token",
            "uk_survey_invitation_ticket", "ticketId");

    private PersistenceErrors() {
    }

    /**
     * Translates a failure.
     *
     * @param failure what the persistence layer threw
     * @return the domain exception to throw instead, or {@code failure} itself if it already is one or is not a
     *         persistence failure
     */
    public static RuntimeException translate(RuntimeException failure) {
        return translate(failure, null, null);
    }

    /**
     * Translates a failure of an insert or update of one row: a primary key violation becomes a
     * {@link DuplicateException} on {@code idField}.
     *
     * @param failure what the persistence layer threw
     * @param idField the domain name of the row's id, for example {@code "customerId"}, or null
     * @param id      the row's id
     * @return the domain exception to throw instead
     */
    static RuntimeException translate(RuntimeException failure, String idField, Object id) {
        if (failure instanceof CrmException) {
            return failure;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return new ConcurrentUpdateException(id == null ? "a row" : id, -1, failure);
            }
            if (t instanceof ConstraintViolationException violation) {
                return constraint(violation, failure, idField, id);
            }
        }
        String transientCause = transientCause(failure);
        if (transientCause != null) {
            return new TransientException("database operation failed before commit, nothing was written ("
                    + transientCause + "); it may succeed if repeated", failure);
        }
        if (failure instanceof PersistenceException) {
            return new CrmException("database operation failed: " + rootMessage(failure), failure);
        }
        return failure;
    }

    private static RuntimeException constraint(ConstraintViolationException violation, RuntimeException failure,
            String idField, Object id) {
        String name = violation.getConstraintName() == null ? ""
                : violation.getConstraintName().toLowerCase(Locale.ROOT);
        String message = rootMessage(violation).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> unique : UNIQUE_FIELDS.entrySet()) {
            if (name.contains(unique.getKey()) || message.contains(unique.getKey())) {
                return new DuplicateException(unique.getValue(), duplicatedValue(violation));
            }
        }
        if (idField != null && (name.contains("pk_") || name.contains("primary") || message.contains("pk_")
                || message.contains("'primary'"))) {
            return new DuplicateException(idField, id != null ? id : duplicatedValue(violation));
        }
        return new CrmException("database constraint " + (name.isEmpty() ? "" : name + " ") + "refused the change: "
                + rootMessage(violation), failure);
    }

    /**
     * Whether a failure may pass by itself: no pooled connection became free within the pool's connection timeout,
     * the connection was lost or closed by the server, or the database aborted the transaction as a deadlock
     * victim, for a lock wait timeout or a serialization failure. Recognised by HikariCP's timeout, the SQL states
     * and vendor codes of H2, PostgreSQL and MariaDB (preferred, as they say which it was) and JDBC's and
     * Hibernate's exception classes.
     *
     * @param failure a failure
     * @return a short description of the transient cause (starting with {@value #CONNECTION_LOST} when the
     *         connection is gone), or null if it is not transient
     */
    static String transientCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException pool && isPoolTimeout(pool)) {
                return "no database connection available: every connection of the pool was in use for longer than"
                        + " its connection timeout (" + pool.getMessage() + ")";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String described = describe(sql);
                if (described != null) {
                    return described;
                }
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTransientConnectionException) {
                return CONNECTION_LOST;
            }
            if (t instanceof LockAcquisitionException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof SQLTransactionRollbackException) {
                return "deadlock or lock timeout";
            }
        }
        return null;
    }

    /** How {@link #transientCause(Throwable)} begins when the connection to the database is gone. */
    static final String CONNECTION_LOST = "connection lost";

    /**
     * HikariCP's "Connection is not available, request timed out after ..." without a cause: the pool had no free
     * connection (with a cause, opening a new connection failed: the database could not be reached).
     */
    private static boolean isPoolTimeout(SQLTransientConnectionException e) {
        String message = e.getMessage();
        return e.getCause() == null && message != null && message.contains("Connection is not available");
    }

    private static String describe(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        int code = sql.getErrorCode();
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            // 08: connection exception; 57P0x: the server terminated the backend or shut down
            return CONNECTION_LOST + " (the database closed it or could not be reached), SQL state " + state;
        }
        if (state.equals("40P01") || code == 1213) {
            return "deadlock: the database chose this transaction as the victim, SQL state " + state;
        }
        if (state.equals("40001")) {
            return "deadlock or serialization failure, SQL state " + state; // H2 reports its deadlocks so
        }
        if (state.equals("55P03") || state.equals("HYT00") || code == 1205 || code == 50200) {
            // PostgreSQL lock_timeout, H2 LOCK_TIMEOUT (50200), MariaDB innodb_lock_wait_timeout (1205)
            return "lock wait timeout: a row it needed stayed locked by another transaction for longer than the "
                    + "lock timeout, SQL state " + state;
        }
        return null;
    }

    /**
     * @param failure a failure
     * @return whether a database constraint (foreign key, unique, check) caused it
     */
    static boolean isConstraintViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static String duplicatedValue(ConstraintViolationException violation) {
        String message = rootMessage(violation);
        int open = message.indexOf("=(");
        int close = open < 0 ? -1 : message.indexOf(')', open + 2);
        if (open >= 0 && close > open) {
            return message.substring(open + 2, close); // PostgreSQL: Key (email_key)=(x@y.z) already exists
        }
        int quote = message.indexOf("Duplicate entry '");
        if (quote >= 0) {
            int end = message.indexOf('\'', quote + 17);
            return end < 0 ? "a value" : message.substring(quote + 17, end); // MariaDB
        }
        return "the value";
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof SQLException sql && sql.getMessage() != null) {
            return sql.getMessage();
        }
        return String.valueOf(root.getMessage());
    }
}
