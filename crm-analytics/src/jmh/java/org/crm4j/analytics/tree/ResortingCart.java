package org.crm4j.analytics.tree;

/**
 * A straightforward CART (Gini, numeric features) that re-sorts the node's rows by every feature at every node:
 * the baseline the presorted {@link TreeGrower} is measured against. Same split rules (midpoint thresholds,
 * first best split, {@code 1e-7} ties), no presorting, row-major access. Benchmark code only.
 */
final class ResortingCart {

    private final double[][] x;
    private final int[] y;
    private final int classes;
    private final int maxDepth;

    private ResortingCart(double[][] x, int[] y, int classes, int maxDepth) {
        this.x = x;
        this.y = y;
        this.classes = classes;
        this.maxDepth = maxDepth;
    }

    /** @return the number of leaves of the tree grown on all rows */
    static int fitLeafCount(double[][] x, int[] y, int classes, int maxDepth) {
        int[] rows = new int[x.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return new ResortingCart(x, y, classes, maxDepth).grow(rows, 0);
    }

    private int grow(int[] rows, int depth) {
        int n = rows.length;
        double[] total = new double[classes];
        for (int r : rows) {
            total[y[r]]++;
        }
        double sq = 0.0;
        for (double c : total) {
            sq += c * c;
        }
        if (depth >= maxDepth || n < 2 || 1.0 - sq / ((double) n * n) <= Tolerances.PURE_IMPURITY) {
            return 1;
        }
        double bestProxy = Double.NEGATIVE_INFINITY;
        int bestFeature = -1;
        double bestThreshold = 0.0;
        int[] sorted = new int[n];
        int[] buffer = new int[n];
        double[] left = new double[classes];
        for (int f = 0; f < x[0].length; f++) {
            System.arraycopy(rows, 0, sorted, 0, n);
            sort(sorted, buffer, 0, n, f);
            java.util.Arrays.fill(left, 0.0);
            for (int p = 0; p < n - 1; p++) {
                left[y[sorted[p]]]++;
                double v = x[sorted[p]][f];
                double next = x[sorted[p + 1]][f];
                if (next <= v + Tolerances.FEATURE_THRESHOLD) {
                    continue;
                }
                double nl = p + 1;
                double nr = n - nl;
                double sl = 0.0;
                double sr = 0.0;
                for (int k = 0; k < classes; k++) {
                    sl += left[k] * left[k];
                    sr += (total[k] - left[k]) * (total[k] - left[k]);
                }
                double proxy = sl / nl + sr / nr;
                if (proxy > bestProxy) {
                    bestProxy = proxy;
                    bestFeature = f;
                    bestThreshold = v / 2.0 + next / 2.0;
                }
            }
        }
        if (bestFeature < 0) {
            return 1;
        }
        int nLeft = 0;
        for (int r : rows) {
            if (x[r][bestFeature] <= bestThreshold) {
                nLeft++;
            }
        }
        int[] l = new int[nLeft];
        int[] r = new int[n - nLeft];
        int a = 0;
        int b = 0;
        for (int row : rows) {
            if (x[row][bestFeature] <= bestThreshold) {
                l[a++] = row;
            } else {
                r[b++] = row;
            }
        }
        return grow(l, depth + 1) + grow(r, depth + 1);
    }

    /** Stable merge sort of row indices by feature {@code f}. */
    private void sort(int[] idx, int[] buffer, int from, int to, int f) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = idx[i];
                double k = x[v][f];
                int j = i - 1;
                while (j >= from && x[idx[j]][f] > k) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(idx, buffer, from, mid, f);
        sort(idx, buffer, mid, to, f);
        System.arraycopy(idx, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            idx[k++] = x[buffer[j]][f] < x[buffer[i]][f] ? buffer[j++] : buffer[i++];
        }
        while (i < mid) {
            idx[k++] = buffer[i++];
        }
        while (j < to) {
            idx[k++] = buffer[j++];
        }
    }
}
