package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * Internal quality measures of a clustering, computed from the data and the labels alone (no ground truth), with
 * scikit-learn's definitions.
 *
 * <p>All three take any {@code int} labels (only equality matters) and need between 2 and {@code n − 1} distinct
 * labels. Distances are Euclidean, computed from direct differences.
 *
 * <pre>{@code
 * KMeansModel m = KMeans.fit(data, 4);
 * double s  = ClusterQuality.silhouette(data, m.labels());         // in [-1, 1], higher is better
 * double db = ClusterQuality.daviesBouldin(data, m.labels());      // >= 0, lower is better
 * double ch = ClusterQuality.calinskiHarabasz(data, m.labels());   // >= 0, higher is better
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>P. J. Rousseeuw, "Silhouettes: a graphical aid to the interpretation and validation of cluster analysis",
 *       Journal of Computational and Applied Mathematics 20, 1987, pp. 53–65.</li>
 *   <li>D. L. Davies and D. W. Bouldin, "A cluster separation measure", IEEE Trans. Pattern Analysis and Machine
 *       Intelligence 1(2), 1979, pp. 224–227.</li>
 *   <li>T. Caliński and J. Harabasz, "A dendrite method for cluster analysis", Communications in Statistics 3(1),
 *       1974, pp. 1–27.</li>
 *   <li>scikit-learn 1.2, {@code sklearn.metrics.silhouette_score}, {@code davies_bouldin_score},
 *       {@code calinski_harabasz_score}.</li>
 * </ol>
 */
public final class ClusterQuality {

    private ClusterQuality() {
    }

    /**
     * The mean silhouette coefficient, computed exactly (every pairwise distance; no sampling).
     *
     * <p>For row {@code i} in cluster {@code A}: {@code a(i)} is its mean distance to the other rows of {@code A},
     * {@code b(i)} the smallest mean distance to the rows of another cluster, and
     * {@code s(i) = (b − a) / max(a, b)} ({@code 0} when {@code A} has a single row or {@code a = b = 0}). Returns
     * the mean of {@code s(i)}, in {@code [−1, 1]}: near 1 for compact, well separated clusters, near 0 for
     * overlapping ones, negative for rows closer to another cluster. Cost {@code O(n²·d)} time, {@code O(n + k)}
     * memory.
     *
     * @param data   the rows, {@code n × d}, finite (not modified)
     * @param labels the cluster of every row, with 2 to {@code n − 1} distinct values (not modified)
     * @return the mean silhouette
     * @throws IllegalArgumentException if {@code data} is null, empty, ragged or not finite, or {@code labels} is
     *                                  null, of another length than {@code data}, or has fewer than 2 or more than
     *                                  {@code n − 1} distinct values
     */
    public static double silhouette(double[][] data, int[] labels) {
        Clusters clusters = Clusters.of(data, labels);
        int n = clusters.n;
        int d = clusters.d;
        int k = clusters.k;
        double[] x = Distances.flatten(data);
        double[] sums = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                sums[clusters.dense[j]] += Math.sqrt(Distances.squared(x, i * d, x, j * d, d));
            }
            int own = clusters.dense[i];
            if (clusters.sizes[own] == 1) {
                continue;
            }
            double a = sums[own] / (clusters.sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    b = Math.min(b, sums[c] / clusters.sizes[c]);
                }
            }
            double spread = Math.max(a, b);
            total += spread > 0 ? (b - a) / spread : 0;
        }
        return total / n;
    }

    /**
     * The Davies–Bouldin index: the mean over clusters of {@code maxⱼ (Sᵢ + Sⱼ) / Mᵢⱼ}, where {@code Sᵢ} is the mean
     * distance of cluster {@code i}'s rows to its centroid and {@code Mᵢⱼ} the distance between centroids. It is
     * {@code ≥ 0}, lower is better; {@code 0} when every cluster is a point. Cost {@code O(n·d + k²·d)}.
     *
     * @param data   the rows, {@code n × d}, finite (not modified)
     * @param labels the cluster of every row, with 2 to {@code n − 1} distinct values (not modified)
     * @return the index
     * @throws IllegalArgumentException as {@link #silhouette}
     */
    public static double daviesBouldin(double[][] data, int[] labels) {
        Clusters clusters = Clusters.of(data, labels);
        int k = clusters.k;
        int d = clusters.d;
        double[] centroids = clusters.centroids(data);
        double[] scatter = new double[k];
        for (int i = 0; i < clusters.n; i++) {
            int c = clusters.dense[i];
            scatter[c] += Math.sqrt(Distances.squared(data[i], 0, centroids, c * d, d));
        }
        boolean allZero = true;
        for (int c = 0; c < k; c++) {
            scatter[c] /= clusters.sizes[c];
            allZero &= scatter[c] == 0;
        }
        if (allZero) {
            return 0;
        }
        double total = 0;
        for (int a = 0; a < k; a++) {
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (b != a) {
                    double between = Math.sqrt(Distances.squared(centroids, a * d, centroids, b * d, d));
                    if (between > 0) {
                        worst = Math.max(worst, (scatter[a] + scatter[b]) / between);
                    }
                }
            }
            total += worst;
        }
        return total / k;
    }

    /**
     * The Calinski–Harabasz index (variance ratio criterion):
     * {@code [B / (k − 1)] / [W / (n − k)]}, with {@code B = Σ nⱼ‖cⱼ − c‖²} the between-cluster and
     * {@code W = Σ ‖xᵢ − c(i)‖²} the within-cluster dispersion; {@code 1} when {@code W = 0}. It is {@code ≥ 0},
     * higher is better. Cost {@code O(n·d)}.
     *
     * @param data   the rows, {@code n × d}, finite (not modified)
     * @param labels the cluster of every row, with 2 to {@code n − 1} distinct values (not modified)
     * @return the index
     * @throws IllegalArgumentException as {@link #silhouette}
     */
    public static double calinskiHarabasz(double[][] data, int[] labels) {
        Clusters clusters = Clusters.of(data, labels);
        int n = clusters.n;
        int k = clusters.k;
        int d = clusters.d;
        double[] centroids = clusters.centroids(data);
        double[] mean = new double[d];
        for (double[] row : data) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double between = 0;
        for (int c = 0; c < k; c++) {
            between += clusters.sizes[c] * Distances.squared(centroids, c * d, mean, 0, d);
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += Distances.squared(data[i], 0, centroids, clusters.dense[i] * d, d);
        }
        return within == 0 ? 1 : between * (n - k) / (within * (k - 1));
    }

    /** Validated data and labels, the labels renumbered {@code 0..k-1} in increasing order of value. */
    private static final class Clusters {
        final int n;
        final int d;
        final int k;
        final int[] dense;
        final int[] sizes;

        private Clusters(int n, int d, int k, int[] dense, int[] sizes) {
            this.n = n;
            this.d = d;
            this.k = k;
            this.dense = dense;
            this.sizes = sizes;
        }

        static Clusters of(double[][] data, int[] labels) {
            int d = Checks.requireFiniteMatrix(data, "data");
            require(labels != null, "labels must not be null");
            int n = data.length;
            Checks.requireLength(labels.length, n, "labels", "the number of rows of data");
            int[] values = labels.clone();
            Arrays.sort(values);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || values[i] != values[i - 1]) {
                    values[k++] = values[i];
                }
            }
            require(k >= 2 && k <= n - 1,
                    "labels must have between 2 and n - 1 (%d) distinct values, had %d", n - 1, k);
            int[] dense = new int[n];
            int[] sizes = new int[k];
            for (int i = 0; i < n; i++) {
                dense[i] = Arrays.binarySearch(values, 0, k, labels[i]);
                sizes[dense[i]]++;
            }
            return new Clusters(n, d, k, dense, sizes);
        }

        /** @return the mean of each cluster, flat {@code k × d} */
        double[] centroids(double[][] data) {
            double[] centroids = new double[k * d];
            for (int i = 0; i < n; i++) {
                int o = dense[i] * d;
                for (int j = 0; j < d; j++) {
                    centroids[o + j] += data[i][j];
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    centroids[c * d + j] /= sizes[c];
                }
            }
            return centroids;
        }
    }
}
