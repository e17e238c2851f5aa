package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Separation, invalid input, immutability and invariants of logistic regression. */
class LogisticRegressionBehaviourTest {

    private static final double[][] X = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
    private static final int[] Y = {0, 0, 1, 0, 1, 0, 1, 1};

    private static void assertRejected(Executable call, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "'" + e.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void fit_completeSeparation() {
        int[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> LogisticRegression.fit(X, y));
        assertTrue(e.getMessage().contains("complete separation"), e.getMessage());
        assertTrue(e.getMessage().contains("column 0 of x"), e.getMessage());
    }

    @Test
    void fit_quasiCompleteSeparation() {
        double[][] x = {{1}, {2}, {3}, {4}, {4}, {5}, {6}, {7}};
        int[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> LogisticRegression.fit(x, y));
        assertTrue(e.getMessage().contains("quasi-complete separation"), e.getMessage());
    }

    @Test
    void fit_duplicateColumn() {
        double[][] x = new double[X.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {X[i][0], 2 * X[i][0]};
        }
        assertThrows(SingularMatrixException.class, () -> LogisticRegression.fit(x, Y));
    }

    @Test
    void fit_labelNotZeroOrOne() {
        int[] y = {0, 0, 1, 2, 1, 0, 1, 1};
        assertRejected(() -> LogisticRegression.fit(X, y), "y[3]", "0 or 1", "2");
    }

    @Test
    void fit_nullLabels() {
        assertRejected(() -> LogisticRegression.fit(X, null), "y", "null");
    }

    @Test
    void fit_labelsLengthDiffers() {
        assertRejected(() -> LogisticRegression.fit(X, new int[] {0, 1, 0}), "y", "length 8", "was 3");
    }

    @Test
    void fit_nanInX() {
        double[][] x = {{1}, {2}, {Double.NaN}, {4}, {5}, {6}, {7}, {8}};
        assertRejected(() -> LogisticRegression.fit(x, Y), "x[2][0]", "finite");
    }

    @Test
    void fit_notMoreRowsThanCoefficients() {
        assertRejected(() -> LogisticRegression.fit(new double[][] {{1}, {2}}, new int[] {0, 1}),
                "more rows", "2 rows", "2 coefficients");
    }

    @Test
    void fit_weightsLengthDiffers() {
        assertRejected(() -> LogisticRegression.fit(X, Y, new double[] {1, 2},
                LogisticRegression.Options.defaults()), "weights", "length 8", "was 2");
    }

    @Test
    void options_maxIterationsOutOfRange() {
        assertRejected(() -> LogisticRegression.Options.defaults().withMaxIterations(0), "maxIterations", "0");
    }

    @Test
    void options_toleranceOutOfRange() {
        assertRejected(() -> LogisticRegression.Options.defaults().withTolerance(-1), "tolerance", "-1.0");
    }

    @Test
    void fit_iterationLimitReportsNotConverged() {
        LogisticModel m = LogisticRegression.fit(X, Y, LogisticRegression.Options.defaults().withMaxIterations(1));
        assertFalse(m.converged());
        assertEquals(1, m.iterations());
    }

    @Test
    void fit_leavesInputsUntouched() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
        int[] y = Y.clone();
        double[] w = {1, 2, 1, 2, 1, 2, 1, 2};
        LogisticModel m = LogisticRegression.fit(x, y, w, LogisticRegression.Options.defaults());
        assertArrayEquals(X, x);
        assertArrayEquals(Y, y);
        assertArrayEquals(new double[] {1, 2, 1, 2, 1, 2, 1, 2}, w);
        m.coefficients()[0] = 42;
        assertTrue(m.coefficients()[0] != 42);
    }

    private static final long SEED = 20261125L;

    /** A random sample with integer weights, and the same sample with each row repeated as often as its weight. */
    private record WeightedSample(double[][] x, int[] y, double[] w, double[][] xx, int[] yy) {

