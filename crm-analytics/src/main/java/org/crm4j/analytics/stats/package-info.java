/**
 * Probability distributions for statistical inference, in plain Java: {@link org.crm4j.analytics.stats.Normal},
 * {@link org.crm4j.analytics.stats.StudentT}, {@link org.crm4j.analytics.stats.ChiSquared} and
 * {@link org.crm4j.analytics.stats.FisherF}, each with a cumulative distribution function, a survival function
 * computed without cancellation in the upper tail, and a quantile function, on top of
 * {@link org.crm4j.analytics.stats.SpecialFunctions} (log-gamma, regularised incomplete gamma and beta, erf).
 * {@link org.crm4j.analytics.stats.TestResult} is the one shape of every statistical test's outcome in the module
 * (statistic, degrees of freedom, p-value), and {@link org.crm4j.analytics.stats.JarqueBera} the normality test
 * shared by the regression and time-series diagnostics.
 *
 * <p>Accuracy: about 1e-14 relative in the body of each distribution (Student's t with more than 1e4 degrees of
 * freedom: 1e-12 to 1e-11, see {@link org.crm4j.analytics.stats.SpecialFunctions}), checked against mpmath and
 * Apache Commons Math;
 * tails keep their relative accuracy (degrading towards 1e-13 near the underflow threshold). Quantiles agree with the
 * class's own distribution function to a few ulps.
 *
 * <p>All classes are non-instantiable with static, pure, thread-safe methods. A probability outside [0, 1] or a
 * parameter out of range is an {@link java.lang.IllegalArgumentException} naming the argument and the value; a NaN
 * quantile argument gives NaN.
 */
package org.crm4j.analytics.stats;
