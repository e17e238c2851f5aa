package org.crm4j.analytics.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding (Arthur and Vassilvitskii 2007, with the greedy refinement scikit-learn uses).
 *
 * <p>The first centre is a row drawn uniformly. Each further centre is chosen among {@code 2 + ⌊ln k⌋} candidate
 * rows, each drawn with probability proportional to its squared distance to the nearest centre chosen so far
 * ("D² sampling"); the candidate that lowers the total of those squared distances the most wins. Cost: at most
 * {@code O(n·k·(2 + ln k)·d)} flops, spread over the chunks of a {@link ChunkExecutor}.
 *
 * <p>Pruning (Elkan's triangle inequality applied to the D² update): a candidate {@code c} can only be nearer to a
 * row {@code x} than the row's nearest centre {@code m} if {@code ‖c − m‖ ≤ 2‖x − m‖}; every other distance from a
 * candidate to a row is skipped (about half of them on well separated data). The test compares squares, with the
 * threshold {@code ‖c − m‖² / (2(1 + 10⁻⁹))²} computed once per candidate and centre, so a row costs no square
 * root. The gain of a candidate (how much it lowers the total) is summed over the rows it improves only, and the
 * running sums for D² sampling are kept at every 64th row (a draw finishes the sum inside its block), so a step
 * writes one array of {@code n} doubles fewer than the textbook loop.
 *
 * <p>Equivalence: every distance is the same {@link Distances#squared} the unpruned scan computes, a row is
 * skipped only when it provably keeps its distance, and the draws use the same left-to-right running sums, so the
 * candidates drawn and the centres chosen are those of the plain greedy k-means++ (up to the rounding of the gain
 * sums, which can only matter between two candidates whose totals agree to about 15 digits). The result does not
 * depend on the number of threads: the rows are split into chunks by position only and the partial gains are added
 * in chunk order.
 *
 * <p>Sampled scoring ({@link KMeans.Options#seedingSample()} below {@code n}): the candidates are drawn as above,
 * but their gains are estimated on {@code sample} rows D²-drawn afresh for each centre (the draws for ascending
 * targets share one sweep of the running sums), each row contributing the fraction of its squared distance the
 * candidate removes; only the winner's distance pass runs over all rows. On 200 000 × 16 with k = 16 and a sample of
 * 2 048 this cuts the seeding from about 130 ms to about 60 ms of CPU ({@code BENCHMARKS.md}); the centres are
 * no longer those of the exact rule when two candidates' gains are close, which is where the choice matters least.
 * The equivalence paragraph below holds for the exact rule, which is also what data of at most {@code sample} rows
 * get.
 *
 * <p>By-products: the seeding ends knowing every row's nearest centre and its distance, which are exact
 * starting bounds for the first pass of the Hamerly and Elkan kernels ({@link AssignmentKernel#start}), so that
 * pass prunes instead of computing all {@code n·k} distances. On the benchmark of {@code BENCHMARKS.md} (well
 * separated blobs) that pass and Hartigan's initial bounds were a third of the fit; what remains of the seeding is
 * the unprunable distances of the rows still far from every centre, which is bound by memory bandwidth.
 *
 * <p>Rows already at distance zero from a centre are never drawn, so as long as the data holds at least {@code k}
 * distinct rows the {@code k} centres are distinct.
 *
 * <p>References:
 * <ol>
 *   <li>D. Arthur and S. Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007, pp. 1027–1035.</li>
 *   <li>scikit-learn, {@code sklearn.cluster._kmeans._kmeans_plusplus} (greedy variant, {@code 2 + log k} local
 *       trials).</li>
 *   <li>C. Elkan, "Using the triangle inequality to accelerate k-means", ICML 2003 (Lemma 1).</li>
 * </ol>
 */
final class KMeansPlusPlus {

    private KMeansPlusPlus() {
    }

    /**
     * The chosen centres and what the seeding learnt about every row on the way.
     *
     * @param centers  the centres, flat row-major {@code k × d}
     * @param nearest  the index of the nearest centre of every row (the lowest index on ties)
     * @param squared  the squared distance of every row to that centre, as {@link Distances#squared} gives it
     * @param distance the square root of {@code squared}
     */
    record Seeding(double[] centers, int[] nearest, double[] squared, double[] distance) {
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
     * @return the centres with every row's nearest centre and distance
     */
    static Seeding seed(double[] x, int n, int d, int k, SplittableRandom random, ChunkExecutor executor) {
        return seed(x, n, d, k, Integer.MAX_VALUE, random, executor);
    }

    /**
     * Chooses {@code k} initial centres, scoring the candidates on {@code sample} D²-drawn rows per centre when
     * {@code n > sample} (on every row, as {@link #seed(double[], int, int, int, SplittableRandom, ChunkExecutor)}
     * does, otherwise).
     *
     * @param x        the rows, flat row-major {@code n × d} (not modified)
     * @param n        the number of rows
     * @param d        the number of columns
     * @param k        the number of centres, {@code 1 ≤ k ≤} distinct rows
     * @param sample   the number of rows that score the candidates, {@code ≥ 1}
     * @param random   the source of randomness (modified: advanced)
     * @param executor the chunked executor over the {@code n} rows
     * @return the centres with every row's nearest centre and distance
     */
    static Seeding seed(double[] x, int n, int d, int k, int sample, SplittableRandom random,
                        ChunkExecutor executor) {
        double[] centers = new double[k * d];
        int first = random.nextInt(n);
        System.arraycopy(x, first * d, centers, 0, d);
        double[] closest = new double[n];
        int[] nearest = new int[n];
        executor.forEachChunk(c -> {
            for (int i = executor.from(c); i < executor.to(c); i++) {
                closest[i] = Distances.squared(x, i * d, centers, 0, d);
            }
        });
        if (k > 1 && n > sample) {
            chooseOthersSampled(x, n, d, k, sample, centers, closest, nearest, random, executor);
        } else if (k > 1) {
            chooseOthers(x, n, d, k, centers, closest, nearest, random, executor);
        }
        double[] distance = new double[n];
        executor.forEachChunk(c -> {
            for (int i = executor.from(c); i < executor.to(c); i++) {
                distance[i] = Math.sqrt(closest[i]);
            }
        });
        return new Seeding(centers, nearest, closest, distance);
    }

    /** Chooses centres {@code 1 .. k − 1}, keeping {@code closest} and {@code nearest} up to date (modified). */
    private static void chooseOthers(double[] x, int n, int d, int k, double[] centers, double[] closest,
                                     int[] nearest, SplittableRandom random, ChunkExecutor executor) {
        int trials = 2 + (int) Math.log(k);
        int chunks = executor.chunks();
        Cumulative cumulative = new Cumulative(n);
        int[] candidates = new int[trials];
        double[] reach = new double[trials * k];
        double[] candidateDistances = new double[trials * n];
        double[] partialGains = new double[chunks * trials];
        for (int center = 1; center < k; center++) {
            double total = cumulative.sum(closest);
            for (int t = 0; t < trials; t++) {
                candidates[t] = total > 0 ? cumulative.draw(closest, random.nextDouble() * total) : random.nextInt(n);
                for (int c = 0; c < center; c++) {
                    double between = Math.sqrt(Distances.squared(x, candidates[t] * d, centers, c * d, d));
                    // a row of centre c whose squared distance to it is below this is farther from the candidate
                    // than from c: |x - cand| >= |cand - c| - |x - c| > |x - c| when |cand - c| > 2(1 + 1e-9)|x - c|
                    reach[t * k + c] = between * between / (Tolerances.PRUNE * Tolerances.PRUNE);
                }
            }
            executor.forEachChunk(c -> {
                double[] gains = new double[trials];
                evaluate(x, d, k, n, executor.from(c), executor.to(c), nearest, closest, candidates, reach,
                        candidateDistances, gains);
                System.arraycopy(gains, 0, partialGains, c * trials, trials);
            });
            int best = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double gain = 0;
                for (int c = 0; c < chunks; c++) {
                    gain += partialGains[c * trials + t];
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    best = t;
                }
            }
            int chosen = center;
            int winner = best;
            executor.forEachChunk(c -> update(k, n, executor.from(c), executor.to(c), nearest, closest, winner,
                    chosen, reach, candidateDistances));
            System.arraycopy(x, candidates[best] * d, centers, center * d, d);
        }
    }

    /**
     * Chooses centres {@code 1 .. k − 1} as {@link #chooseOthers} does, except that the candidates are scored on
     * {@code sample} rows drawn by D² sampling (with replacement) for each centre instead of on all {@code n}: a
     * candidate's score is the mean over the drawn rows of the fraction of the row's squared distance it removes,
     * an unbiased estimate of its gain divided by the current total (each term lies in {@code [0, 1]}, so a few
     * far rows cannot dominate the estimate as they would a uniform sample's), with the same rows for every
     * candidate. Only the winner's distances are computed for every row (with the same pruning), which keeps
     * {@code closest} and {@code nearest} exact for the next draw and for the kernels.
     */
    private static void chooseOthersSampled(double[] x, int n, int d, int k, int sample, double[] centers,
                                            double[] closest, int[] nearest, SplittableRandom random,
                                            ChunkExecutor executor) {
        int trials = 2 + (int) Math.log(k);
        Cumulative cumulative = new Cumulative(n);
        int[] candidates = new int[trials];
        double[] reach = new double[trials * k];
        double[] scores = new double[trials];
        double[] targets = new double[sample];
        int[] drawn = new int[sample];
        for (int center = 1; center < k; center++) {
            double total = cumulative.sum(closest);
            for (int t = 0; t < trials; t++) {
                candidates[t] = total > 0 ? cumulative.draw(closest, random.nextDouble() * total) : random.nextInt(n);
                for (int c = 0; c < center; c++) {
                    double between = Math.sqrt(Distances.squared(x, candidates[t] * d, centers, c * d, d));
                    reach[t * k + c] = between * between / (Tolerances.PRUNE * Tolerances.PRUNE);
                }
            }
            Arrays.fill(scores, 0);
            if (total > 0) {
                for (int s = 0; s < sample; s++) {
                    targets[s] = random.nextDouble() * total;
                }
                Arrays.sort(targets);
                cumulative.drawSorted(closest, targets, drawn);
                for (int i : drawn) {
                    // a drawn row has a positive squared distance (a row at distance 0 is never drawn)
                    int group = nearest[i];
                    double own = closest[i];
                    for (int t = 0; t < trials; t++) {
                        if (reach[t * k + group] <= own) {
                            double dist = Distances.squared(x, i * d, x, candidates[t] * d, d);
                            scores[t] += (own - Math.min(own, dist)) / own;
                        }
                    }
                }
            }
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (scores[t] > scores[best]) {
                    best = t;
                }
            }
            int chosen = center;
            int winner = candidates[best] * d;
            int bounds = best * k;
            executor.forEachChunk(c -> {
                for (int i = executor.from(c); i < executor.to(c); i++) {
                    double own = closest[i];
                    if (reach[bounds + nearest[i]] <= own) {
                        double dist = Distances.squared(x, i * d, x, winner, d);
                        if (dist < own) {
                            closest[i] = dist;
                            nearest[i] = chosen;
                        }
                    }
                }
            });
            System.arraycopy(x, candidates[best] * d, centers, center * d, d);
        }
    }

    /**
     * Adds to {@code gains[t]} how much candidate {@code t} lowers the squared distances of rows {@code [from, to)},
     * storing every distance it computes in {@code candidateDistances}.
     */
    private static void evaluate(double[] x, int d, int k, int n, int from, int to, int[] nearest, double[] closest,
                                 int[] candidates, double[] reach, double[] candidateDistances, double[] gains) {
        int trials = candidates.length;
        for (int i = from; i < to; i++) {
            int group = nearest[i];
            double own = closest[i];
            int row = i * d;
            for (int t = 0; t < trials; t++) {
                if (reach[t * k + group] <= own) {
                    double dist = Distances.squared(x, row, x, candidates[t] * d, d);
                    candidateDistances[t * n + i] = dist;
                    gains[t] += own - Math.min(own, dist);
                }
            }
        }
    }

    /** Moves the rows of {@code [from, to)} that candidate {@code best} improves to centre {@code chosen}. */
    private static void update(int k, int n, int from, int to, int[] nearest, double[] closest, int best, int chosen,
                               double[] reach, double[] candidateDistances) {
        int distances = best * n;
        int bounds = best * k;
        for (int i = from; i < to; i++) {
            double own = closest[i];
            // the same test as evaluate's on the same values: exactly the rows whose distance it computed
            if (reach[bounds + nearest[i]] <= own) {
                double dist = candidateDistances[distances + i];
                if (dist < own) {
                    closest[i] = dist;
                    nearest[i] = chosen;
                }
            }
        }
    }

    /**
     * The running sums of the squared distances for D² sampling, kept at every {@value #BLOCK}-th row only: a draw
     * finds the block by binary search and then adds the block's rows one by one, continuing the same left-to-right
     * sum, so it returns exactly the row a full array of running sums would give while writing 1/64 of it.
     */
    static final class Cumulative {
        private static final int BLOCK = 64;
        /** {@code ends[b]}: the running sum through the last row of block {@code b}. */
        private final double[] ends;

        Cumulative(int n) {
            ends = new double[(n + BLOCK - 1) / BLOCK];
        }

        /** @return the left-to-right sum of {@code weights}, recording the block ends */
        double sum(double[] weights) {
            double total = 0;
            int n = weights.length;
            for (int b = 0; b < ends.length; b++) {
                int end = Math.min(n, (b + 1) * BLOCK);
                for (int i = b * BLOCK; i < end; i++) {
                    total += weights[i];
                }
                ends[b] = total;
            }
            return total;
        }

        /**
         * Draws for ascending targets in one sweep: {@code rows[j]} is what {@link #draw} returns for
         * {@code targets[j]} (the same running sums, continued along a block instead of restarted per target).
         *
         * @param weights the weights {@link #sum} was given
         * @param targets the targets, ascending, each in {@code [0, total)}
         * @param rows    receives the rows (modified)
         */
        void drawSorted(double[] weights, double[] targets, int[] rows) {
            double total = ends[ends.length - 1];
            int block = 0;
            int i = -1;
            double running = 0;
            for (int j = 0; j < targets.length; j++) {
                double r = targets[j];
                if (total <= r) {
                    rows[j] = draw(weights, r);
                    continue;
                }
                while (ends[block] <= r) {
                    block++;
                }
                if (i < block * BLOCK) {
                    i = block * BLOCK;
                    running = block == 0 ? 0 : ends[block - 1];
                }
                while (true) {
                    double next = running + weights[i];
                    if (next > r) {
                        rows[j] = i;
                        break;
                    }
                    running = next;
                    i++;
                }
            }
        }

        /** @return the first row whose running sum exceeds {@code r} (a row of positive weight) */
        int draw(double[] weights, double r) {
            int n = weights.length;
            if (ends[ends.length - 1] <= r) {
                // r rounded up to the total: take the last row that raised the running sum
                double running = 0;
                int last = 0;
                for (int i = 0; i < n; i++) {
                    double next = running + weights[i];
                    if (next != running) {
                        last = i;
                    }
                    running = next;
                }
                return last;
            }
            int lo = 0;
            int hi = ends.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] > r) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            double running = lo == 0 ? 0 : ends[lo - 1];
            int i = lo * BLOCK;
            while (true) {
                running += weights[i];
                if (running > r) {
                    return i;
                }
                i++;
            }
        }
    }
}
