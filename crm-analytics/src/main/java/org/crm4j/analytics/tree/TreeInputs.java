package org.crm4j.analytics.tree;

import static org.crm4j.analytics.internal.Checks.require;

import org.crm4j.analytics.internal.Checks;

/** Argument checks shared by the tree algorithms; messages name the argument, the rule and the value. */
final class TreeInputs {

    /** The largest number of classes a label may index. */
    static final int MAX_CLASSES = 1 << 16;
    /** The largest number of category codes of a categorical feature. */
    static final int MAX_CATEGORIES = 1 << 16;

    private TreeInputs() {
    }

    /** @return the number of features of {@code x} after checking it is non-empty, rectangular and finite */
    static int features(double[][] x) {
        return Checks.requireFiniteMatrix(x, "x");
    }

    /** @return the number of classes, {@code max(y) + 1}, after checking {@code y} */
    static int classes(int[] y, int rows) {
        require(y != null, "y must not be null");
        Checks.requireLength(y.length, rows, "y", "the number of rows of x");
        int max = 0;
        for (int i = 0; i < y.length; i++) {
            require(y[i] >= 0 && y[i] < MAX_CLASSES, "y[%d] must be a class index in [0, %d), was %d",
                    i, MAX_CLASSES, y[i]);
            max = Math.max(max, y[i]);
        }
        return max + 1;
    }

    /**
     * @return per feature, 0 when numeric, else the number of category codes ({@code max code + 1}), after checking
     *         that {@code categorical} holds distinct valid columns and those columns hold integer codes
     */
    static int[] cardinalities(double[][] x, int features, int[] categorical) {
        int[] cardinality = new int[features];
        for (int f : categorical) {
            require(f < features, "categoricalFeatures must be columns of x in [0, %d), was %d", features, f);
            int max = 0;
            for (int i = 0; i < x.length; i++) {
                double v = x[i][f];
                require(v >= 0 && v < MAX_CATEGORIES && v == Math.rint(v),
                        "x[%d][%d] must be a category code, an integer in [0, %d) (feature %d is categorical), was %s",
                        i, f, MAX_CATEGORIES, f, v);
                max = Math.max(max, (int) v);
            }
            cardinality[f] = max + 1;
        }
        return cardinality;
    }

    /** Checks a row to predict: its length, finite values, and category codes seen in training. */
    static void row(double[] row, int[] cardinality) {
        require(row != null, "row must not be null");
        Checks.requireLength(row.length, cardinality.length, "row", "the number of features");
        for (int f = 0; f < row.length; f++) {
            double v = row[f];
            require(Double.isFinite(v), "row[%d] must be finite, was %s", f, v);
            if (cardinality[f] > 0) {
                require(v >= 0 && v < cardinality[f] && v == Math.rint(v),
                        "row[%d] must be a category code seen in training, in [0, %d), was %s", f, cardinality[f], v);
            }
        }
    }

    /** Checks names for export: null, or one non-null name per column. */
    static void names(String[] names, int expected, String argument, String what) {
        if (names != null) {
            Checks.requireLength(names.length, expected, argument, what);
            for (int i = 0; i < names.length; i++) {
                require(names[i] != null, "%s[%d] must not be null", argument, i);
            }
        }
    }
}
