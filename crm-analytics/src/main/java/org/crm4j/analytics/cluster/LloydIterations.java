package org.crm4j.analytics.cluster;

import java.util.Arrays;

/**
 * One run of Lloyd's iterations from given centres: assignment (by an {@link AssignmentKernel}), then update of
 * every centre to the mean of its rows, until the labels stop changing or the centres move less than the tolerance.
 *
 * <p>The update is shared by all kernels and sums rows per chunk in row order, then chunks in chunk order: with
 * identical labels, every kernel and every thread count produces bit-identical centres.
 *
 * <p>Stopping rule (as scikit-learn's {@code _kmeans_single_lloyd}): after each update, stop if no label changed
 * ("strict" convergence) or if {@code Σ‖new centre − old centre‖²} is at most the absolute tolerance. After a
 * tolerance stop or when the iteration budget runs out, one more assignment pass makes the labels those of the
 * final centres, so that labels, centres and inertia always agree.
 *
 * <p>Empty clusters: when a centre ends a pass with no row, it is re-seeded at the row farthest from its own
 * centre (rows taken in decreasing distance, one per empty cluster, lowest index on ties); that row leaves its old
 * cluster's mean, which keeps its previous centre if it becomes empty.
 */
final class LloydIterations {

    final double[] centers;
    final int[] labels;
    final double inertia;
    final int iterations;
    final boolean converged;

    private LloydIterations(double[] centers, int[] labels, double inertia, int iterations, boolean converged) {
        this.centers = centers;
        this.labels = labels;
        this.inertia = inertia;
        this.iterations = iterations;
        this.converged = converged;
    }

