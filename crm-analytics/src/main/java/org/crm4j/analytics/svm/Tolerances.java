package org.crm4j.analytics.svm;

/**
 * The numerical thresholds of the SVM family, each with the reason for its value. Package-private: they are
 * properties of the implementation, not options.
 */
final class Tolerances {

    /**
     * Default stopping tolerance on the spread of the projected gradient, {@code max PG − min PG} over the active
     * variables of one pass: scikit-learn's {@code LinearSVC} default {@code tol}, so that fits are comparable.
     */
    static final double DEFAULT_TOLERANCE = 1e-4;

    /**
     * A coordinate whose projected gradient is at most this in magnitude is not updated: the step would be
     * rounding noise (LIBLINEAR's threshold).
     */
    static final double NEGLIGIBLE_GRADIENT = 1e-12;

    private Tolerances() {
    }
}
