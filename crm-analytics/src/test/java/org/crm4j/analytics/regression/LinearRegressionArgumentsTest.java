package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per invalid input; the caller's arrays are never modified; the model hands out copies. */
class LinearRegressionArgumentsTest {

    private static final double[][] X = {{1, 2}, {2, 1}, {3, 5}, {4, 3}, {5, 6}, {6, 2}};
    private static final double[] Y = {3.1, 3.9, 8.2, 7.8, 11.1, 8.0};

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void fit_nullX() {
        assertRejected(() -> LinearRegression.fit(null, Y), "x", "null");
    }

    @Test
    void fit_emptyX() {
        assertRejected(() -> LinearRegression.fit(new double[0][], Y), "x", "empty");
    }

    @Test
    void fit_raggedX() {
        assertRejected(() -> LinearRegression.fit(new double[][] {{1, 2}, {3}, {4, 5}, {6, 7}}, new double[4]),
                "x", "row 1", "rectangular");
    }

    @Test
    void fit_nanInX() {
        double[][] x = {{1, 2}, {2, Double.NaN}, {3, 5}, {4, 3}, {5, 6}, {6, 2}};
        assertRejected(() -> LinearRegression.fit(x, Y), "x[1][1]", "finite", "NaN");
    }

    @Test
    void fit_infinityInY() {
        double[] y = {3.1, 3.9, 8.2, Double.NEGATIVE_INFINITY, 11.1, 8.0};
        assertRejected(() -> LinearRegression.fit(X, y), "y[3]", "finite", "-Infinity");
    }

    @Test
    void fit_nullY() {
        assertRejected(() -> LinearRegression.fit(X, null), "y", "null");
    }

    @Test
    void fit_yLengthDiffersFromRows() {
        assertRejected(() -> LinearRegression.fit(X, new double[] {1, 2, 3}), "y", "length 6", "was 3");
    }

    @Test
    void fit_notMoreRowsThanCoefficients() {
        assertRejected(() -> LinearRegression.fit(new double[][] {{1, 2}, {2, 1}, {3, 5}}, new double[] {1, 2, 3}),
                "more rows", "3 rows", "3 coefficients");
    }

    @Test
    void fit_negativeWeight() {
        double[] w = {1, 1, -1, 1, 1, 1};
        assertRejected(() -> LinearRegression.fit(X, Y, w, LinearRegression.Options.defaults()),
                "weights[2]", "non-negative", "-1.0");
    }

    @Test
    void fit_nullOptions() {
        assertRejected(() -> LinearRegression.fit(X, Y, null), "options", "null");
    }

    @Test
    void options_rankToleranceOutOfRange() {
        assertRejected(() -> LinearRegression.Options.defaults().withRankTolerance(0.5), "rankTolerance", "0.5");
    }

    @Test
    void predict_wrongLength() {
        LinearModel m = LinearRegression.fit(X, Y);
        assertRejected(() -> m.predict(new double[] {1}), "row", "length 2", "was 1");
    }

    @Test
    void confidenceIntervals_levelOutOfRange() {
        LinearModel m = LinearRegression.fit(X, Y);
        assertRejected(() -> m.confidenceIntervals(1.0), "level", "(0, 1)", "1.0");
    }

    @Test
    void fit_leavesInputsUntouchedAndModelImmutable() {
        double[][] x = {{1, 2}, {2, 1}, {3, 5}, {4, 3}, {5, 6}, {6, 2}};
        double[] y = Y.clone();
        double[] w = {1, 2, 1, 2, 1, 2};
        LinearModel m = LinearRegression.fit(x, y, w, LinearRegression.Options.defaults());
        assertArrayEquals(X, x);
        assertArrayEquals(Y, y);
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2}, w);
        double[] b = m.coefficients();
        b[0] = 99;
        assertEquals(m.coefficients()[0], LinearRegression.fit(x, y, w, LinearRegression.Options.defaults())
                .coefficients()[0]);
    }
}
