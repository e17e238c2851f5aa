package org.crm4j.analytics.cluster;

import java.util.SplittableRandom;

/**
 * Frozen copy of {@code KMeansPlusPlus} as of main 5447d88 (before issue 23), kept in the test tree only: the
 * baseline of {@code KMeansBenchmark} and of the equivalence tests of the faster version. Not used by the library.
 *
 * <p>Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, with the greedy refinement scikit-learn uses).
 *
 * <p>The first centre is a row drawn uniformly. Each further centre is chosen among {@code 2 + ⌊ln k⌋} candidate
 * rows, each drawn with probability proportional to its squared distance to the nearest centre chosen so far
 * ("D² sampling"); the candidate that lowers the total of those squared distances the most wins. Cost:
 * at most {@code O(n·k·(2 + ln k)·d)} flops, spread over the chunks of a {@link ChunkExecutor}; the distance from
 * a candidate to a row is skipped when the triangle inequality proves the candidate farther than the row's
 * nearest centre (the candidate lies more than twice that distance away from that centre), which skips most of
 * them once the centres cover the data.
 *
 * <p>Rows already at distance zero from a centre are never drawn, so as long as the data holds at least {@code k}
 * distinct rows the {@code k} centres are distinct.
 *
 * <p>References:
 * <ol>
 *   <li>D. Arthur and S. Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007, pp. 1027–1035.</li>
 *   <li>scikit-learn, {@code sklearn.cluster._kmeans._kmeans_plusplus} (greedy variant, {@code 2 + log k} local
 *       trials).</li>
 * </ol>
 */
final class BaselineKMeansPlusPlus {

    private BaselineKMeansPlusPlus() {
    }

    /**
     * Chooses {@code k} initial centres.
     *
     * @param x        the rows, flat row-major {@code n × d} (not modified)
     * @param n        the number of rows
     * @param d        the number of columns
     * @param k        the number of centres, {@code 1 ≤ k ≤} distinct rows
     * @param random   the source of randomness (modified: advanced)
     * @param executor the chunked executor over the {@code n} rows
     * @return the centres, flat row-major {@code k × d}
     */
    static double[] seed(double[] x, int n, int d, int k, SplittableRandom random, ChunkExecutor executor) {
        double[] centers = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centers, 0, d);
        if (k == 1) {
            return centers;
        }
        int trials = 2 + (int) Math.log(k);
        int chunks = executor.chunks();
        double[] closest = new double[n];
        double[] radius = new double[n];
        int[] nearest = new int[n];
        executor.forEachChunk(c -> {
            for (int i = executor.from(c); i < executor.to(c); i++) {
                closest[i] = Distances.squared(x, i * d, centers, 0, d);
                radius[i] = Math.sqrt(closest[i]);
            }
        });
        double[] cumulative = new double[n];
        int[] candidates = new int[trials];
        double[] toCentres = new double[trials * k];
        double[] candidateDistances = new double[trials * n];
        double[] partialPotentials = new double[chunks * trials];
        for (int center = 1; center < k; center++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += closest[i];
                cumulative[i] = total;
            }
            for (int t = 0; t < trials; t++) {
                candidates[t] = total > 0 ? draw(cumulative, random.nextDouble() * total) : random.nextInt(n);
                for (int c = 0; c < center; c++) {
                    toCentres[t * k + c] = Math.sqrt(Distances.squared(x, candidates[t] * d, centers, c * d, d));
                }
            }
            executor.forEachChunk(c -> {
                double[] potentials = new double[trials];
                for (int i = executor.from(c); i < executor.to(c); i++) {
                    double own = closest[i];
                    double limit = Tolerances.PRUNE * radius[i];
                    int centre = nearest[i];
                    for (int t = 0; t < trials; t++) {
                        double dist = own;
                        // triangle inequality: |x - cand| >= |cand - m| - |x - m| > |x - m| unless this holds
                        if (toCentres[t * k + centre] <= limit) {
                            dist = Math.min(dist, Distances.squared(x, i * d, x, candidates[t] * d, d));
                        }
                        candidateDistances[t * n + i] = dist;
                        potentials[t] += dist;
                    }
                }
                System.arraycopy(potentials, 0, partialPotentials, c * trials, trials);
            });
            int best = 0;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double potential = 0;
                for (int c = 0; c < chunks; c++) {
                    potential += partialPotentials[c * trials + t];
                }
                if (potential < bestPotential) {
                    bestPotential = potential;
                    best = t;
                }
            }
            int offset = best * n;
            int chosen = center;
            executor.forEachChunk(c -> {
                for (int i = executor.from(c); i < executor.to(c); i++) {
                    double dist = candidateDistances[offset + i];
                    if (dist < closest[i]) {
                        closest[i] = dist;
                        radius[i] = Math.sqrt(dist);
                        nearest[i] = chosen;
                    }
                }
            });
            System.arraycopy(x, candidates[best] * d, centers, center * d, d);
        }
        return centers;
    }

    /** @return the first index whose cumulative weight exceeds {@code r} (a row of positive weight) */
    private static int draw(double[] cumulative, double r) {
        int lo = 0;
        int hi = cumulative.length - 1;
        if (cumulative[hi] <= r) {
            // r rounded up to the total: take the last row of positive weight
            while (hi > 0 && cumulative[hi - 1] == cumulative[hi]) {
                hi--;
            }
            return hi;
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