    /**
     * Runs the iterations.
     *
     * @param x             the rows, flat row-major {@code n × d} (not modified)
     * @param n             the number of rows
     * @param d             the number of columns
     * @param k             the number of centres
     * @param seeds         the initial centres, flat {@code k × d} (not modified)
     * @param kernel        the assignment kernel (its bounds are reset by the first pass)
     * @param executor      the chunked executor over the rows
     * @param maxIterations the iteration budget, {@code ≥ 1}
     * @param tolerance     the absolute tolerance on the total squared centre shift, {@code ≥ 0}
     * @return the final centres, labels and inertia
     */
    static LloydIterations run(double[] x, int n, int d, int k, double[] seeds, AssignmentKernel kernel,
                               ChunkExecutor executor, int maxIterations, double tolerance) {
        int chunks = executor.chunks();
        double[][] partialSums = new double[chunks][k * d];
        int[][] partialCounts = new int[chunks][k];
        int[] partialChanged = new int[chunks];
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double[] centers = seeds.clone();
        double[] next = new double[k * d];
        double[] sums = new double[k * d];
        int[] counts = new int[k];
        double[] drift = null;
        boolean strict = false;
        boolean converged = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            int changed = pass(kernel, executor, centers, drift, labels, partialSums, partialCounts, partialChanged);
            iteration++;
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            for (int c = 0; c < chunks; c++) {
                double[] partial = partialSums[c];
                for (int j = 0; j < k * d; j++) {
                    sums[j] += partial[j];
                }
                for (int j = 0; j < k; j++) {
                    counts[j] += partialCounts[c][j];
                }
            }
            boolean relocated = relocateEmpty(x, n, d, k, centers, labels, sums, counts);
            if (drift == null) {
                drift = new double[k];
            }
            double shift = 0;
            for (int c = 0; c < k; c++) {
                int o = c * d;
                if (counts[c] == 0) {
                    System.arraycopy(centers, o, next, o, d);
                } else {
                    for (int j = 0; j < d; j++) {
                        next[o + j] = sums[o + j] / counts[c];
                    }
                }
                double moved = Distances.squared(next, o, centers, o, d);
                drift[c] = Math.sqrt(moved);
                shift += moved;
            }
            double[] swap = centers;
            centers = next;
            next = swap;
            if (changed == 0 && !relocated) {
                strict = true;
                converged = true;
                break;
            }
            if (shift <= tolerance) {
                converged = true;
                break;
            }
        }
        if (!strict) {
            pass(kernel, executor, centers, drift, labels, null, null, partialChanged);
        }
        return new LloydIterations(centers, labels, inertia(x, d, centers, labels, executor), iteration, converged);
    }

    /**
     * The exact means of the clusters of given labels, as a converged run.
     *
     * @param x          the rows, flat row-major (not modified)
     * @param d          the number of columns
     * @param k          the number of clusters, each with at least one row
     * @param labels     the cluster of every row (kept, not copied)
     * @param iterations the iterations that led to these labels
     * @param executor   the chunked executor over the rows
     * @return the means, the labels and their inertia
     */
    static LloydIterations fromLabels(double[] x, int d, int k, int[] labels, int iterations,
                                      ChunkExecutor executor) {
        int chunks = executor.chunks();
        double[][] partialSums = new double[chunks][k * d];
        int[][] partialCounts = new int[chunks][k];
        executor.forEachChunk(c -> {
            double[] sums = partialSums[c];
            int[] counts = partialCounts[c];
            for (int i = executor.from(c); i < executor.to(c); i++) {
                int o = labels[i] * d;
                counts[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    sums[o + j] += x[i * d + j];
                }
            }
        });
        double[] centers = new double[k * d];
        int[] counts = new int[k];
        for (int c = 0; c < chunks; c++) {
            for (int j = 0; j < k * d; j++) {
                centers[j] += partialSums[c][j];
            }
            for (int j = 0; j < k; j++) {
                counts[j] += partialCounts[c][j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centers[c * d + j] /= counts[c];
            }
        }
        return new LloydIterations(centers, labels, inertia(x, d, centers, labels, executor), iterations, true);
    }

    /**
     * @param earlier iterations run before this run's starting point
     * @return this run, counting {@code earlier} more iterations
     */
    LloydIterations after(int earlier) {
        return new LloydIterations(centers, labels, inertia, earlier + iterations, converged);
    }

    private static int pass(AssignmentKernel kernel, ChunkExecutor executor, double[] centers, double[] drift,
                            int[] labels, double[][] partialSums, int[][] partialCounts, int[] partialChanged) {
        kernel.prepare(centers, drift);
        executor.forEachChunk(c -> {
            double[] sums = partialSums == null ? null : partialSums[c];
            int[] counts = partialCounts == null ? null : partialCounts[c];
            if (sums != null) {
                Arrays.fill(sums, 0);
                Arrays.fill(counts, 0);
            }
            partialChanged[c] = kernel.assign(executor.from(c), executor.to(c), centers, labels, sums, counts);
        });
        int changed = 0;
        for (int value : partialChanged) {
            changed += value;
        }
        return changed;
    }

    /**
     * Moves the farthest rows into empty clusters (see the class comment); sums and counts are modified.
     *
     * @return whether any cluster was empty
     */
    private static boolean relocateEmpty(double[] x, int n, int d, int k, double[] centers, int[] labels,
                                      double[] sums, int[] counts) {
        int empty = 0;
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                empty++;
            }
        }
        if (empty == 0) {
            return false;
        }
        double[] distance = new double[n];
        for (int i = 0; i < n; i++) {
            distance[i] = Distances.squared(x, i * d, centers, labels[i] * d, d);
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] != 0) {
                continue;
            }
            int far = 0;
            for (int i = 1; i < n; i++) {
                if (distance[i] > distance[far]) {
                    far = i;
                }
            }
            distance[far] = Double.NEGATIVE_INFINITY;
            int old = labels[far];
            counts[old]--;
            for (int j = 0; j < d; j++) {
                sums[old * d + j] -= x[far * d + j];
            }
            counts[c] = 1;
            System.arraycopy(x, far * d, sums, c * d, d);
        }
        return true;
    }

    /** @return {@code Σ‖xᵢ − centre(labelᵢ)‖²}, summed per chunk then in chunk order */
    static double inertia(double[] x, int d, double[] centers, int[] labels, ChunkExecutor executor) {
        double[] partial = new double[executor.chunks()];
        executor.forEachChunk(c -> {
            double sum = 0;
            for (int i = executor.from(c); i < executor.to(c); i++) {
                sum += Distances.squared(x, i * d, centers, labels[i] * d, d);
            }
            partial[c] = sum;
        });
        double total = 0;
        for (double value : partial) {
            total += value;
        }
        return total;
    }
}
