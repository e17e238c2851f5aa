package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The row blocks are factored on several threads: the fit must not depend on how many, and must stay accurate,
 * which Commons Math's Householder QR ({@link OLSMultipleLinearRegression}, one thread, no blocking) checks.
 */
class LinearRegressionThreadsTest {

    /** Enough rows for several TSQR segments (a segment holds at least 16 blocks of about 1 000 rows here). */
    private static final int N = 120_000;
    private static final int P = 6;

    private static double[][] design(Random random, double offset) {
        double[][] x = new double[N][P];
        for (double[] row : x) {
            for (int j = 0; j < P; j++) {
                row[j] = offset + random.nextGaussian() * (1 + j);
            }
        }
        return x;
    }

    private static double[] response(Random random, double[][] x) {
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            double s = 3;
            for (int j = 0; j < P; j++) {
                s += (j - 2) * 0.5 * x[i][j];
            }
            y[i] = s + random.nextGaussian();
        }
        return y;
    }

    /** Coefficients, standard errors and R² (NaN when weighted) of the same fit by Commons Math 3.6.1. */
    private record Reference(double[] coefficients, double[] standardErrors, double rSquared) {
    }

    /**
     * Weighted least squares as ordinary least squares of {@code sqrt(w) y} on {@code sqrt(w) [1 x]}, rows of weight
     * 0 left out (R's {@code lm(weights=)} counts them nowhere, also not in the degrees of freedom).
     */
    private static Reference commonsMath(double[][] x, double[] y, double[] w, boolean intercept) {
        int rows = 0;
        for (int i = 0; i < N; i++) {
            rows += w == null || w[i] > 0 ? 1 : 0;
        }
        int k = intercept ? P + 1 : P;
        double[][] xs = new double[rows][k];
        double[] ys = new double[rows];
        int r = 0;
        for (int i = 0; i < N; i++) {
            if (w != null && w[i] == 0) {
                continue;
            }
            double root = w == null ? 1.0 : Math.sqrt(w[i]);
            int c = 0;
            if (intercept) {
                xs[r][c++] = root;
            }
            for (int j = 0; j < P; j++) {
                xs[r][c++] = root * x[i][j];
            }
            ys[r++] = root * y[i];
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(ys, xs);
        double[] se = ols.estimateRegressionParametersStandardErrors();
        // with unit weights and the intercept as a column, R² about the mean: 1 - RSS / Σ(y - ȳ)²
        double r2 = Double.NaN;
        if (w == null) {
            double mean = intercept ? Arrays.stream(y).average().orElseThrow() : 0.0;
            double total = 0;
            for (double v : y) {
                total += (v - mean) * (v - mean);
            }
            r2 = 1 - ols.calculateResidualSumOfSquares() / total;
        }
        return new Reference(ols.estimateRegressionParameters(), se, r2);
    }

    private static void assertMatches(Reference expected, LinearModel actual, String what) {
        for (int j = 0; j < expected.coefficients().length; j++) {
            assertEquals(expected.coefficients()[j], actual.coefficients()[j],
                    1e-9 * (1 + Math.abs(expected.coefficients()[j])), what + ": coefficient " + j);
            assertEquals(expected.standardErrors()[j], actual.standardErrors()[j],
                    1e-9 * expected.standardErrors()[j], what + ": standard error " + j);
        }
        if (!Double.isNaN(expected.rSquared())) {
            assertEquals(expected.rSquared(), actual.rSquared(), 1e-12, what + ": R²");
        }
    }

    @ParameterizedTest
    @CsvSource({"true, false", "true, true", "false, false", "false, true"})
    void fit_sameBitsWhateverThreads(boolean intercept, boolean weighted) {
        Random random = new Random(11);
        double[][] x = design(random, 0.5);
        double[] y = response(random, x);
        double[] w = null;
        if (weighted) {
            w = new double[N];
            for (int i = 0; i < N; i++) {
                w[i] = i % 97 == 0 ? 0.0 : 0.25 + random.nextDouble();
            }
        }
        LinearRegression.Options options = LinearRegression.Options.defaults().withIntercept(intercept);
        LinearModel one = LinearRegression.fit(x, y, w, options.withThreads(1));
        assertMatches(commonsMath(x, y, w, intercept), one, "1 thread");
        for (int threads : new int[] {2, 3}) {
            LinearModel many = LinearRegression.fit(x, y, w, options.withThreads(threads));
            assertArrayEquals(one.coefficients(), many.coefficients(), 0.0, threads + " threads: coefficients");
            assertArrayEquals(one.standardErrors(), many.standardErrors(), 0.0, threads + " threads: SEs");
            assertEquals(one.rSquared(), many.rSquared(), 0.0, threads + " threads: R²");
        }
    }

    @Test
    void fit_largeOffsetCentredAcrossSegments() {
        // each segment centres on its own first block; the triangles are moved to the global mean before merging
        Random random = new Random(5);
        double[][] x = design(random, 0.0);
        double[] y = response(random, x);
        double[][] shifted = new double[N][P];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < P; j++) {
                shifted[i][j] = x[i][j] + 1e6;
            }
        }
        LinearModel plain = LinearRegression.fit(x, y);
        LinearModel moved = LinearRegression.fit(shifted, y);
        // shifting every column changes only the intercept: Commons Math's fit of the unshifted data is the oracle
        Reference expected = commonsMath(x, y, null, true);
        assertMatches(expected, plain, "unshifted");
        for (int j = 1; j <= P; j++) {
            assertEquals(expected.coefficients()[j], moved.coefficients()[j],
                    1e-9 * Math.abs(expected.coefficients()[j]), "shifted: slope " + j);
            assertEquals(expected.standardErrors()[j], moved.standardErrors()[j], 1e-9 * expected.standardErrors()[j],
                    "shifted: standard error " + j);
        }
        assertEquals(expected.rSquared(), moved.rSquared(), 1e-12, "shifted: R²");
        for (int j = 1; j <= P; j++) {
            assertEquals(plain.coefficients()[j], moved.coefficients()[j], 1e-9 * Math.abs(plain.coefficients()[j]),
                    "slope " + j);
            assertEquals(plain.standardErrors()[j], moved.standardErrors()[j], 1e-9 * plain.standardErrors()[j],
                    "standard error " + j);
        }
        assertEquals(plain.rSquared(), moved.rSquared(), 1e-12);
    }

    @Test
    void options_negativeThreads() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LinearRegression.Options.defaults().withThreads(-1));
        assertEquals("threads must be >= 0 (0: all available processors), was -1", e.getMessage());
    }

    @Test
    void options_defaultThreadsAreAllProcessors() {
        assertEquals(0, LinearRegression.Options.defaults().threads());
    }
}
