/**
 * Regression with full statistical inference: {@link org.crm4j.analytics.regression.LinearRegression} (ordinary and
 * weighted least squares by Householder QR) and {@link org.crm4j.analytics.regression.LogisticRegression} (binary
 * logistic regression by iteratively reweighted least squares), producing immutable
 * {@link org.crm4j.analytics.regression.LinearModel} and {@link org.crm4j.analytics.regression.LogisticModel}
 * objects with standard errors, test statistics, p-values, confidence intervals and goodness of fit, as R's
 * {@code lm}/{@code glm} and statsmodels report them, and the diagnostics a statistician ends with: information
 * criteria, Durbin–Watson, Breusch–Pagan, Jarque–Bera, variance inflation factors, the condition number and
 * per-row influence ({@link org.crm4j.analytics.regression.LinearInfluence}) for linear models; deviance residuals
 * and the Hosmer–Lemeshow test for logistic ones. Tests return the shared
 * {@link org.crm4j.analytics.stats.TestResult}.
 *
 * <p>Bad arguments are {@link java.lang.IllegalArgumentException}s naming the argument, the position and the rule;
 * a rank-deficient design is a {@link org.crm4j.analytics.SingularMatrixException}, perfect separation in logistic
 * regression a {@link org.crm4j.analytics.ConvergenceException}. The caller's arrays are never modified.
 */
package org.crm4j.analytics.regression;
