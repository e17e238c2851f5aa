package org.crm4j.analytics;

/**
 * Root of the numerical failures of crm4j analytics: valid input on which an algorithm cannot produce a
 * trustworthy result. Argument errors are never reported with this type (they are
 * {@link IllegalArgumentException}s).
 */
public class AnalyticsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what failed and why.
     *
     * @param message the description of the failure, not null
     */
    public AnalyticsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message the description of the failure, not null
     * @param cause   the underlying failure
     */
    public AnalyticsException(String message, Throwable cause) {
        super(message, cause);
    }
}
