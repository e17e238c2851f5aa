package org.crm4j.analytics;

/**
 * An iterative method (IRLS, BFGS, Lloyd iterations...) stopped without meeting its convergence criterion, or met
 * a condition under which its estimate is not finite (for example perfect separation in logistic regression).
 * The message names the method, the iteration count and the criterion that failed.
 */
public class ConvergenceException extends AnalyticsException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what did not converge and why, not null
     */
    public ConvergenceException(String message) {
        super(message);
    }
}
