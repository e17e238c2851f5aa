package org.crm4j.analytics.tree;

import java.util.Arrays;

/**
 * The training features with each numeric feature binned once into at most {@code maxBins} quantile bins, for the
 * histogram grower ({@link SplitSearch#HISTOGRAM}); a forest shares one instance.
 *
 * <p>A feature's distinct values (a value closer than {@link Tolerances#FEATURE_THRESHOLD} to the previous one
 * joins its group, as exact mode never splits between them) are cut into consecutive bins: one bin per group when
 * there are at most {@code maxBins} groups, else bins closed greedily once they reach the next multiple of
 * {@code n / maxBins} rows (a group is never cut, so a value holding many rows gets a bin of its own). Bin
 * {@code b} holds the values in {@code (upper[b - 1], upper[b]]}.
 *
 * <p>With more than {@value #SAMPLE} rows the edges are found on {@value #SAMPLE} evenly spaced rows (LightGBM
 * also bins from a sample), and the full column is sorted only when the sample has at most {@code maxBins} groups
 * but some row lies outside every one of them: so a feature with at most {@code maxBins} distinct values always
 * gets one bin per value. Categorical features are not binned.
 */
final class Binned {

    /** The rows sampled to place the bin edges of a large data set. */
    static final int SAMPLE = 1 << 15;

    final int rows;
    final int features;
    /** The training rows as given (read only, never modified). */
    final double[][] x;
    /** {@code codes[f][i]}: the bin of row {@code i} (read as {@code & 0xFF}); null for categorical features. */
    final byte[][] codes;
    /** The number of bins of each numeric feature, 0 for categorical ones. */
    final int[] bins;
    /** The first histogram slot of each feature; {@code offset[features]} is the histogram's size in bins. */
    final int[] offset;
    /** {@code categories[f][i]}: the code of row {@code i} of a categorical feature; null for numeric ones. */
    final double[][] categories;

    private Binned(double[][] x, byte[][] codes, int[] bins, double[][] categories) {
        this.x = x;
        this.codes = codes;
        this.bins = bins;
        this.categories = categories;
        this.features = bins.length;
        this.rows = x.length;
        offset = new int[features + 1];
        for (int f = 0; f < features; f++) {
            offset[f + 1] = offset[f] + bins[f];
        }
    }

    /**
     * Bins each numeric feature of {@code x} (validated, rectangular, finite; kept by reference and only read).
     *
     * @param maxBins     the most bins per feature, in {@code [2, 256]}
     * @param cardinality per feature, 0 for numeric (binned) or the number of category codes (not binned)
     */
    static Binned of(double[][] x, int maxBins, int[] cardinality) {
        int n = x.length;
        int d = x[0].length;
        int m = Math.min(n, SAMPLE);
        double[] sorted = new double[n];
        // edges padded to a power of two so that encoding is a fixed number of branch-free halvings
        double[][] upper = new double[d][];
        double[][] lower = new double[d][];
        double[][] highest = new double[d][];
        int[] bins = new int[d];
        double[][] categories = new double[d][];
        for (int f = 0; f < d; f++) {
            if (cardinality[f] > 0) {
                categories[f] = new double[n];
                for (int i = 0; i < n; i++) {
                    categories[f][i] = x[i][f];
                }
                continue;
            }
            for (int k = 0; k < m; k++) {
                sorted[k] = x[(int) ((long) k * n / m)][f];
            }
            edges(f, sorted, m, maxBins, bins, upper, lower, highest);
        }
        byte[][] codes = new byte[d][];
        for (int f = 0; f < d; f++) {
            if (cardinality[f] == 0) {
                codes[f] = new byte[n];
            }
        }
        boolean[] unseen = new boolean[d];
        for (int i = 0; i < n; i++) {
            double[] row = x[i];
            for (int f = 0; f < d; f++) {
                double[] up = upper[f];
                if (up == null) {
                    continue;
                }
                double v = row[f];
                int b = encode(up, v);
                codes[f][i] = (byte) b;
                if (lower[f] != null && (v < lower[f][b] || v > highest[f][b])) {
                    unseen[f] = true;
                }
            }
        }
        for (int f = 0; f < d; f++) {
            if (unseen[f]) {
                // the sample missed a value of a feature with few distinct values: bin on the full column
                for (int i = 0; i < n; i++) {
                    sorted[i] = x[i][f];
                }
                edges(f, sorted, n, maxBins, bins, upper, lower, highest);
                for (int i = 0; i < n; i++) {
                    codes[f][i] = (byte) encode(upper[f], x[i][f]);
                }
            }
        }
        return new Binned(x, codes, bins, categories);
    }

    /**
     * Sorts {@code values[0, m)} and sets feature {@code f}'s bin count and upper edges (padded with +infinity to a
     * power of two); when every group has its own bin, sets the smallest and largest value of each group in
     * {@code lower} and {@code highest}, else null.
     */
    private static void edges(int f, double[] values, int m, int maxBins, int[] bins, double[][] upper,
            double[][] lower, double[][] highest) {
        Arrays.sort(values, 0, m);
        double[] up = new double[maxBins];
        double[] low = new double[maxBins];
        int groups = 1;
        for (int i = 1; i < m; i++) {
            if (values[i] > values[i - 1] + Tolerances.FEATURE_THRESHOLD) {
                groups++;
            }
        }
        int b = 0;
        if (groups <= maxBins) {
            low[0] = values[0];
            for (int i = 0; i < m; i++) {
                if (i == m - 1 || values[i + 1] > values[i] + Tolerances.FEATURE_THRESHOLD) {
                    up[b++] = values[i];
                    if (i < m - 1) {
                        low[b] = values[i + 1];
                    }
                }
            }
            lower[f] = low;
        } else {
            for (int i = 0; i < m; i++) {
                boolean groupEnds = i == m - 1 || values[i + 1] > values[i] + Tolerances.FEATURE_THRESHOLD;
                // close a bin at the end of a group once its cumulative count reaches the next quantile
                if (groupEnds && (i == m - 1 || (b < maxBins - 1 && (long) (i + 1) * maxBins >= (long) (b + 1) * m))) {
                    up[b++] = values[i];
                }
            }
            lower[f] = null;
        }
        bins[f] = b;
        int size = Integer.highestOneBit(Math.max(1, b - 1)) << 1;
        double[] padded = Arrays.copyOf(up, Math.max(size, b));
        // the last bin is open above: values beyond the sample's largest fall into it
        Arrays.fill(padded, b - 1, padded.length, Double.POSITIVE_INFINITY);
        upper[f] = padded;
        if (lower[f] != null) {
            lower[f] = Arrays.copyOf(low, b);
            highest[f] = Arrays.copyOf(up, b);
        }
    }

    /** @return the first bin whose upper edge is at least {@code v}; {@code upper.length} is a power of two */
    private static int encode(double[] upper, double v) {
        int lo = 0;
        for (int half = upper.length >>> 1; half > 0; half >>>= 1) {
            lo = upper[lo + half - 1] < v ? lo + half : lo;
        }
        return lo;
    }
}
