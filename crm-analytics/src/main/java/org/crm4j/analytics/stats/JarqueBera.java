package org.crm4j.analytics.stats;

import org.crm4j.analytics.internal.Checks;

/**
 * The Jarque–Bera test of normality, from the sample skewness and kurtosis, as statsmodels'
 * {@code statsmodels.stats.stattools.jarque_bera} and R's {@code tseries::jarque.bera.test}:
 * <pre>
 *   m_k = (1/n) Σ (x_i - x̄)^k,   S = m_3 / m_2^(3/2),   K = m_4 / m_2²,
 *   JB = n/6 (S² + (K - 3)²/4),   p = P(χ²(2) > JB) = exp(-JB/2)
 * </pre>
 * S and K are the moment (biased, "g1" and non-excess "b2") estimators; a normal sample has S ≈ 0 and K ≈ 3. The
 * chi-squared limit needs large n: for small samples the test is conservative (Jarque and Bera 1987 tabulate exact
 * critical values). The p-value uses the closed form of the χ²(2) survival function, so it keeps its relative
 * accuracy in the far tail (R's {@code 1 - pchisq} loses it below about 1e-9).
 *
 * <p>Reference: C. M. Jarque and A. K. Bera, A test for normality of observations and regression residuals,
 * <i>International Statistical Review</i> 55 (1987) 163–172.
 */
public final class JarqueBera {

    /**
     * The test result with the moments it was built from.
     *
     * @param test     the statistic JB (dimensionless, {@code >= 0}) on 2 degrees of freedom and its p-value
     * @param skewness the sample skewness S (dimensionless, 0 for a symmetric sample)
     * @param kurtosis the sample kurtosis K, not in excess (dimensionless, {@code >= 1}; 3 for a normal sample)
     */
    public record Result(TestResult test, double skewness, double kurtosis) {

        /**
         * Validates the fields.
         *
         * @throws IllegalArgumentException when {@code test} is null
         */
        public Result {
            Checks.require(test != null, "test must not be null");
        }

        /** @return the statistic JB */
        public double statistic() {
            return test.statistic();
        }

        /** @return the p-value, {@code P(χ²(2) > JB)} */
        public double pValue() {
            return test.pValue();
        }
    }

    private JarqueBera() {
    }

    /**
     * Runs the test.
     *
     * @param x the sample, at least 2 finite values, not all equal (not modified)
     * @return the statistic, 2 degrees of freedom, the p-value, the skewness and the kurtosis
     * @throws IllegalArgumentException when {@code x} is null, shorter than 2, not finite or constant
     */
    public static Result test(double[] x) {
        int n = Checks.requireFiniteVector(x, "x");
        Checks.require(n >= 2, "x must have at least 2 values, had %d", n);
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        Checks.require(m2 > 0, "x must not be constant, all %d values were %s", n, x[0]);
        m2 /= n;
        m3 /= n;
        m4 /= n;
        double skewness = m3 / (m2 * Math.sqrt(m2));
        double kurtosis = m4 / (m2 * m2);
        double excess = kurtosis - 3;
        double jb = n / 6.0 * (skewness * skewness + excess * excess / 4);
        return new Result(new TestResult("Jarque-Bera", jb, 2, Math.exp(-jb / 2)), skewness, kurtosis);
    }
}
