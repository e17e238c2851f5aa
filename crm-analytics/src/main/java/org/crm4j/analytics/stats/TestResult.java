package org.crm4j.analytics.stats;

import org.crm4j.analytics.internal.Checks;

/**
 * The outcome of a statistical test: the statistic, its degrees of freedom and its p-value. One shape for every
 * test of the module (Breusch–Pagan, Jarque–Bera, Hosmer–Lemeshow, Ljung–Box, ...), so a report can list them
 * side by side. Immutable.
 *
 * @param name      the test's name as a statistician writes it, e.g. {@code "Breusch-Pagan (Koenker)"}; not blank
 * @param statistic the test statistic, not NaN (its units and null distribution are the test's, see its javadoc)
 * @param df        the degrees of freedom of the statistic's reference distribution (chi-squared for every test
 *                  here), {@code >= 1}
 * @param pValue    the probability under the null hypothesis of a statistic at least as extreme, in [0, 1]
 */
public record TestResult(String name, double statistic, int df, double pValue) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException when {@code name} is null or blank, {@code statistic} is NaN, {@code df < 1}
     *                                  or {@code pValue} is outside [0, 1]
     */
    public TestResult {
        Checks.require(name != null && !name.isBlank(), "name must not be null or blank, was %s", name);
        Checks.require(!Double.isNaN(statistic), "statistic must not be NaN (test %s)", name);
        Checks.require(df >= 1, "df must be >= 1, was %d (test %s)", df, name);
        Checks.require(pValue >= 0 && pValue <= 1, "pValue must be in [0, 1], was %s (test %s)", pValue, name);
    }

    @Override
    public String toString() {
        return Checks.message("%s: statistic = %.6g on %d df, p-value = %.4g", name, statistic, df, pValue);
    }
}
