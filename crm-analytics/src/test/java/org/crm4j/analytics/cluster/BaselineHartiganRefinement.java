package org.crm4j.analytics.cluster;

/**
 * Frozen copy of {@code HartiganRefinement} as of main 5447d88 (before issue 23), kept in the test tree only: the
 * baseline of {@code KMeansBenchmark} and of the equivalence tests of the faster version. Not used by the library.
 *
 * <p>Polishes a Lloyd fixed point with Hartigan's single-row moves.
 *
 * <p>Moving row {@code x} from cluster {@code A} (of {@code nA > 1} rows, mean {@code a}) to cluster {@code B}
 * (of {@code nB} rows, mean {@code b}) changes the inertia by {@code nB/(nB+1)·‖x−b‖² − nA/(nA−1)·‖x−a‖²}.
 * Lloyd's rule ignores the two factors, which is why a Lloyd fixed point can often still be improved. Sweeps visit
 * the rows in order and make every move that lowers the inertia (by more than a relative {@code 10⁻¹²}, so that
 * rounding cannot cycle), updating both means at once, until a sweep moves nothing or the sweep budget runs out.
 * Each move lowers the inertia, and every Hartigan fixed point is a Lloyd fixed point (a row nearer to another
 * centre could always move), so the result is never worse than its start.
 *
 * <p>Pruning: each row keeps a lower bound on its distance to every centre but its own, computed when its
 * distances were last computed and lowered since by the total distance any centre has travelled. A row whose bound
 * proves {@code minB nB/(nB+1)·l² ≥ nA/(nA−1)·‖x−a‖²} cannot move and costs {@code d} flops. The initial bounds
 * take one Lloyd pass ({@code n·k·d} flops) run in parallel; the sweeps themselves are sequential (every move
 * changes two means) but mostly prune.
 *
 * <p>References:
 * <ol>
 *   <li>J. A. Hartigan, "Clustering Algorithms", Wiley, 1975, chapter 4.</li>
 *   <li>M. Telgarsky and A. Vattani, "Hartigan's method: k-means clustering without Voronoi", AISTATS 2010.</li>
 * </ol>
 */
final class BaselineHartiganRefinement {


    private BaselineHartiganRefinement() {
    }

    /**
     * Refines in place.
     *
     * @param x         the rows, flat row-major {@code n × d} (not modified)
     * @param n         the number of rows
     * @param d         the number of columns
     * @param k         the number of clusters
     * @param centers   the cluster means, flat {@code k × d}, every cluster non-empty (modified)
     * @param labels    the cluster of every row (modified)
     * @param maxSweeps the sweep budget, {@code ≥ 1}
     * @param executor  the chunked executor over the rows, for the initial bounds
     * @return the number of moves made and whether a sweep ended without any
     */
    static Outcome refine(double[] x, int n, int d, int k, double[] centers, int[] labels, int maxSweeps,
                          ChunkExecutor executor) {
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        double factor = smallestFactor(counts);
        // lower[i] - travel is a lower bound on the distance of row i to every centre but its own
        double[] lower = new double[n];
        executor.forEachChunk(c -> {
            for (int i = executor.from(c); i < executor.to(c); i++) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int b = 0; b < k; b++) {
                    if (b != labels[i]) {
                        nearest = Math.min(nearest, Distances.squared(x, i * d, centers, b * d, d));
                    }
                }
                lower[i] = Math.sqrt(nearest);
            }
        });
        double travel = 0;
        int moves = 0;
        boolean converged = false;
        for (int sweep = 0; sweep < maxSweeps && !converged; sweep++) {
            int moved = 0;
            for (int i = 0; i < n; i++) {
                int a = labels[i];
                int na = counts[a];
                if (na == 1) {
                    continue;
                }
                int row = i * d;
                double own = Distances.squared(x, row, centers, a * d, d);
                double removal = own * na / (na - 1);
                double bound = lower[i] - travel;
                if (bound > 0 && bound * bound * factor >= removal) {
                    continue;
                }
                int best = -1;
                double bestCost = removal * (1 - Tolerances.RELATIVE_GAIN);
                double bestDistance = 0;
                double nearest = Double.POSITIVE_INFINITY;
                double secondNearest = Double.POSITIVE_INFINITY;
                for (int b = 0; b < k; b++) {
                    if (b == a) {
                        continue;
                    }
                    double dist = Distances.squared(x, row, centers, b * d, d);
                    if (dist < nearest) {
                        secondNearest = nearest;
                        nearest = dist;
                    } else if (dist < secondNearest) {
                        secondNearest = dist;
                    }
                    double cost = dist * counts[b] / (counts[b] + 1);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = b;
                        bestDistance = dist;
                    }
                }
                if (best < 0) {
                    lower[i] = Math.sqrt(nearest) + travel;
                    continue;
                }
                // after the move, the centres other than the new one include the old one and all but the new one
                double others = bestDistance == nearest ? Math.min(own, secondNearest) : Math.min(own, nearest);
                lower[i] = Math.sqrt(others) + travel;
                int nb = counts[best];
                int ao = a * d;
                int bo = best * d;
                for (int j = 0; j < d; j++) {
                    double value = x[row + j];
                    centers[ao + j] = (centers[ao + j] * na - value) / (na - 1);
                    centers[bo + j] = (centers[bo + j] * nb + value) / (nb + 1);
                }
                travel += Math.max(Math.sqrt(own) / (na - 1), Math.sqrt(bestDistance) / (nb + 1));
                counts[a] = na - 1;
                counts[best] = nb + 1;
                labels[i] = best;
                factor = smallestFactor(counts);
                moved++;
            }
            moves += moved;
            converged = moved == 0;
        }
        return new Outcome(moves, converged);
    }

    /**
     * What a refinement did.
     *
     * @param moves     the number of rows moved
     * @param converged whether the last sweep moved nothing: every row is then strictly nearer its own mean than
     *                  any other, by a relative margin of about {@code 1/n}, so the labels are a Lloyd fixed point
     */
    record Outcome(int moves, boolean converged) {
    }

    /** @return {@code min nB / (nB + 1)} over the clusters */
    private static double smallestFactor(int[] counts) {
        int smallest = Integer.MAX_VALUE;
        for (int count : counts) {
            smallest = Math.min(smallest, count);
        }
        return (double) smallest / (smallest + 1);
    }
}
