package org.crm4j.analytics.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per bad input of the linear SVM (README "Bad input"). */
class SvmArgumentsTest {

    private static final double[][] X = {{0, 1}, {1, 0}, {2, 1}, {3, 0}};
    private static final int[] Y = {0, 0, 1, 1};

    @Test
    void fit_nullEmptyRaggedOrNonFiniteX() {
        assertMessage("x must not be null", () -> LinearSvm.fit(null, Y));
        assertMessage("x must have at least one row, was empty", () -> LinearSvm.fit(new double[0][], Y));
        assertMessage("x must be rectangular: row 1 has 1 columns, row 0 has 2",
                () -> LinearSvm.fit(new double[][] {{0, 1}, {1}}, new int[] {0, 1}));
        assertMessage("x[1][1] must be finite, was Infinity",
                () -> LinearSvm.fit(new double[][] {{0, 1}, {1, 1 / 0.0}}, new int[] {0, 1}));
    }

    @Test
    void fit_labelsNullOrOfAnotherLength() {
        assertMessage("y must not be null", () -> LinearSvm.fit(X, null));
        assertMessage("y must have length 4 (the number of rows of x), was 2", () -> LinearSvm.fit(X, new int[2]));
    }

    @Test
    void fit_singleClass() {
        assertMessage("y must have at least 2 classes, all labels were 3", () -> LinearSvm.fit(X, new int[] {3, 3, 3, 3}));
    }

    @Test
    void fit_nullOptions() {
        assertMessage("options must not be null", () -> LinearSvm.fit(X, Y, null));
    }

    @Test
    void options_cNotPositiveOrNotFinite() {
        assertMessage("c must be finite and > 0, was 0.0", () -> LinearSvm.Options.of(0));
        assertMessage("c must be finite and > 0, was NaN", () -> LinearSvm.Options.defaults().withC(Double.NaN));
    }

    @Test
    void options_toleranceNotPositiveOrNotFinite() {
        assertMessage("tolerance must be finite and > 0, was 0.0", () -> LinearSvm.Options.defaults().withTolerance(0));
    }

    @Test
    void options_maxIterationsBelowOne() {
        assertMessage("maxIterations must be >= 1, was 0", () -> LinearSvm.Options.defaults().withMaxIterations(0));
    }

    @Test
    void options_negativeThreads() {
        assertMessage("threads must be >= 0 (0: all available processors), was -1",
                () -> LinearSvm.Options.defaults().withThreads(-1));
    }

    @Test
    void predict_wrongLengthOrNotFinite() {
        LinearSvmModel m = LinearSvm.fit(X, Y);

        assertMessage("row must have length 2 (the number of features), was 1", () -> m.predict(new double[1]));
        assertMessage("row[0] must be finite, was NaN", () -> m.decisionFunction(new double[] {Double.NaN, 0}));
        assertMessage("row must not be null", () -> m.predict(null));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
