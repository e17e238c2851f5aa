package org.crm4j.analytics.cluster;

import java.util.SplittableRandom;
import org.crm4j.analytics.internal.Checks;

/**
 * {@link KMeans#fit(double[][], KMeans.Options)} as it was on main 5447d88 (before issue 23), kept in the test tree
 * only as the baseline of {@code KMeansBenchmark} and of the equivalence tests: {@link BaselineKMeansPlusPlus}
 * seeding, a first assignment pass without bounds, {@link BaselineHartiganRefinement} with its full initial pass,
 * and the old automatic choice (Elkan for {@code d ≥ 32} and {@code k ≥ 8}). Validation, strictness and
 * mini-batch are left out: callers pass valid data and options.
 */
final class BaselineKMeans {

    private BaselineKMeans() {
    }

    /** The automatic choice of main 5447d88. */
    static KMeans.Algorithm resolve(KMeans.Algorithm requested, int n, int d, int k) {
        if (requested != KMeans.Algorithm.AUTO) {
            return requested;
        }
        boolean elkan = d >= 32 && k >= 8 && (long) n * k <= (1L << 24);
        return elkan ? KMeans.Algorithm.ELKAN : KMeans.Algorithm.HAMERLY;
    }

    static KMeansModel fit(double[][] data, KMeans.Options options) {
        int d = Checks.requireFiniteMatrix(data, "data");
        int n = data.length;
        int k = options.k();
        double[] x = Distances.flatten(data);
        KMeans.requireDistinctRows(x, n, d, k);
        KMeans.Algorithm algorithm = resolve(options.algorithm(), n, d, k);
        double tolerance = options.tolerance() * KMeans.meanVariance(x, n, d);
        try (ChunkExecutor executor = new ChunkExecutor(n, Checks.resolveThreads(options.threads()))) {
            AssignmentKernel kernel = AssignmentKernel.create(algorithm, x, n, d, k, diameter(x, n, d));
            SplittableRandom seeds = new SplittableRandom(options.seed());
            LloydIterations best = null;
            for (int r = 0; r < options.restarts(); r++) {
                SplittableRandom random = new SplittableRandom(seeds.nextLong());
                double[] initial = BaselineKMeansPlusPlus.seed(x, n, d, k, random, executor);
                LloydIterations run = LloydIterations.run(x, n, d, k, initial, kernel, executor,
                        options.maxIterations(), tolerance);
                if (options.refine()) {
                    run = refine(x, n, d, k, run, kernel, executor, options.maxIterations(), tolerance);
                }
                if (best == null || run.inertia < best.inertia) {
                    best = run;
                }
            }
            return new KMeansModel(best.centers, k, d, best.labels, best.inertia, best.iterations, best.converged,
                    options, algorithm, KMeans.withinSumsOfSquares(x, d, k, best.centers, best.labels),
                    n * d * KMeans.meanVariance(x, n, d));
        }
    }

    private static LloydIterations refine(double[] x, int n, int d, int k, LloydIterations lloyd,
                                          AssignmentKernel kernel, ChunkExecutor executor, int maxIterations,
                                          double tolerance) {
        double[] centers = lloyd.centers.clone();
        int[] labels = lloyd.labels.clone();
        BaselineHartiganRefinement.Outcome outcome = BaselineHartiganRefinement.refine(x, n, d, k, centers, labels,
                maxIterations, executor);
        if (outcome.moves() == 0) {
            return lloyd;
        }
        LloydIterations polished = outcome.converged()
                ? LloydIterations.fromLabels(x, d, k, labels, lloyd.iterations, executor)
                : LloydIterations.run(x, n, d, k, centers, kernel, executor, maxIterations, tolerance)
                        .after(lloyd.iterations);
        return polished.inertia <= lloyd.inertia ? polished : lloyd;
    }

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
