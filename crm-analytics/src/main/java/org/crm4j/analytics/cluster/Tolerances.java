package org.crm4j.analytics.cluster;

/**
 * The numerical thresholds of the clustering family, each with the reason for its value. Package-private: they are
 * properties of the implementation, not options.
 */
final class Tolerances {

    /**
     * Default relative convergence tolerance of K-means: a restart stops when the centres' total squared shift is at
     * most this fraction of the mean per-feature variance. scikit-learn's default {@code tol}, so that iteration
     * counts and results are comparable with it.
     */
    static final double DEFAULT_TOLERANCE = 1e-4;

    /**
     * Relative size of the pruning margin of the Hamerly and Elkan bounds, as a fraction of the data's diameter.
     * Bounds are updated with rounded distances; a margin a million times the rounding of a distance (about 1e-16
     * relative) keeps every pruning decision safe, so the accelerated kernels give exactly Lloyd's labels, while
     * being far too small to cost measurable pruning.
     */
    static final double RELATIVE_SLACK = 1e-10;

    /**
     * Smallest relative gain (of a row's removal cost) for which a Hartigan move is made. Moves that gain less are
     * rounding noise, and accepting them could cycle forever between equal-cost labellings.
     */
    static final double RELATIVE_GAIN = 1e-12;

    /**
     * Factor of the k-means++ triangle-inequality pruning: a candidate farther than {@code PRUNE} times a row's
     * nearest-centre distance from that centre cannot be nearer. The {@code 1e-9} above 2 dwarfs the rounding of
     * the distances involved, so pruning never changes a result.
     */
    static final double PRUNE = 2 * (1 + 1e-9);

    /**
     * Relative amount by which a lower bound derived from rounded distances by the triangle inequality is shrunk
     * before it is trusted (Hartigan's initial bounds): a million times the rounding of the distances involved, far
     * too small to cost measurable pruning.
     */
    static final double BOUND_SHRINK = 1e-9;

    private Tolerances() {
    }
}
