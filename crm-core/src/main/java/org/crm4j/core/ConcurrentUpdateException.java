package org.crm4j.core;

import java.util.Locale;

/**
 * Optimistic locking failed: the caller changed an aggregate read at version {@link #expectedVersion()}, but
 * somebody else has changed it since. Read it again and retry. The operation that threw it has changed nothing.
 */
public class ConcurrentUpdateException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final long expectedVersion;

    /**
     * Creates the exception.
     *
     * @param id              the id of the aggregate that was changed concurrently
     * @param expectedVersion the version the caller had read
     */
    public ConcurrentUpdateException(Object id, long expectedVersion) {
        super(String.format(Locale.ROOT, "%s was changed concurrently: expected version %d is no longer current",
                id, expectedVersion));
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    /**
     * Creates the exception for an adapter that detected the conflict in its persistence layer.
     *
     * @param id              the id of the aggregate that was changed concurrently
     * @param expectedVersion the version the caller had read
     * @param cause           the adapter's failure
     */
    public ConcurrentUpdateException(Object id, long expectedVersion, Throwable cause) {
        super(String.format(Locale.ROOT, "%s was changed concurrently: expected version %d is no longer current",
                id, expectedVersion), cause);
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    /** @return the id of the aggregate, as text */
    public String id() {
        return id;
    }

    /** @return the version the caller had read */
    public long expectedVersion() {
        return expectedVersion;
    }
}
