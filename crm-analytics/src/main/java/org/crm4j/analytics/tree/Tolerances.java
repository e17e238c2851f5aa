package org.crm4j.analytics.tree;

import org.crm4j.analytics.internal.Precision;

/**
 * The numerical thresholds of the tree family, each with the reason for its value. Package-private: they are
 * properties of the implementation, not options.
 */
final class Tolerances {

    /**
     * Feature values closer than this count as equal when looking for split points: scikit-learn's
     * {@code FEATURE_THRESHOLD}, so that splits land between the same values as in the scikit-learn references.
     */
    static final double FEATURE_THRESHOLD = 1e-7;

    /**
     * A node whose impurity is at most this is pure and becomes a leaf: impurities are sums of rounded products, so
     * a pure node can show one rounding unit instead of 0 (scikit-learn's {@code EPSILON}, machine epsilon).
     */
    static final double PURE_IMPURITY = Precision.EPSILON;

    private Tolerances() {
    }
}
