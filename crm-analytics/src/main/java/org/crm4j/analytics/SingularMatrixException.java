package org.crm4j.analytics;

/**
 * A matrix that must be of full rank is (numerically) singular: for example a regression design with an aliased
 * column. The message names the offending column or pivot and the tolerance used.
 */
public class SingularMatrixException extends AnalyticsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which matrix is singular, where, and at which tolerance; not null
     */
    public SingularMatrixException(String message) {
        super(message);
    }
}
