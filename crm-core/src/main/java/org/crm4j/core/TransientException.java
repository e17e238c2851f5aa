package org.crm4j.core;

/**
 * The operation failed for a reason that may pass by itself, before anything was committed: the database
 * connection was lost, the database chose this transaction as a deadlock victim, a lock wait timed out, or a
 * serializable transaction could not be serialised. Nothing was written, so calling the same operation again is
 * safe and may succeed; {@link RetryPolicy} does that for every operation when the CRM is built with one.
 *
 * <p>Contrast {@link CommitOutcomeUnknownException}, where the failure struck while committing and the change may
 * have been written, and {@link ConcurrentUpdateException}, where repeating the call unchanged fails again (read
 * the aggregate first).
 */
public class TransientException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, not null
     * @param cause   the adapter's failure
     */
    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
