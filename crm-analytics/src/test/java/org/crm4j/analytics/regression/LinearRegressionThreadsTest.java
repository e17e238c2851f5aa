package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The row blocks are factored on several threads: the fit must not depend on how many, and must stay accurate. */
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
