package org.crm4j.analytics.internal;

import java.util.Locale;

/**
 * Argument checks shared by the algorithms. Every failure is an {@link IllegalArgumentException} whose message
 * names the argument, the rule and the offending value (or position), formatted with {@link Locale#ROOT}.
 *
 * <p>Internal: not exported from the module.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Formats a message with the root locale, so that numbers read the same on every machine.
     *
     * @param format a {@link String#format} pattern
     * @param args   its arguments
     * @return the formatted message
     */
    public static String message(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /**
     * Fails with a message made by {@link #message} when {@code condition} is false.
     *
     * @param condition the rule that must hold
     * @param format    a {@link String#format} pattern saying which argument broke which rule
     * @param args      its arguments
     * @throws IllegalArgumentException when {@code condition} is false
     */
    public static void require(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(message(format, args));
        }
    }

    /**
     * Checks that {@code matrix} is a non-null, non-empty, rectangular matrix of finite numbers.
     *
     * @param matrix the matrix (not modified)
     * @param name   the argument's name for messages
     * @return the number of columns
     * @throws IllegalArgumentException naming {@code name}, the row and column when a rule is broken
     */
    public static int requireFiniteMatrix(double[][] matrix, String name) {
        require(matrix != null, "%s must not be null", name);
        require(matrix.length > 0, "%s must have at least one row, was empty", name);
        require(matrix[0] != null, "%s row 0 must not be null", name);
        int columns = matrix[0].length;
        require(columns > 0, "%s must have at least one column, row 0 was empty", name);
        for (int i = 0; i < matrix.length; i++) {
            double[] row = matrix[i];
            // Each rule is tested before calling require: its varargs would box the indices on every row and
            // element, which costs more than the scan itself on large inputs.
            if (row == null) {
                require(false, "%s row %d must not be null", name, i);
            } else if (row.length != columns) {
                require(false, "%s must be rectangular: row %d has %d columns, row 0 has %d", name, i, row.length,
                        columns);
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(row[j])) {
                    require(false, "%s[%d][%d] must be finite, was %s", name, i, j, row[j]);
                }
            }
        }
        return columns;
    }

    /**
     * Checks that {@code vector} is non-null, non-empty and finite.
     *
     * @param vector the vector (not modified)
     * @param name   the argument's name for messages
     * @return its length
     * @throws IllegalArgumentException naming {@code name} and the index when a rule is broken
     */
    public static int requireFiniteVector(double[] vector, String name) {
        require(vector != null, "%s must not be null", name);
        require(vector.length > 0, "%s must not be empty", name);
        for (int i = 0; i < vector.length; i++) {
            if (!Double.isFinite(vector[i])) {
                require(false, "%s[%d] must be finite, was %s", name, i, vector[i]);
            }
        }
        return vector.length;
    }

    /**
     * Checks that an argument has the expected length.
     *
     * @param actual   the argument's length
     * @param expected the required length
     * @param name     the argument's name
     * @param what     what the length must match, e.g. "the number of rows of x"
     * @throws IllegalArgumentException when they differ
     */
    public static void requireLength(int actual, int expected, String name, String what) {
        require(actual == expected, "%s must have length %d (%s), was %d", name, expected, what, actual);
    }
    /**
     * Checks the {@code threads} option every algorithm shares: 0 means all available processors, {@code n ≥ 1}
     * exactly {@code n}; negative values are refused.
     *
     * @param threads the option's value
     * @throws IllegalArgumentException when {@code threads < 0}
     */
    public static void requireThreads(int threads) {
        require(threads >= 0, "threads must be >= 0 (0: all available processors), was %d", threads);
    }

    /**
     * Resolves the {@code threads} option (see {@link #requireThreads}) to a number of threads.
     *
     * @param threads the option's value, {@code ≥ 0}
     * @return {@code threads}, or the number of available processors when it is 0
     */
    public static int resolveThreads(int threads) {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
