package org.crm4j.analytics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void requireFiniteMatrix_returnsColumnCount() {
        assertEquals(2, Checks.requireFiniteMatrix(new double[][] {{1, 2}, {3, 4}, {5, 6}}, "x"));
    }

    @Test
    void requireFiniteMatrix_null() {
        var e = assertThrows(IllegalArgumentException.class, () -> Checks.requireFiniteMatrix(null, "x"));
        assertEquals("x must not be null", e.getMessage());
    }

    @Test
    void requireFiniteMatrix_empty() {
        var e = assertThrows(IllegalArgumentException.class, () -> Checks.requireFiniteMatrix(new double[0][], "x"));
        assertEquals("x must have at least one row, was empty", e.getMessage());
    }

    @Test
    void requireFiniteMatrix_ragged() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Checks.requireFiniteMatrix(new double[][] {{1, 2}, {3}}, "data"));
        assertEquals("data must be rectangular: row 1 has 1 columns, row 0 has 2", e.getMessage());
    }

    @Test
    void requireFiniteMatrix_nan() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Checks.requireFiniteMatrix(new double[][] {{1, 2}, {3, Double.NaN}}, "x"));
        assertEquals("x[1][1] must be finite, was NaN", e.getMessage());
    }

    @Test
    void requireFiniteVector_infinite() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Checks.requireFiniteVector(new double[] {0, Double.NEGATIVE_INFINITY}, "y"));
        assertEquals("y[1] must be finite, was -Infinity", e.getMessage());
    }

    @Test
    void requireLength_mismatch() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Checks.requireLength(3, 4, "y", "the number of rows of x"));
        assertEquals("y must have length 4 (the number of rows of x), was 3", e.getMessage());
    }

    @Test
    void message_usesRootLocale() {
        assertEquals("0.5", Checks.message("%.1f", 0.5));
    }

    @Test
    void requireThreads_zeroAndPositiveAccepted_negativeRefused() {
        Checks.requireThreads(0);
        Checks.requireThreads(3);
        var e = assertThrows(IllegalArgumentException.class, () -> Checks.requireThreads(-1));
        assertEquals("threads must be >= 0 (0: all available processors), was -1", e.getMessage());
    }

    @Test
    void resolveThreads_zeroIsAllProcessors() {
        assertEquals(Runtime.getRuntime().availableProcessors(), Checks.resolveThreads(0));
        assertEquals(5, Checks.resolveThreads(5));
    }

    @Test
    void significance_codesAtRsCutPoints() {
        // R 4.2.2: symnum(c(0.0009, 0.001, 0.01, 0.05, 0.1, 0.10001), cutpoints = c(0, 0.001, 0.01, 0.05, 0.1, 1))
        //          gives "***" "***" "**" "*" "." " "
        assertEquals("***", Significance.stars(0.0009));
        assertEquals("***", Significance.stars(0.001));
        assertEquals("**", Significance.stars(0.01));
        assertEquals("*", Significance.stars(0.05));
        assertEquals(".", Significance.stars(0.1));
        assertEquals("", Significance.stars(0.10001));
        assertEquals("", Significance.stars(Double.NaN));
    }
}
