/**
 * Types shared by every algorithm of crm4j analytics: the numerical failure hierarchy rooted at
 * {@link org.crm4j.analytics.AnalyticsException}.
 *
 * <p>Argument errors (null, empty, ragged or non-finite input, options out of range) are reported with
 * {@link java.lang.IllegalArgumentException} whose message names the argument, the rule and the offending value.
 * Numerical failures of valid input (a singular design, an optimiser that does not converge) are reported with a
 * subclass of {@code AnalyticsException}.
 */
package org.crm4j.analytics;
