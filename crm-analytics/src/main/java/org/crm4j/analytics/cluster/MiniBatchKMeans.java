package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * Mini-batch K-means (Sculley 2010): for data too large for the exact algorithm's time budget, centres are moved
 * by small random batches instead of full passes.
 *
 * <p>Method. Each of {@link KMeans.Options#restarts()} greedy k-means++ seedings is run on a random sample of
 * {@code min(n, max(3·batchSize, 3·k))} rows ({@code batchSize} is {@link KMeans.Options#batchSize()}) and the
 * seeding of lowest inertia on that sample is kept. Then each step draws {@code batchSize} rows uniformly with
 * replacement, assigns them to their nearest centre, and moves every centre towards the mean of its batch rows with a per-centre learning rate of (rows in this batch) /
 * (rows seen so far), which makes each centre the running mean of every row it has been given. It stops after
 * {@link KMeans.Options#maxIterations()} passes' worth of steps ({@code maxIterations·n / batchSize}), when the
 * total squared centre shift of a step is at most the tolerance (relative to the mean per-feature variance, as in
 * {@link KMeans}), or when the exponentially weighted average of the batch inertia has not improved for 10 steps
 * (scikit-learn's {@code max_no_improvement}). A final exact assignment pass (in parallel) gives the labels and the
 * inertia. A centre that no batch row ever reaches keeps its seed.
 *
 * <p>Cost: {@code O(batchSize·k·d)} per step plus one {@code O(n·k·d)} final pass; memory {@code O(n·d)} for a
 * flat copy of the data. The inertia is typically a few percent above the exact algorithm's; prefer
 * {@link KMeans#fit(double[][], KMeans.Options)} whenever it fits the time budget. Deterministic for a given seed
 * and independent of the number of threads.
 *
 * <pre>{@code
 * KMeansModel m = MiniBatchKMeans.fit(millionsOfCustomers, KMeans.Options.of(8).withRestarts(3).withBatchSize(1024));
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>D. Sculley, "Web-scale k-means clustering", Proceedings of WWW 2010, pp. 1177–1178.</li>
 *   <li>scikit-learn 1.2, {@code sklearn.cluster.MiniBatchKMeans} (initial sample size, early stopping).</li>
 * </ol>
 *
 * @see KMeans
 */
public final class MiniBatchKMeans {

    private static final int MAX_NO_IMPROVEMENT = 10;

    private MiniBatchKMeans() {
    }

    /**
     * Clusters with {@link KMeans.Options#of(int)} (batches of {@value KMeans.Options#DEFAULT_BATCH_SIZE} rows).
     *
     * @param data the rows, {@code n × d}, finite (not modified)
     * @param k    the number of clusters, in {@code [1, distinct rows]}
     * @return the fitted model
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged or not finite, or {@code k} is out of
     *                                  range
     */
    public static KMeansModel fit(double[][] data, int k) {
        return fit(data, KMeans.Options.of(k));
    }

    /**
     * Clusters {@code data} with mini-batches of {@code options.batchSize()} rows; {@code options.algorithm()} is
     * ignored (the model reports {@link KMeans.Algorithm#MINI_BATCH}), {@code options.refine()} too.
     *
     * @param data    the rows, {@code n × d}, finite (not modified)
     * @param options the number of clusters, seedings, passes, tolerance, seed, threads, batch size and strictness
     * @return the fitted model; {@link KMeansModel#iterations()} counts steps, {@link KMeansModel#algorithm()} is
     *         {@link KMeans.Algorithm#MINI_BATCH}, {@link KMeansModel#converged()} tells whether a stopping rule
     *         other than the step budget ended the fit
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged or not finite, {@code options} is
     *                                  null or {@code options.k()} exceeds the number of distinct rows
     * @throws ConvergenceException     if {@code options.strict()} and the step budget ran out first
     */
    public static KMeansModel fit(double[][] data, KMeans.Options options) {
        require(options != null, "options must not be null");
        int d = Checks.requireFiniteMatrix(data, "data");
        int batchSize = options.batchSize();
        int n = data.length;
        int k = options.k();
        double[] x = Distances.flatten(data);
        KMeans.requireDistinctRows(x, n, d, k);
        double tolerance = options.tolerance() * KMeans.meanVariance(x, n, d);
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] centers = initialCentres(x, n, d, k, batchSize, options.restarts(), options.seedingSample(),
                random);

        long budget = Math.max(1, (long) options.maxIterations() * n / batchSize);
        long[] seen = new long[k];
        int[] batch = new int[batchSize];
        int[] batchLabels = new int[batchSize];
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        double alpha = Math.min(1.0, 2.0 * batchSize / (n + 1.0));
        double average = Double.NaN;
        double bestAverage = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        boolean converged = false;
        long step = 0;
        while (step < budget && !converged) {
            step++;
            double batchInertia = 0;
            for (int b = 0; b < batchSize; b++) {
                int row = random.nextInt(n);
                batch[b] = row;
                int label = Distances.nearest(x, row * d, centers, k, d);
                batchLabels[b] = label;
                batchInertia += Distances.squared(x, row * d, centers, label * d, d);
            }
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int b = 0; b < batchSize; b++) {
                int o = batchLabels[b] * d;
                int r = batch[b] * d;
                counts[batchLabels[b]]++;
                for (int j = 0; j < d; j++) {
                    sums[o + j] += x[r + j];
                }
            }
            double shift = 0;
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    continue;
                }
                seen[c] += counts[c];
                double rate = 1.0 / seen[c];
                int o = c * d;
                for (int j = 0; j < d; j++) {
                    double move = (sums[o + j] - counts[c] * centers[o + j]) * rate;
                    centers[o + j] += move;
                    shift += move * move;
                }
            }
            double perRow = batchInertia / batchSize;
            average = Double.isNaN(average) ? perRow : average * (1 - alpha) + perRow * alpha;
            if (average < bestAverage) {
                bestAverage = average;
                noImprovement = 0;
            } else {
                noImprovement++;
            }
            converged = shift <= tolerance || noImprovement >= MAX_NO_IMPROVEMENT;
        }

        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int steps = (int) Math.min(Integer.MAX_VALUE, step);
        KMeans.requireConverged(options, converged, steps, "mini-batch K-means");
        try (ChunkExecutor executor = new ChunkExecutor(n, Checks.resolveThreads(options.threads()))) {
            AssignmentKernel kernel = new LloydKernel(x, n, d, k, 0);
            kernel.prepare(centers, null);
            double[] finalCentres = centers;
            executor.forEachChunk(c -> kernel.assign(executor.from(c), executor.to(c), finalCentres, labels, null,
                    null));
            double inertia = LloydIterations.inertia(x, d, centers, labels, executor);
            return new KMeansModel(centers, k, d, labels, inertia, steps, converged,
                    options.withAlgorithm(KMeans.Algorithm.MINI_BATCH), KMeans.Algorithm.MINI_BATCH,
                    KMeans.withinSumsOfSquares(x, d, k, centers, labels), n * d * KMeans.meanVariance(x, n, d));
        }
    }

    /** The best of {@code restarts} k-means++ seedings of one random sample, judged by the sample's inertia. */
    private static double[] initialCentres(double[] x, int n, int d, int k, int batchSize, int restarts,
                                           int seedingSample, SplittableRandom random) {
        int size = (int) Math.min(n, Math.max(3L * batchSize, 3L * k));
        double[] sample;
        if (size == n) {
            sample = x;
        } else {
            sample = new double[size * d];
            for (int i = 0; i < size; i++) {
                System.arraycopy(x, random.nextInt(n) * d, sample, i * d, d);
            }
            if (KMeans.countDistinctRows(sample, size, d, k) < k) {
                sample = x;
                size = n;
            }
        }
        int rows = size;
        double[] best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        try (ChunkExecutor executor = new ChunkExecutor(rows, 1)) {
            for (int r = 0; r < restarts; r++) {
                KMeansPlusPlus.Seeding seeding = KMeansPlusPlus.seed(sample, rows, d, k, seedingSample,
                        new SplittableRandom(random.nextLong()), executor);
                double[] centers = seeding.centers();
                double[] squared = seeding.squared();
                double inertia = 0;
                for (int i = 0; i < rows; i++) {
                    inertia += squared[i];
                }
                if (inertia < bestInertia) {
                    bestInertia = inertia;
                    best = centers;
                }
            }
        }
        return best;
    }
}
