package org.crm4j.jpa.internal;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Translates persistence failures into the core's {@link CrmException} hierarchy, so that callers of the services
 * never see JPA, Hibernate or JDBC exceptions. Unique constraints are recognised by their names, which the
 * migrations give the same on every database.
 */
public final class PersistenceErrors {

    /** Unique constraint name (lower case) to the domain field it protects. */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "uk_customer_email", "email",
            "uk_product_sku", "sku",
            "uk_relationship_key", "relationship");

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
            if (t instanceof LockAcquisitionException) {
                return new ConcurrentUpdateException("a row locked by a concurrent transaction", -1, failure);
            }
            if (t instanceof ConstraintViolationException violation) {
                return constraint(violation, failure, idField, id);
            }
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

    private static String rootMessage(Throwable failure) {
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
