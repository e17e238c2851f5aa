package org.crm4j.analytics.cluster;

import static org.crm4j.analytics.internal.Checks.require;

import org.crm4j.analytics.internal.Checks;

/**
 * A DBSCAN clustering fitted by {@link Dbscan#fit}: the label of every row ({@link Dbscan#NOISE} = -1 for noise),
 * which rows are core points, and a {@link #predict} for new points.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out; the model keeps a copy of its core points (and a
 * k-d tree over them) for {@link #predict}, not of the other rows.
 */
public final class DbscanModel {

    private final int[] labels;
    private final int[] coreIndices;
    private final int clusterCount;
    private final int[] sizes;
    private final int[] coreSizes;
    private final int d;
    private final Dbscan.Options options;
    private final KdTree coreTree;
    private final int[] coreLabels;

    DbscanModel(double[][] x, int[] labels, boolean[] core, int clusterCount, Dbscan.Options options) {
        this.labels = labels.clone();
        this.clusterCount = clusterCount;
        this.options = options;
        this.d = x[0].length;
        this.sizes = new int[clusterCount];
        this.coreSizes = new int[clusterCount];
        int cores = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != Dbscan.NOISE) {
                sizes[labels[i]]++;
            }
            if (core[i]) {
                cores++;
                coreSizes[labels[i]]++;
            }
        }
        this.coreIndices = new int[cores];
        this.coreLabels = new int[cores];
        double[][] corePoints = new double[cores][];
        for (int i = 0, c = 0; i < labels.length; i++) {
            if (core[i]) {
                coreIndices[c] = i;
                coreLabels[c] = labels[i];
                corePoints[c++] = x[i].clone();
            }
        }
        this.coreTree = cores == 0 ? null : new KdTree(corePoints);
    }

    /** @return the cluster of every row in {@code [0, clusterCount())}, or -1 for noise; a fresh array */
    public int[] labels() {
        return labels.clone();
    }

    /** @return the rows that are core points, ascending; a fresh array */
    public int[] coreIndices() {
        return coreIndices.clone();
    }

    /** @return the number of clusters (0 when every row is noise) */
    public int clusterCount() {
        return clusterCount;
    }

    /** @return the number of rows (core and border) in each cluster; a fresh array */
    public int[] clusterSizes() {
        return sizes.clone();
    }

    /** @return the number of noise rows */
    public int noiseCount() {
        int noise = labels.length;
        for (int size : sizes) {
            noise -= size;
        }
        return noise;
    }

    /** @return the options the model was fitted with */
    public Dbscan.Options options() {
        return options;
    }

    /**
     * Assigns a new point as DBSCAN would assign a border point: to the cluster of the nearest core point within
     * {@code eps} (boundary included); among equally near core points the one of the smallest row index wins.
     * A point with no core point within {@code eps} is noise. The model is not changed (the point does not become
     * a core point, even if it would be one).
     *
     * @param point the point, of the model's dimension, finite (not modified)
     * @return the cluster in {@code [0, clusterCount())}, or {@link Dbscan#NOISE}
     * @throws IllegalArgumentException if {@code point} is null, of another length or not finite
     */
    public int predict(double[] point) {
        require(point != null, "point must not be null");
        require(point.length == d, "point must have length %d (the model's dimension), was %d", d, point.length);
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(point[j])) {
                require(false, "point[%d] must be finite, was %s", j, point[j]);
            }
        }
        if (coreTree == null) {
            return Dbscan.NOISE;
        }
        int nearest = coreTree.nearestWithin(point, options.eps() * options.eps());
        return nearest < 0 ? Dbscan.NOISE : coreLabels[nearest];
    }

    /**
     * A summary in the style of R's {@code print.dbscan} (package dbscan): the parameters, the number of clusters
     * and noise rows, and a table of cluster sizes split into core and border points.
     *
     * @return the summary, several lines
     */
    public String summary() {
        int n = labels.length;
        int noise = noiseCount();
        StringBuilder out = new StringBuilder(256);
        out.append(Checks.message("DBSCAN clustering for %d objects (d = %d)%n", n, d));
        out.append(Checks.message("Parameters: eps = %s, minPoints = %d (the point itself counted)%n",
                options.eps(), options.minPoints()));
        out.append(Checks.message("%d cluster(s), %d core point(s), %d border point(s), %d noise point(s)%n",
                clusterCount, coreIndices.length, n - noise - coreIndices.length, noise));
        out.append(Checks.message("%n%7s %8s %8s %8s %7s%n", "cluster", "size", "core", "border", "share"));
        for (int c = 0; c < clusterCount; c++) {
            out.append(Checks.message("%7d %8d %8d %8d %6.1f%%%n", c, sizes[c], coreSizes[c], sizes[c] - coreSizes[c],
                    100.0 * sizes[c] / n));
        }
        out.append(Checks.message("%7s %8d %8s %8s %6.1f%%%n", "noise", noise, "", "", 100.0 * noise / n));
        return out.toString();
    }

    @Override
    public String toString() {
        return Checks.message("DbscanModel[clusters=%d, core=%d, noise=%d, eps=%s, minPoints=%d]", clusterCount,
                coreIndices.length, noiseCount(), options.eps(), options.minPoints());
    }
}
