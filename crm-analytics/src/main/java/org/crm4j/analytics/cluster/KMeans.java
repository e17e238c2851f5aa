package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.SplittableRandom;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * K-means clustering: partitions {@code n} rows of {@code d} features into {@code k} clusters so that the
 * within-cluster sum of squared Euclidean distances to the cluster means (the <em>inertia</em>) is as small as
 * the search finds.
 *
 * <p>Method. Each restart seeds {@code k} centres with greedy k-means++ ({@code 2 + ⌊ln k⌋} candidates per
 * centre, the one that lowers the inertia most wins; on data of more than {@link Options#seedingSample()} rows that
 * is judged on that many rows drawn by D² sampling, see below), then runs Lloyd's iterations: assign every row to its
 * nearest centre, move every centre to the mean of its rows, until no label changes or the centres' total squared shift falls to the tolerance. The restart with
 * the lowest inertia wins. The assignment step is exact but accelerated with triangle-inequality bounds that skip
 * most distance computations once the centres settle:
 * <ul>
 *   <li>{@link Algorithm#HAMERLY} (one lower bound per row) for {@code d < 32} or {@code k < 16};</li>
 *   <li>{@link Algorithm#ELKAN} ({@code k} lower bounds per row) for {@code d ≥ 32} and {@code k ≥ 16}, where
 *       distances are expensive and the extra bounds prune more, provided {@code n·k ≤ 2²⁴} (128 MiB of bounds);
 *       otherwise Hamerly;</li>
 * </ul>
 * a rule measured over {@code n ∈ {20 000, 100 000}}, {@code d ∈ {4, 16, 32, 64}}, {@code k ∈ {4, 8, 16, 32, 64}}
 * (process CPU of one-thread fits; {@code crm-analytics/BENCHMARKS.md}). The seeding hands every row's nearest seed and its distance to the first
 * pass, which starts from those bounds instead of computing all {@code n·k} distances.
 * both give exactly the labels of the plain {@link Algorithm#LLOYD} scan from the same seeds. The assignment step
 * (and the seeding's distance sums) run in parallel on {@link Options#threads()} plain Java threads (0: all
 * available processors) over fixed
 * chunks of rows whose partial sums are combined in a fixed order: the result depends on the seed only, never on
 * the number of threads.
 *
 * <p>Seeding cost. Scoring every candidate on every row costs {@code (2 + ⌊ln k⌋)} distance passes per centre,
 * most of a fit's time on large data, although only the winner's distances are needed afterwards. By default
 * ({@link Options#DEFAULT_SEEDING_SAMPLE}) each centre's candidates are therefore scored on a fresh D² sample of
 * rows: a candidate's score is the mean fraction of the drawn rows' squared distances it removes, an unbiased
 * estimate of its share of the inertia it would remove (every term lies in {@code [0, 1]}, so outlying rows do
 * not make it erratic), and the same rows judge every candidate. The candidates themselves are still D²-drawn
 * from all rows and the winner's distances computed for all rows, so every later draw is exact. The choice
 * between near-equal candidates can differ from the exact greedy rule; the quality measured (scikit-learn's
 * reference cases with the sample cut to a third of the rows, the benchmark over 40 seeds) is the same, see
 * {@code crm-analytics/BENCHMARKS.md}. {@link Options#EXACT_SEEDING} restores the exact rule; so does any data
 * of at most {@code seedingSample} rows.
 *
 * <p>Refinement ({@link Options#refine()}, on by default): Lloyd stops at a point where no row is nearer to another
 * centre, but moving a row can still lower the inertia because the means move too. Each restart's result is
 * therefore polished with Hartigan's single-row moves (whose fixed points are also Lloyd fixed points; should
 * their sweep budget run out, Lloyd resumes from the polished means); the result is never worse and is what lets
 * ten restarts match or beat scikit-learn's.
 *
 * <p>Empty clusters: a cluster left without rows is re-seeded at the row farthest from its own centre.
 *
 * <p>Convergence: the model reports {@link KMeansModel#converged()} and {@link KMeansModel#iterations()} of the
 * winning restart; a restart that runs out of {@link Options#maxIterations()} still yields consistent labels and
 * centres, unless {@link Options#strict()} asks for a {@link ConvergenceException} instead.
 *
 * <p>Assumptions and weaknesses: K-means looks for convex clusters of similar spread in Euclidean geometry, so
 * features on different scales should be standardised first ({@link Standardizer}); the result is a local optimum
 * (more restarts help); {@code k} must be chosen ({@link #selectK}).
 *
 * <pre>{@code
 * double[][] rfm = ...;                                   // recency, frequency, monetary per customer
 * Standardizer scale = Standardizer.fit(rfm);
 * KMeansModel m = KMeans.fit(scale.transform(rfm),
 *         KMeans.Options.of(5).withRestarts(10).withSeed(42L));
 * int[] segment = m.labels();
 * double[][] centresInDays = scale.inverse(m.centroids());
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>S. P. Lloyd, "Least squares quantization in PCM", IEEE Trans. Information Theory 28(2), 1982.</li>
 *   <li>D. Arthur and S. Vassilvitskii, "k-means++: the advantages of careful seeding", SODA 2007.</li>
 *   <li>C. Elkan, "Using the triangle inequality to accelerate k-means", ICML 2003.</li>
 *   <li>G. Hamerly, "Making k-means even faster", SIAM SDM 2010.</li>
 *   <li>J. A. Hartigan, "Clustering Algorithms", Wiley 1975; M. Telgarsky and A. Vattani, "Hartigan's method:
 *       k-means clustering without Voronoi", AISTATS 2010.</li>
 *   <li>scikit-learn 1.2, {@code sklearn.cluster.KMeans} (tolerance rule, greedy k-means++, relocation).</li>
 * </ol>
 *
 * @see MiniBatchKMeans
 * @see ClusterQuality
 * @see KSelection
 * @see Standardizer
 */
public final class KMeans {

    /** The seed of {@link Options#of(int)}: fits are reproducible unless the caller asks for another seed. */
    public static final long DEFAULT_SEED = 42L;

    // Measured (KMeansKernelCpuTime and KMeansKernelBenchmark, crm-analytics/BENCHMARKS.md): Hamerly wins or ties
    // at d <= 16 and at k <= 8 whatever d (by 5 to 13 % at k = 8, d >= 32); Elkan wins at d >= 32 with k >= 16, by
    // 1.05x to 3x (more with larger d and k), up to n*k = 6.4 million bounds.
    private static final int ELKAN_MIN_DIMENSION = 32;
    private static final int ELKAN_MIN_K = 16;
    private static final long ELKAN_MAX_BOUNDS = 1L << 24;

    private KMeans() {
    }

    /** The assignment step. */
    public enum Algorithm {
        /** Hamerly or Elkan, chosen by {@code k}, {@code d} and {@code n} as the class comment says. */
        AUTO,
        /** Every row against every centre: {@code n·k·d} flops per iteration. */
        LLOYD,
        /** Hamerly's bounds: two per row. */
        HAMERLY,
        /** Elkan's bounds: {@code k + 1} per row. */
        ELKAN,
        /**
         * Sculley's mini-batch updates of {@link Options#batchSize()} rows per step (approximate, for data too large
         * for the exact algorithms): {@link KMeans#fit(double[][], Options)} hands the fit to
         * {@link MiniBatchKMeans#fit(double[][], Options)}.
         */
        MINI_BATCH
    }

    /**
     * Hyper-parameters of {@link KMeans#fit(double[][], Options)} and {@link MiniBatchKMeans}. Immutable; every
     * {@code withX} returns a validated copy.
     *
     * @param k             the number of clusters, {@code ≥ 1} (and at most the number of distinct rows, checked
     *                      at fit time)
     * @param restarts      the number of seedings tried, {@code ≥ 1}; the lowest inertia wins
     * @param maxIterations the iteration budget of each restart, {@code ≥ 1} (mini-batch: passes over the data)
     * @param tolerance     convergence tolerance, {@code ≥ 0} and finite: a restart stops when the total squared
     *                      shift of the centres is at most {@code tolerance} times the mean per-feature variance
     *                      of the data (scikit-learn's rule)
     * @param seed          the seed of the random seeding; restart {@code r} draws from the {@code r}-th seed of
     *                      a {@link SplittableRandom} made from it
     * @param threads       the number of threads: 0 for all available processors, {@code n ≥ 1} for exactly
     *                      {@code n}; the result does not depend on it
     * @param algorithm     the assignment step, not {@code null}
     * @param refine        whether each restart's Lloyd fixed point is polished with Hartigan's single-row moves
     *                      (never worse; often a little better; costs about one unaccelerated Lloyd pass per
     *                      restart plus sequential sweeps that mostly prune); ignored by mini-batch
     * @param batchSize     the rows per mini-batch step, {@code ≥ 1}; used by {@link Algorithm#MINI_BATCH} only
     * @param strict        whether a fit whose winning restart did not converge within {@code maxIterations}
     *                      throws {@link ConvergenceException} (otherwise the model reports
     *                      {@link KMeansModel#converged()} {@code false})
     * @param seedingSample the number of rows, {@code ≥ 1}, on which greedy k-means++ scores its candidate centres:
     *                      data of more rows score them on that many rows drawn uniformly (with replacement) once
     *                      per restart, while the D² draws and the chosen centre's distances still use every row;
     *                      data of at most that many rows (and {@link #EXACT_SEEDING}) score on every row, the
     *                      textbook greedy k-means++ (see the class comment)
     */
    public record Options(int k, int restarts, int maxIterations, double tolerance, long seed, int threads,
                          Algorithm algorithm, boolean refine, int batchSize, boolean strict, int seedingSample) {

        /** scikit-learn's default mini-batch size. */
        public static final int DEFAULT_BATCH_SIZE = 1024;

        /**
         * The default {@link #seedingSample()}: candidates are scored on 2 048 D²-drawn rows. Measured on the
         * benchmark of {@code crm-analytics/BENCHMARKS.md} (200 000 × 16, k = 16, one restart): over 40 seeds the
         * final inertia equalled that of scoring on every row 33 times, was lower 5 times and higher 2 times, and
         * the fit took less than half the CPU time.
         */
        public static final int DEFAULT_SEEDING_SAMPLE = 2048;

        /** A {@link #seedingSample()} that scores the candidates on every row whatever the size of the data. */
        public static final int EXACT_SEEDING = Integer.MAX_VALUE;

        /**
         * Validates the options.
         *
         * @param k             the number of clusters, {@code ≥ 1}
         * @param restarts      the number of seedings, {@code ≥ 1}
         * @param maxIterations the iteration budget per restart, {@code ≥ 1}
         * @param tolerance     the relative tolerance, finite and {@code ≥ 0}
         * @param seed          any seed
         * @param threads       0 (all processors) or the number of threads, {@code ≥ 1}
         * @param algorithm     the assignment step, not {@code null}
         * @param refine        whether to polish each restart with Hartigan's moves
         * @param batchSize     the rows per mini-batch step, {@code ≥ 1}
         * @param strict        whether non-convergence throws
         * @param seedingSample the rows that score the seeding's candidates, {@code ≥ 1}
         * @throws IllegalArgumentException naming the first option out of range, its rule and value
         */
        public Options {
            require(k >= 1, "k must be >= 1, was %d", k);
            require(restarts >= 1, "restarts must be >= 1, was %d", restarts);
            require(maxIterations >= 1, "maxIterations must be >= 1, was %d", maxIterations);
            require(Double.isFinite(tolerance) && tolerance >= 0,
                    "tolerance must be finite and >= 0, was %s", tolerance);
            Checks.requireThreads(threads);
            require(algorithm != null, "algorithm must not be null");
            require(batchSize >= 1, "batchSize must be >= 1, was %d", batchSize);
            require(seedingSample >= 1, "seedingSample must be >= 1, was %d", seedingSample);
        }

        /**
         * The options with the default {@link #seedingSample()} ({@value #DEFAULT_SEEDING_SAMPLE}).
         *
         * @param k             the number of clusters, {@code ≥ 1}
         * @param restarts      the number of seedings, {@code ≥ 1}
         * @param maxIterations the iteration budget per restart, {@code ≥ 1}
         * @param tolerance     the relative tolerance, finite and {@code ≥ 0}
         * @param seed          any seed
         * @param threads       0 (all processors) or the number of threads, {@code ≥ 1}
         * @param algorithm     the assignment step, not {@code null}
         * @param refine        whether to polish each restart with Hartigan's moves
         * @param batchSize     the rows per mini-batch step, {@code ≥ 1}
         * @param strict        whether non-convergence throws
         * @throws IllegalArgumentException naming the first option out of range, its rule and value
         */
        public Options(int k, int restarts, int maxIterations, double tolerance, long seed, int threads,
                       Algorithm algorithm, boolean refine, int batchSize, boolean strict) {
            this(k, restarts, maxIterations, tolerance, seed, threads, algorithm, refine, batchSize, strict,
                    DEFAULT_SEEDING_SAMPLE);
        }

        /**
         * The defaults for {@code k} clusters: 10 restarts, 300 iterations, tolerance {@code 1e-4}, seed
         * {@link #DEFAULT_SEED}, all available processors, {@link Algorithm#AUTO}, Hartigan refinement on, mini-batch
         * size {@value #DEFAULT_BATCH_SIZE}, lenient about convergence, candidates of the seeding scored on
         * {@value #DEFAULT_SEEDING_SAMPLE} rows.
         *
         * @param k the number of clusters, {@code ≥ 1}
         * @return the options
         * @throws IllegalArgumentException if {@code k < 1}
         */
        public static Options of(int k) {
            return new Options(k, 10, 300, Tolerances.DEFAULT_TOLERANCE, DEFAULT_SEED, 0, Algorithm.AUTO, true,
                    DEFAULT_BATCH_SIZE, false, DEFAULT_SEEDING_SAMPLE);
        }

        /** @return {@link #of(int) of(8)}, scikit-learn's default number of clusters */
        public static Options defaults() {
            return of(8);
        }

        /**
         * @param value the number of clusters, {@code ≥ 1}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withK(int value) {
            return new Options(value, restarts, maxIterations, tolerance, seed, threads, algorithm, refine, batchSize,
                    strict, seedingSample);
        }

        /**
         * @param value the number of restarts, {@code ≥ 1}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withRestarts(int value) {
            return new Options(k, value, maxIterations, tolerance, seed, threads, algorithm, refine, batchSize,
                    strict, seedingSample);
        }

        /**
         * @param value the iteration budget per restart, {@code ≥ 1}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withMaxIterations(int value) {
            return new Options(k, restarts, value, tolerance, seed, threads, algorithm, refine, batchSize, strict,
                    seedingSample);
        }

        /**
         * @param value the relative tolerance, finite and {@code ≥ 0}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withTolerance(double value) {
            return new Options(k, restarts, maxIterations, value, seed, threads, algorithm, refine, batchSize, strict,
                    seedingSample);
        }

        /**
         * @param value any seed
         * @return a copy with it
         */
        public Options withSeed(long value) {
            return new Options(k, restarts, maxIterations, tolerance, value, threads, algorithm, refine, batchSize,
                    strict, seedingSample);
        }

        /**
         * @param value 0 (all available processors) or the number of threads, {@code ≥ 1}
         * @return a copy with it
         * @throws IllegalArgumentException if negative
         */
        public Options withThreads(int value) {
            return new Options(k, restarts, maxIterations, tolerance, seed, value, algorithm, refine, batchSize,
                    strict, seedingSample);
        }

        /**
         * @param value the assignment step, not {@code null}
         * @return a copy with it
         * @throws IllegalArgumentException if {@code null}
         */
        public Options withAlgorithm(Algorithm value) {
            return new Options(k, restarts, maxIterations, tolerance, seed, threads, value, refine, batchSize,
                    strict, seedingSample);
        }

        /**
         * @param value whether to polish each restart with Hartigan's moves
         * @return a copy with it
         */
        public Options withRefinement(boolean value) {
            return new Options(k, restarts, maxIterations, tolerance, seed, threads, algorithm, value, batchSize,
                    strict, seedingSample);
        }

        /**
         * @param value the rows per mini-batch step, {@code ≥ 1}
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withBatchSize(int value) {
            return new Options(k, restarts, maxIterations, tolerance, seed, threads, algorithm, refine, value, strict,
                    seedingSample);
        }

        /**
         * @param value whether a fit that does not converge throws {@link ConvergenceException}
         * @return a copy with it
         */
        public Options withStrict(boolean value) {
            return new Options(k, restarts, maxIterations, tolerance, seed, threads, algorithm, refine, batchSize,
                    value, seedingSample);
        }

        /**
         * @param value the rows on which the seeding scores its candidates, {@code ≥ 1}; {@link #EXACT_SEEDING} for
         *              every row
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withSeedingSample(int value) {
            return new Options(k, restarts, maxIterations, tolerance, seed, threads, algorithm, refine, batchSize,
                    strict, value);
        }
    }

    /**
     * Clusters with {@link Options#of(int)}.
     *
     * @param data the rows, {@code n × d}, finite (not modified)
     * @param k    the number of clusters, in {@code [1, distinct rows]}
     * @return the fitted model
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged or not finite, or {@code k} is out of
     *                                  range
     */
    public static KMeansModel fit(double[][] data, int k) {
        return fit(data, Options.of(k));
    }

    /**
     * Clusters {@code data} into {@code options.k()} clusters.
     *
     * <p>Cost per restart: seeding {@code O(n·k·log k·d)} ({@code O((n + s·log k)·k·d)} with a seeding sample of
     * {@code s < n} rows), then per iteration {@code O(n·k·d)} for Lloyd and
     * usually far less for Hamerly and Elkan once centres settle; memory {@code O(n·d)} for a flat copy of the
     * data plus the bounds.
     *
     * @param data    the rows, {@code n × d}, finite (not modified)
     * @param options the hyper-parameters
     * @return the fitted model, the restart of lowest inertia (the first on ties)
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged or not finite, {@code options} is
     *                                  null, or {@code options.k()} exceeds the number of distinct rows
     * @throws ConvergenceException     if {@code options.strict()} and the winning restart did not converge within
     *                                  {@code options.maxIterations()}
     */
    public static KMeansModel fit(double[][] data, Options options) {
        require(options != null, "options must not be null");
        if (options.algorithm() == Algorithm.MINI_BATCH) {
            return MiniBatchKMeans.fit(data, options);
        }
        int d = Checks.requireFiniteMatrix(data, "data");
        int n = data.length;
        int k = options.k();
        double[] x = Distances.flatten(data);
        requireDistinctRows(x, n, d, k);
        Algorithm algorithm = resolve(options.algorithm(), n, d, k);
        double variance = meanVariance(x, n, d);
        double tolerance = options.tolerance() * variance;
        try (ChunkExecutor executor = new ChunkExecutor(n, Checks.resolveThreads(options.threads()))) {
            AssignmentKernel kernel = AssignmentKernel.create(algorithm, x, n, d, k, diameter(x, n, d));
            SplittableRandom seeds = new SplittableRandom(options.seed());
            LloydIterations best = null;
            for (int r = 0; r < options.restarts(); r++) {
                SplittableRandom random = new SplittableRandom(seeds.nextLong());
                KMeansPlusPlus.Seeding seeding = KMeansPlusPlus.seed(x, n, d, k, options.seedingSample(), random,
                        executor);
                kernel.start(seeding.nearest(), seeding.distance());
                LloydIterations run = LloydIterations.run(x, n, d, k, seeding.centers(), kernel, executor,
                        options.maxIterations(), tolerance);
                if (options.refine()) {
                    run = refine(x, n, d, k, run, kernel, executor, options.maxIterations(), tolerance);
                }
                if (best == null || run.inertia < best.inertia) {
                    best = run;
                }
            }
            requireConverged(options, best.converged, best.iterations, "K-means (" + algorithm + ")");
            return new KMeansModel(best.centers, k, d, best.labels, best.inertia, best.iterations, best.converged,
                    options, algorithm, withinSumsOfSquares(x, d, k, best.centers, best.labels),
                    n * d * variance);
        }
    }

    /**
     * Fits every {@code k} in {@code [kMin, kMax]} and tabulates inertia and mean silhouette, with the choices of
     * the silhouette criterion and of the elbow criterion. See {@link KSelection} for both rules.
     *
     * <p>Cost: {@code kMax − kMin + 1} fits plus as many exact silhouettes, {@code O(n²·d)} each: meant for up to a
     * few tens of thousands of rows (sample larger data first).
     *
     * @param data    the rows, {@code n × d}, finite (not modified)
     * @param kMin    the smallest {@code k}, {@code ≥ 2}
     * @param kMax    the largest {@code k}, in {@code [kMin, min(n − 1, distinct rows)]}
     * @param options the other hyper-parameters ({@code options.k()} is ignored)
     * @return the table and the choices
     * @throws IllegalArgumentException if {@code data} is invalid as for {@link #fit(double[][], Options)}, or
     *                                  {@code kMin}, {@code kMax} are out of range
     */
    public static KSelection selectK(double[][] data, int kMin, int kMax, Options options) {
        int d = Checks.requireFiniteMatrix(data, "data");
        require(options != null, "options must not be null");
        int n = data.length;
        require(kMin >= 2, "kMin must be >= 2 (silhouette needs two clusters), was %d", kMin);
        require(kMax >= kMin, "kMax must be >= kMin (%d), was %d", kMin, kMax);
        require(kMax <= n - 1, "kMax must be <= n - 1 (%d) (silhouette needs a cluster of two rows), was %d",
                n - 1, kMax);
        int distinct = countDistinctRows(Distances.flatten(data), n, d, kMax);
        require(kMax <= distinct, "kMax must be <= the number of distinct rows (%d), was %d", distinct, kMax);
        KMeansModel[] models = new KMeansModel[kMax - kMin + 1];
        double[] silhouettes = new double[models.length];
        for (int k = kMin; k <= kMax; k++) {
            KMeansModel model = fit(data, options.withK(k));
            models[k - kMin] = model;
            silhouettes[k - kMin] = ClusterQuality.silhouette(data, model.labels());
        }
        return new KSelection(kMin, models, silhouettes);
    }

    /**
     * Hartigan's moves from a Lloyd fixed point. When they converge, the labels are a Lloyd fixed point, and only
     * the means are recomputed exactly; when the sweep budget runs out first, Lloyd resumes from the polished means.
     */
    private static LloydIterations refine(double[] x, int n, int d, int k, LloydIterations lloyd,
                                          AssignmentKernel kernel, ChunkExecutor executor, int maxIterations,
                                          double tolerance) {
        double[] centers = lloyd.centers.clone();
        int[] labels = lloyd.labels.clone();
        HartiganRefinement.Outcome outcome = HartiganRefinement.refine(x, n, d, k, centers, labels, maxIterations,
                executor);
        if (outcome.moves() == 0) {
            return lloyd;
        }
        LloydIterations polished = outcome.converged()
                ? LloydIterations.fromLabels(x, d, k, labels, lloyd.iterations, executor)
                : LloydIterations.run(x, n, d, k, centers, kernel, executor, maxIterations, tolerance)
                        .after(lloyd.iterations);
        return polished.inertia <= lloyd.inertia ? polished : lloyd;
    }

    /** Throws when {@code options.strict()} and the fit did not converge (the convergence policy of the module). */
    static void requireConverged(Options options, boolean converged, int iterations, String what) {
        if (options.strict() && !converged) {
            throw new ConvergenceException(Checks.message(
                    "%s did not converge in %d iterations (maxIterations %d, tolerance %s); raise maxIterations or "
                            + "fit with strict = false to accept the last centres", what, iterations,
                    options.maxIterations(), options.tolerance()));
        }
    }

    /** @return the sum of squared distances of each cluster's rows to its centre, per cluster */
    static double[] withinSumsOfSquares(double[] x, int d, int k, double[] centers, int[] labels) {
        double[] within = new double[k];
        for (int i = 0; i < labels.length; i++) {
            within[labels[i]] += Distances.squared(x, i * d, centers, labels[i] * d, d);
        }
        return within;
    }

    static Algorithm resolve(Algorithm requested, int n, int d, int k) {
        if (requested != Algorithm.AUTO) {
            return requested;
        }
        boolean elkan = d >= ELKAN_MIN_DIMENSION && k >= ELKAN_MIN_K && (long) n * k <= ELKAN_MAX_BOUNDS;
        return elkan ? Algorithm.ELKAN : Algorithm.HAMERLY;
    }

    /** Fails unless the data holds at least {@code k} distinct rows; stops counting at {@code k}. */
    static void requireDistinctRows(double[] x, int n, int d, int k) {
        int count = countDistinctRows(x, n, d, k);
        require(count >= k, "k must be in [1, %d] (number of distinct rows), was %d", count, k);
    }

    /** @return the number of distinct rows, counting no further than {@code limit} */
    static int countDistinctRows(double[] x, int n, int d, int limit) {
        int[] distinct = new int[limit];
        int count = 0;
        for (int i = 0; i < n && count < limit; i++) {
            boolean seen = false;
            for (int s = 0; s < count && !seen; s++) {
                seen = Distances.squared(x, i * d, x, distinct[s] * d, d) == 0;
            }
            if (!seen) {
                distinct[count++] = i;
            }
        }
        return count;
    }

    /** @return the mean over columns of the population variance of each column (two passes, row by row) */
    static double meanVariance(double[] x, int n, int d) {
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] squares = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double e = x[i * d + j] - mean[j];
                squares[j] += e * e;
            }
        }
        double total = 0;
        for (int j = 0; j < d; j++) {
            total += squares[j] / n;
        }
        return total / d;
    }

    /** @return the diagonal of the data's bounding box, an upper bound of any distance between rows */
    private static double diameter(double[] x, int n, int d) {
        double[] min = new double[d];
        double[] max = new double[d];
        System.arraycopy(x, 0, min, 0, d);
        System.arraycopy(x, 0, max, 0, d);
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double value = x[i * d + j];
                min[j] = Math.min(min[j], value);
                max[j] = Math.max(max[j], value);
            }
        }
        double sum = 0;
        for (int j = 0; j < d; j++) {
            sum += (max[j] - min[j]) * (max[j] - min[j]);
        }
        return Math.sqrt(sum);
    }
}
