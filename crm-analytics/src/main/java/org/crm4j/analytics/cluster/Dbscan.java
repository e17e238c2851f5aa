package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * DBSCAN, density-based spatial clustering of applications with noise (Ester, Kriegel, Sander &amp; Xu 1996).
 *
 * <p>A row is a <em>core point</em> when at least {@code minPoints} rows, itself included, lie within Euclidean
 * distance {@code eps} of it (boundary included, as scikit-learn's {@code DBSCAN}). Core points within {@code eps}
 * of each other belong to the same cluster (clusters are the connected components of that graph); a non-core row
 * within {@code eps} of a core point is a <em>border point</em>; every other row is noise (label {@code -1}).
 *
 * <p><b>Numbering and border rule.</b> Clusters are numbered 0, 1, … in the order of their first core point in
 * row order, and each cluster is grown completely before the next one starts. A border point adjacent to several
 * clusters therefore joins the one with the smallest number (the first that reaches it). The core points and
 * their partition are the algorithm's; the border rule is a convention, and it is the one scikit-learn's
 * implementation follows, so labels agree with it row by row.
 *
 * <p><b>Cost.</b> Neighbourhoods are found with a k-d tree ({@link KdTree}), not by comparing all pairs: one
 * counting query per row (stopping at {@code minPoints}) and one listing query per core point, so
 * {@code O(n log n)} for well-spread low-dimensional data and up to {@code O(n²)} when {@code eps} covers most of
 * the data. The k-d tree loses its advantage above about 20 dimensions; standardise features of different units
 * first ({@link Standardizer}), since {@code eps} is one radius for all of them.
 *
 * <p><b>Choosing eps.</b> {@link #suggestEps} reads the knee of the sorted k-distance curve, the heuristic of the
 * original paper.
 *
 * <pre>{@code
 * double[][] z = Standardizer.fit(x).transform(x);
 * DbscanModel m = Dbscan.fit(z, Dbscan.Options.of(Dbscan.suggestEps(z, 5), 5));
 * System.out.println(m.summary());
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>M. Ester, H.-P. Kriegel, J. Sander, X. Xu, "A density-based algorithm for discovering clusters in large
 *       spatial databases with noise", KDD-96, 226–231 (1996).</li>
 *   <li>E. Schubert, J. Sander, M. Ester, H.-P. Kriegel, X. Xu, "DBSCAN revisited, revisited", ACM TODS 42(3),
 *       19 (2017).</li>
 *   <li>V. Satopää, J. Albrecht, D. Irwin, B. Raghavan, "Finding a 'kneedle' in a haystack", ICDCS workshops
 *       (2011).</li>
 *   <li>J. L. Bentley, "Multidimensional binary search trees used for associative searching", CACM 18(9) (1975).</li>
 * </ol>
 *
 * @see KMeans for spherical clusters of a chosen number
 */
public final class Dbscan {

    /** Label of a noise row. */
    public static final int NOISE = -1;

    private Dbscan() {
    }

    /**
     * The options of DBSCAN.
     *
     * @param eps       the neighbourhood radius, finite and {@code > 0}, in the units of the (standardised) data
     * @param minPoints the rows within {@code eps} (the row itself included) that make a core point, {@code ≥ 1}
     */
    public record Options(double eps, int minPoints) {

        /** The original paper's and scikit-learn's default {@code minPoints}. */
        public static final int DEFAULT_MIN_POINTS = 5;

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException if {@code eps} is not finite and positive or {@code minPoints < 1}
         */
        public Options {
            require(Double.isFinite(eps) && eps > 0, "eps must be finite and > 0, was %s", eps);
            require(minPoints >= 1, "minPoints must be >= 1 (it counts the point itself), was %d", minPoints);
        }

        /**
         * @param eps       the radius, finite and {@code > 0}
         * @param minPoints the core threshold, {@code ≥ 1}
         * @return the options
         * @throws IllegalArgumentException if out of range
         */
        public static Options of(double eps, int minPoints) {
            return new Options(eps, minPoints);
        }

        /**
         * @param eps the radius, finite and {@code > 0}
         * @return {@code of(eps, DEFAULT_MIN_POINTS)}
         * @throws IllegalArgumentException if out of range
         */
        public static Options of(double eps) {
            return new Options(eps, DEFAULT_MIN_POINTS);
        }

        /**
         * @param value the radius
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withEps(double value) {
            return new Options(value, minPoints);
        }

        /**
         * @param value the core threshold
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withMinPoints(int value) {
            return new Options(eps, value);
        }
    }

    /**
     * Clusters the rows of {@code x}.
     *
     * @param x       the rows, {@code n × d}, finite (not modified)
     * @param options the radius and core threshold
     * @return the fitted model
     * @throws IllegalArgumentException if {@code x} is null, empty, ragged or not finite, or {@code options} is null
     */
    public static DbscanModel fit(double[][] x, Options options) {
        Checks.requireFiniteMatrix(x, "x");
        require(options != null, "options must not be null");
        int n = x.length;
        double eps2 = options.eps() * options.eps();
        KdTree tree = new KdTree(x);
        boolean[] core = new boolean[n];
        for (int i = 0; i < n; i++) {
            core[i] = tree.countWithin(x[i], eps2, options.minPoints()) >= options.minPoints();
        }
        int[] labels = new int[n];
        Arrays.fill(labels, NOISE);
        int clusters = 0;
        int[] queue = new int[n];
        KdTree.IntBuffer neighbours = new KdTree.IntBuffer();
        for (int i = 0; i < n; i++) {
            if (!core[i] || labels[i] != NOISE) {
                continue;
            }
            int cluster = clusters++;
            labels[i] = cluster;
            int head = 0;
            int tail = 0;
            queue[tail++] = i;
            while (head < tail) {
                int p = queue[head++];
                tree.within(x[p], eps2, neighbours);
                for (int k = 0; k < neighbours.size; k++) {
                    int q = neighbours.values[k];
                    if (labels[q] == NOISE) {
                        labels[q] = cluster;
                        if (core[q]) {
                            queue[tail++] = q;
                        }
                    }
                }
            }
        }
        return new DbscanModel(x, labels, core, clusters, options);
    }

    /**
     * Clusters with {@link Options#of(double) Options.of(eps)} ({@code minPoints} 5).
     *
     * @param x   the rows (not modified)
     * @param eps the radius, finite and {@code > 0}
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[][], Options)}
     */
    public static DbscanModel fit(double[][] x, double eps) {
        return fit(x, Options.of(eps));
    }

    /**
     * Suggests {@code eps} from the k-distance curve (Ester et al. 1996, section 4.2): for every row the distance
     * to its {@code minPoints}-th nearest row, the row itself counted first (so that exactly the rows with a
     * k-distance {@code ≤ eps} are core points), sorted ascending. Noise rows sit in the steep tail, cluster rows
     * on the flat part; the suggestion is the knee between them, found by the Kneedle rule (Satopää et al. 2011):
     * both axes are scaled to [0, 1] and the knee is the point of the curve farthest below the chord from its first
     * to its last point (the earliest such point on a tie). On a curve without a knee (a straight line) that is
     * the first point.
     *
     * @param x         the rows, finite (not modified), at least {@code minPoints}
     * @param minPoints the core threshold the eps is meant for, in {@code [2, n]}
     * @return the suggested radius, {@code ≥ 0} (0 only when at least {@code minPoints} rows coincide with every
     *         row)
     * @throws IllegalArgumentException if {@code x} is invalid or {@code minPoints} outside {@code [2, n]}
     */
    public static double suggestEps(double[][] x, int minPoints) {
        Checks.requireFiniteMatrix(x, "x");
        int n = x.length;
        require(minPoints >= 2 && minPoints <= n,
                "minPoints must be in [2, %d] (the number of rows; the point itself counts), was %d", n, minPoints);
        KdTree tree = new KdTree(x);
        double[] k = new double[n];
        for (int i = 0; i < n; i++) {
            k[i] = tree.kthNearestDistance(x[i], minPoints);
        }
        Arrays.sort(k);
        return k[knee(k)];
    }

    /**
     * The Kneedle knee of an ascending curve: the index farthest below the chord, both axes scaled to [0, 1].
     *
     * @param sorted the curve, ascending
     * @return the index of the knee
     */
    static int knee(double[] sorted) {
        int n = sorted.length;
        double lo = sorted[0];
        double range = sorted[n - 1] - lo;
        if (n < 3 || range <= 0) {
            return 0;
        }
        int best = 0;
        double bestGap = 0;
        for (int i = 1; i < n - 1; i++) {
            double t = (double) i / (n - 1);
            double gap = t - (sorted[i] - lo) / range; // chord minus curve, both scaled
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return best;
    }
}
