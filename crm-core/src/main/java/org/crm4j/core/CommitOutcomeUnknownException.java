package org.crm4j.core;

/**
 * The operation failed while its transaction was being committed (typically the connection to the database was
 * lost during the commit), so <em>it is unknown whether its changes were written</em>: they may all be there or
 * none. This is the one exception to the rule that a throwing operation changed nothing.
 *
 * <p>Do not simply repeat an operation that creates something: it may then happen twice. Check what is stored
 * first, or make the operation idempotent: a sale recorded with a request id ({@code NewSale.withRequestId}) can
 * be recorded again with the same id and returns the stored sale instead of recording a second one, so a
 * {@link RetryPolicy} repeats such sales after this exception. Reads and updates with an expected version are
 * safe to repeat (an update that was written fails the repetition with a {@link ConcurrentUpdateException}).
 */
public class CommitOutcomeUnknownException extends CrmException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, not null
     * @param cause   the adapter's failure
     */
    public CommitOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
