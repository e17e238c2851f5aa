package org.crm4j.analytics.lifetime;

/**
 * A log-likelihood in natural (positive) parameters with its analytic gradient and Hessian.
 */
interface LogLikelihood {

    /**
     * Evaluates the log-likelihood at {@code params}.
     *
     * @param params   the parameters, all positive (not modified)
     * @param gradient when not null, receives the gradient (length {@code params.length})
     * @param hessian  when not null, receives the Hessian ({@code params.length} square)
     * @return the log-likelihood; not finite when it cannot be evaluated there
     */
    double evaluate(double[] params, double[] gradient, double[][] hessian);

    /** @return the parameter names, in order, for messages and summaries */
    String[] names();
}