        static WeightedSample of(long seed) {
            Random random = new Random(seed);
            int n = 40;
            double[][] x = new double[n][2];
            int[] y = new int[n];
            double[] w = new double[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                x[i][0] = random.nextGaussian();
                x[i][1] = random.nextGaussian();
                y[i] = random.nextDouble() < LogisticModel.sigmoid(0.3 + x[i][0] - 0.5 * x[i][1]) ? 1 : 0;
                w[i] = 1 + random.nextInt(3);
                total += (int) w[i];
            }
            y[0] = 0;
            y[1] = 1; // both classes present
            double[][] xx = new double[total][];
            int[] yy = new int[total];
            int row = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < w[i]; c++) {
                    xx[row] = x[i];
                    yy[row++] = y[i];
                }
            }
            return new WeightedSample(x, y, w, xx, yy);
        }
    }

    /** A random sample of one feature, its labels and the flipped labels. */
    private record FlippedSample(double[][] x, int[] y, int[] flipped) {

        static FlippedSample of(long seed) {
            Random random = new Random(seed);
            int n = 50;
            double[][] x = new double[n][1];
            int[] y = new int[n];
            int[] flipped = new int[n];
            for (int i = 0; i < n; i++) {
                x[i][0] = random.nextGaussian();
                y[i] = random.nextDouble() < LogisticModel.sigmoid(x[i][0]) ? 1 : 0;
                flipped[i] = 1 - y[i];
            }
            y[0] = 0;
            y[1] = 1;
            flipped[0] = 1;
            flipped[1] = 0;
            return new FlippedSample(x, y, flipped);
        }
    }

    /** @return whether the unweighted fit has an estimate (a separable random sample has none) */
    private static boolean estimable(double[][] x, int[] y) {
        try {
            LogisticRegression.fit(x, y);
            return true;
        } catch (ConvergenceException separated) {
            return false;
        }
    }

    @Test
    void fit_integerWeightEqualsDuplicatedRow() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(longs().all())
                .assuming(seed -> {
                    WeightedSample s = WeightedSample.of(seed);
                    return estimable(s.xx(), s.yy());
                })
                .checkAssert(LogisticRegressionBehaviourTest::integerWeightEqualsDuplicatedRow);
    }

    /** The expanded sample has an estimate, so the weighted one (the same support points) must have it too. */
    private static void integerWeightEqualsDuplicatedRow(long seed) {
        WeightedSample s = WeightedSample.of(seed);
        LogisticModel weighted = LogisticRegression.fit(s.x(), s.y(), s.w(), LogisticRegression.Options.defaults());
        LogisticModel expanded = LogisticRegression.fit(s.xx(), s.yy());
        for (int j = 0; j < 3; j++) {
            assertEquals(expanded.coefficients()[j], weighted.coefficients()[j],
                    1e-8 * (1 + Math.abs(expanded.coefficients()[j])));
            assertEquals(expanded.standardErrors()[j], weighted.standardErrors()[j],
                    1e-8 * expanded.standardErrors()[j]);
        }
        assertEquals(expanded.deviance(), weighted.deviance(), 1e-8 * expanded.deviance());
    }

    @Test
    void fit_flippingLabelsNegatesCoefficients() {
        qt().withFixedSeed(SEED).withExamples(40).forAll(longs().all())
                .assuming(seed -> {
                    FlippedSample s = FlippedSample.of(seed);
                    return estimable(s.x(), s.y());
                })
                .checkAssert(LogisticRegressionBehaviourTest::flippingLabelsNegatesCoefficients);
    }

    /** The labels have an estimate, so the flipped labels (separable exactly when they are) must have one too. */
    private static void flippingLabelsNegatesCoefficients(long seed) {
        FlippedSample s = FlippedSample.of(seed);
        LogisticModel a = LogisticRegression.fit(s.x(), s.y());
        LogisticModel b = LogisticRegression.fit(s.x(), s.flipped());
        for (int j = 0; j < 2; j++) {
            assertEquals(-a.coefficients()[j], b.coefficients()[j], 1e-8 * (1 + Math.abs(a.coefficients()[j])));
            assertEquals(a.standardErrors()[j], b.standardErrors()[j], 1e-8 * a.standardErrors()[j]);
        }
    }
}
