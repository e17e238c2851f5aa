package org.crm4j.core;

/**
 * Root of the domain failures reported by crm4j services: validation failures, unknown ids, duplicates,
 * concurrent updates and business-rule refusals. A service operation that throws a {@code CrmException} has
 * changed nothing.
 */
public class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what was refused and why.
     *
     * @param message the description, not null
     */
    public CrmException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it (for example a database error an
     * adapter translated).
     *
     * @param message the description, not null
     * @param cause   the underlying failure
     */
    public CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
