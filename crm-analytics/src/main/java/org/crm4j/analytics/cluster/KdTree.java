package org.crm4j.analytics.cluster;

import java.util.Arrays;

/**
 * A static k-d tree over {@code n} points of dimension {@code d} for fixed-radius and k-nearest-neighbour queries
 * (Bentley 1975; Friedman, Bentley &amp; Finkel 1977). Each inner node splits its points at the median of the
 * coordinate with the widest spread; leaves hold at most {@link #LEAF_SIZE} points. Building costs
 * {@code O(n log n)} expected time; a query visits only the cells that intersect its ball.
 *
 * <p>Immutable after construction; queries allocate their own work space, so concurrent queries are safe.
 */
final class KdTree {

    /** Points per leaf: small enough to prune well, large enough that the recursion overhead stays small. */
    static final int LEAF_SIZE = 16;

    private final double[] points;  // n * d, row-major, in the tree's order
    private final int[] index;      // tree position -> original row
    private final int d;
    private final int[] start;
    private final int[] end;
    private final int[] splitDim;   // -1 for a leaf
    private final double[] splitValue;
    private final int[] left;
    private final int[] right;
    private int nodeCount;
    private final int maxDepth;

    /**
     * Builds the tree.
     *
     * @param x the points, {@code n ≥ 1} rows of length {@code d} (not modified; copied)
     */
    KdTree(double[][] x) {
        int n = x.length;
        this.d = x[0].length;
        this.index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        // Every leaf below a split holds at least LEAF_SIZE / 2 points, so there are at most 2n / (LEAF_SIZE / 2)
        // nodes.
        int capacity = 4 * n / LEAF_SIZE + 4;
        start = new int[capacity];
        end = new int[capacity];
        splitDim = new int[capacity];
        splitValue = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[i], 0, flat, i * d, d);
        }
        maxDepth = build(flat, 0, n, 0);
        points = new double[n * d];
        for (int p = 0; p < n; p++) {
            System.arraycopy(flat, index[p] * d, points, p * d, d);
        }
    }

    private int build(double[] flat, int from, int to, int depth) {
        int node = nodeCount++;
        start[node] = from;
        end[node] = to;
        if (to - from <= LEAF_SIZE) {
            splitDim[node] = -1;
            return depth;
        }
        int best = 0;
        double widest = -1;
        for (int j = 0; j < d; j++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int p = from; p < to; p++) {
                double v = flat[index[p] * d + j];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            if (hi - lo > widest) {
                widest = hi - lo;
                best = j;
            }
        }
        if (widest <= 0) { // all points equal: no split separates them
            splitDim[node] = -1;
            return depth;
        }
        int mid = (from + to) >>> 1;
        select(flat, best, from, to - 1, mid);
        splitDim[node] = best;
        splitValue[node] = flat[index[mid] * d + best];
        int l = build(flat, from, mid, depth + 1);
        left[node] = node + 1;
        right[node] = nodeCount;
        int r = build(flat, mid, to, depth + 1);
        return Math.max(l, r);
    }

    /** Hoare's selection: afterwards index[k] holds the k-th smallest coordinate j, smaller ones before it. */
    private void select(double[] flat, int j, int lo, int hi, int k) {
        while (hi > lo) {
            double pivot = flat[index[(lo + hi) >>> 1] * d + j];
            int i = lo;
            int m = hi;
            while (i <= m) {
                while (flat[index[i] * d + j] < pivot) {
                    i++;
                }
                while (flat[index[m] * d + j] > pivot) {
                    m--;
                }
                if (i <= m) {
                    int t = index[i];
                    index[i] = index[m];
                    index[m] = t;
                    i++;
                    m--;
                }
            }
            if (k <= m) {
                hi = m;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** @return the number of points */
    int size() {
        return index.length;
    }

    /**
     * Counts the points within distance {@code sqrt(radius2)} of {@code q} (boundary included), stopping early.
     *
     * @param q       the query point, length {@code d}
     * @param radius2 the squared radius
     * @param limit   stop counting once this many are found
     * @return {@code min(limit, count)}
     */
    int countWithin(double[] q, double radius2, int limit) {
        double radius = Math.sqrt(radius2);
        int[] stack = new int[2 * maxDepth + 4];
        int top = 0;
        stack[top++] = 0;
        int count = 0;
        while (top > 0) {
            int node = stack[--top];
            int dim = splitDim[node];
            if (dim < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    if (distance2(q, p) <= radius2 && ++count >= limit) {
                        return count;
                    }
                }
            } else {
                double delta = q[dim] - splitValue[node];
                if (delta - radius <= 0) {
                    stack[top++] = left[node];
                }
                if (delta + radius >= 0) {
                    stack[top++] = right[node];
                }
            }
        }
        return count;
    }

    /**
     * Collects the original row indices of the points within distance {@code sqrt(radius2)} of {@code q}.
     *
     * @param q       the query point
     * @param radius2 the squared radius (boundary included)
     * @param out     the buffer, reset and filled
     */
    void within(double[] q, double radius2, IntBuffer out) {
        out.size = 0;
        double radius = Math.sqrt(radius2);
        int[] stack = new int[2 * maxDepth + 4];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int node = stack[--top];
            int dim = splitDim[node];
            if (dim < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    if (distance2(q, p) <= radius2) {
                        out.add(index[p]);
                    }
                }
            } else {
                double delta = q[dim] - splitValue[node];
                if (delta - radius <= 0) {
                    stack[top++] = left[node];
                }
                if (delta + radius >= 0) {
                    stack[top++] = right[node];
                }
            }
        }
    }

    /**
     * The nearest point within distance {@code sqrt(radius2)}; among equally near points the smallest row index.
     *
     * @param q       the query point
     * @param radius2 the squared radius (boundary included)
     * @return the original row index, or -1 when no point is that near
     */
    int nearestWithin(double[] q, double radius2) {
        double radius = Math.sqrt(radius2);
        int[] stack = new int[2 * maxDepth + 4];
        int top = 0;
        stack[top++] = 0;
        int best = -1;
        double bestDistance = radius2;
        while (top > 0) {
            int node = stack[--top];
            int dim = splitDim[node];
            if (dim < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    double dist = distance2(q, p);
                    if (dist < bestDistance || dist == bestDistance && (best < 0 || index[p] < best)) {
                        bestDistance = dist;
                        best = index[p];
                    }
                }
            } else {
                double delta = q[dim] - splitValue[node];
                if (delta - radius <= 0) {
                    stack[top++] = left[node];
                }
                if (delta + radius >= 0) {
                    stack[top++] = right[node];
                }
            }
        }
        return best;
    }

    /**
     * The distance from {@code q} to its {@code k}-th nearest point of the tree (the point itself counts when
     * {@code q} is one of them).
     *
     * @param q the query point
     * @param k the rank, in {@code [1, size()]}
     * @return the Euclidean distance
     */
    double kthNearestDistance(double[] q, int k) {
        double[] heap = new double[k]; // the k smallest squared distances so far, sorted ascending
        Arrays.fill(heap, Double.POSITIVE_INFINITY);
        int[] stack = new int[2 * maxDepth + 4];
        double[] planeGap = new double[2 * maxDepth + 4];
        int top = 0;
        stack[top] = 0;
        planeGap[top++] = 0;
        while (top > 0) {
            top--;
            int node = stack[top];
            double gap = planeGap[top];
            if (gap * gap > heap[k - 1]) {
                continue;
            }
            int dim = splitDim[node];
            if (dim < 0) {
                for (int p = start[node]; p < end[node]; p++) {
                    double dist = distance2(q, p);
                    if (dist < heap[k - 1]) {
                        int pos = k - 1;
                        while (pos > 0 && heap[pos - 1] > dist) {
                            heap[pos] = heap[pos - 1];
                            pos--;
                        }
                        heap[pos] = dist;
                    }
                }
            } else {
                double delta = q[dim] - splitValue[node];
                int near = delta <= 0 ? left[node] : right[node];
                int far = delta <= 0 ? right[node] : left[node];
                stack[top] = far;                   // pushed first, visited last
                planeGap[top++] = Math.max(gap, Math.abs(delta));
                stack[top] = near;
                planeGap[top++] = gap;
            }
        }
        return Math.sqrt(heap[k - 1]);
    }

    private double distance2(double[] q, int p) {
        int offset = p * d;
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double e = q[j] - points[offset + j];
            sum += e * e;
        }
        return sum;
    }

    /** A growable list of ints, reused between queries by one caller. */
    static final class IntBuffer {
        int[] values = new int[64];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }
    }
}
