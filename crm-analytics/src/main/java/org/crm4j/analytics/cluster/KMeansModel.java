package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * A fitted K-means clustering: the centres, the labels of the training rows and the diagnostics of the winning
 * restart. Made by {@link KMeans#fit(double[][], KMeans.Options)}.
 *
 * <p>Immutable and thread-safe: arrays are copied on the way in and on the way out, and {@link #predict} reads
 * nothing but the centres.
 *
 * <pre>{@code
 * KMeansModel m = KMeans.fit(data, 4);
 * double[][] centres = m.centroids();    // 4 × d
 * int segment = m.predict(newCustomer);  // index of the nearest centre
 * System.out.println(m.summary());
 * }</pre>
 */
public final class KMeansModel {

    private final double[] centers;
    private final int k;
    private final int d;
    private final int[] labels;
    private final int[] sizes;
    private final double inertia;
    private final int iterations;
    private final boolean converged;
    private final KMeans.Options options;
    private final KMeans.Algorithm algorithm;
    private final double[] within;
    private final double totalSumOfSquares;

    KMeansModel(double[] centers, int k, int d, int[] labels, double inertia, int iterations, boolean converged,
                KMeans.Options options, KMeans.Algorithm algorithm, double[] within, double totalSumOfSquares) {
        this.centers = centers.clone();
        this.k = k;
        this.d = d;
        this.labels = labels.clone();
        this.sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        this.inertia = inertia;
        this.iterations = iterations;
        this.converged = converged;
        this.options = options;
        this.algorithm = algorithm;
        this.within = within.clone();
        this.totalSumOfSquares = totalSumOfSquares;
    }

    /** @return the number of clusters */
    public int k() {
        return k;
    }

    /** @return the number of features of a row */
    public int dimension() {
        return d;
    }

    /** @return the centres, a fresh {@code k × d} array; row {@code c} is the mean of cluster {@code c} */
    public double[][] centroids() {
        double[][] copy = new double[k][];
        for (int c = 0; c < k; c++) {
            copy[c] = Arrays.copyOfRange(centers, c * d, (c + 1) * d);
        }
        return copy;
    }

    /** @return the cluster of every training row, in {@code [0, k)}, a fresh array of length {@code n} */
    public int[] labels() {
        return labels.clone();
    }

    /** @return the number of training rows in each cluster, a fresh array of length {@code k} */
    public int[] clusterSizes() {
        return sizes.clone();
    }

    /**
     * @return the within-cluster sum of squared Euclidean distances of the training rows to their centres, in the
     *         squared units of the data
     */
    public double inertia() {
        return inertia;
    }

    /**
     * @return the sum of squared distances of each cluster's rows to its centre (R's {@code withinss}), a fresh
     *         array of length {@code k} whose sum is {@link #inertia()} up to rounding
     */
    public double[] withinClusterSumOfSquares() {
        return within.clone();
    }

    /**
     * @return the sum of squared distances of the training rows to their overall mean (R's {@code totss}), in the
     *         squared units of the data
     */
    public double totalSumOfSquares() {
        return totalSumOfSquares;
    }

    /**
     * @return {@link #totalSumOfSquares()} minus {@link #inertia()}, the part of the spread the clusters explain
     *         (R's {@code betweenss})
     */
    public double betweenSumOfSquares() {
        return totalSumOfSquares - inertia;
    }

    /**
     * @return the number of Lloyd iterations of the winning restart, {@code ≥ 1}: at most {@code maxIterations},
     *         or twice that if Hartigan refinement ran out of sweeps and Lloyd resumed (mini-batch: the steps)
     */
    public int iterations() {
        return iterations;
    }

    /**
     * @return whether the winning restart met the stopping rule before its iteration budget ran out (the model is
     *         usable either way: labels always match the centres)
     */
    public boolean converged() {
        return converged;
    }

    /** @return the options the model was fitted with */
    public KMeans.Options options() {
        return options;
    }

    /** @return the assignment step that ran ({@code AUTO} resolved) */
    public KMeans.Algorithm algorithm() {
        return algorithm;
    }

    /**
     * Returns the cluster of a new row: the index of the nearest centre (Euclidean), the lowest on ties.
     *
     * @param point a row of {@link #dimension()} finite features (not modified)
     * @return the cluster, in {@code [0, k)}
     * @throws IllegalArgumentException if {@code point} is null, of the wrong length or not finite
     */
    public int predict(double[] point) {
        Checks.requireFiniteVector(point, "point");
        Checks.requireLength(point.length, d, "point", "the model's dimension");
        return Distances.nearest(point, 0, centers, k, d);
    }

    /**
     * Returns the clusters of new rows.
     *
     * @param points rows of {@link #dimension()} finite features (not modified)
     * @return the cluster of each row
     * @throws IllegalArgumentException if {@code points} is null, empty, ragged, not finite or of the wrong width
     */
    public int[] predict(double[][] points) {
        int width = Checks.requireFiniteMatrix(points, "points");
        require(width == d, "points must have %d columns (the model's dimension), was %d", d, width);
        int[] result = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            result[i] = Distances.nearest(points[i], 0, centers, k, d);
        }
        return result;
    }

    /**
     * A report in the style of R's {@code print.kmeans}: the cluster sizes, the fit (algorithm, restarts, seed,
     * iterations, convergence), the cluster means (first eight features), the within-cluster sums of squares and the
     * share of the total sum of squares the clustering explains ({@code between_SS / total_SS}).
     *
     * @return the report, several lines
     */
    public String summary() {
        int n = labels.length;
        StringBuilder out = new StringBuilder(256);
        StringBuilder sizeList = new StringBuilder();
        for (int c = 0; c < k; c++) {
            sizeList.append(c == 0 ? "" : ", ").append(sizes[c]);
        }
        out.append(Checks.message("K-means clustering with %d clusters of sizes %s (n = %d, d = %d)%n", k, sizeList,
                n, d));
        out.append(Checks.message("Algorithm %s, %d restart(s), seed %d; iterations %d (max %d), %s%n", algorithm,
                options.restarts(), options.seed(), iterations, options.maxIterations(),
                converged ? "converged" : "NOT converged"));
        out.append(Checks.message("%nCluster means:%n%7s %8s %7s %14s  %s%n", "cluster", "size", "share", "within SS",
                "centre"));
        for (int c = 0; c < k; c++) {
            StringBuilder centre = new StringBuilder();
            for (int j = 0; j < Math.min(d, 8); j++) {
                centre.append(j == 0 ? "" : ", ").append(Checks.message("%.4g", centers[c * d + j]));
            }
            if (d > 8) {
                centre.append(", ...");
            }
            out.append(Checks.message("%7d %8d %6.1f%% %14.6g  [%s]%n", c, sizes[c], 100.0 * sizes[c] / n, within[c],
                    centre));
        }
        out.append(Checks.message("%nWithin cluster sum of squares (inertia): %.6g%n", inertia));
        out.append(Checks.message("Between SS: %.6g, total SS: %.6g (between_SS / total_SS = %.1f %%)%n",
                betweenSumOfSquares(), totalSumOfSquares,
                totalSumOfSquares > 0 ? 100 * betweenSumOfSquares() / totalSumOfSquares : 0.0));
        return out.toString();
    }

    @Override
    public String toString() {
        return Checks.message("KMeansModel[k=%d, d=%d, n=%d, inertia=%.6g, iterations=%d, converged=%s]", k, d,
                labels.length, inertia, iterations, converged);
    }
}
