package org.crm4j.analytics.stats;

/**
 * The numerical thresholds of the distributions, each with the reason for its value. Package-private: they are
 * properties of the implementation, not options.
 */
final class Tolerances {

    /**
     * Newton's iteration for a Gauss–Legendre node stops when its step is at most this: the nodes lie in (-1, 1), so
     * 1e-17 is below half an ulp of any node of magnitude above 0.1 and the node is then exact to rounding.
     */
    static final double LEGENDRE_NODE_STEP = 1e-17;

    /**
     * Relative width to which the panel end points of the large-d2 F quadrature are bisected: only the coverage of
     * the integrand depends on them (the panels are then integrated to full precision), and 1e-6 of a panel's length
     * moves the covered mass by far less than 1e-16.
     */
    static final double PANEL_END_POINT = 1e-6;

    /**
     * A quantile's safeguarded Newton iteration stops when a step, or the bracket, is at most this many ulps: four
     * ulps is the accuracy the cumulative distribution functions support (about 1e-15 relative).
     */
    static final int QUANTILE_ULPS = 4;

    private Tolerances() {
    }
}
