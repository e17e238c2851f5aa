package org.crm4j.analytics.bayes;

/**
 * The numerical thresholds of the naive Bayes family, each with the reason for its value. Package-private: they are
 * properties of the implementation, not options.
 */
final class Tolerances {

    /**
     * How far given class priors may sum from 1 (absolute). Priors typed as decimals (0.2, 0.3, 0.5) or computed as
     * frequencies sum to 1 only up to rounding, a few ulps; 1e-8 accepts that and numpy's {@code isclose} default
     * used by scikit-learn for the same check, while refusing priors that were meant to be something else.
     */
    static final double PRIOR_SUM = 1e-8;

    /**
     * scikit-learn's default {@code var_smoothing}: the fraction of the largest feature variance added to every
     * class variance, so that a feature constant within a class does not give a zero variance.
     */
    static final double DEFAULT_VAR_SMOOTHING = 1e-9;

    private Tolerances() {
    }
}
