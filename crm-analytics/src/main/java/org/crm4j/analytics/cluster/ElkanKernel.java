package org.crm4j.analytics.cluster;

import java.util.Arrays;

/**
 * Elkan's accelerated assignment step: an upper bound on the distance to the assigned centre and one lower bound
 * per (row, centre) pair, pruned with the triangle inequality.
 *
 * <p>A row keeps its label outright when its upper bound {@code u} is below half the distance from its centre to
 * the nearest other centre. Otherwise centre {@code c} is examined only when {@code u} reaches both its lower bound
 * {@code l(c)} and half the distance between the current centre and {@code c}; the first examination tightens
 * {@code u}. After centres move by {@code δ}, {@code u} grows by {@code δ(a)} and every {@code l(c)} shrinks by
 * {@code δ(c)}. Memory: {@code k + 1} doubles per row; extra work per pass: {@code k²·d} flops. After
 * {@link #start} (the seeding's nearest centres and distances) the first pass starts from those upper bounds and
 * zero lower bounds instead of computing every distance. It prunes more than
 * Hamerly's single lower bound, which pays when distances are expensive (high dimension) and {@code k} is large.
 *
 * <p>Reference: C. Elkan, "Using the triangle inequality to accelerate k-means", Proceedings of the 20th
 * International Conference on Machine Learning (ICML) 2003, pp. 147–153.
 */
final class ElkanKernel extends AssignmentKernel {

    private final double[] upper;
    private final double[] lower;
    private final double[] halfBetween;
    private final double[] half;
    private double[] drift;
    private Start start;
    private final double[] still;

    ElkanKernel(double[] x, int n, int d, int k, double slack) {
        super(x, n, d, k, slack);
        this.upper = new double[n];
        this.lower = new double[n * k];
        this.halfBetween = new double[k * k];
        this.half = new double[k];
        this.still = new double[k];
    }

    @Override
    void prepare(double[] centers, double[] drift) {
        this.drift = drift;
        this.start = drift == null ? takeStart() : null;
        Arrays.fill(half, Double.POSITIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double h = 0.5 * Math.sqrt(Distances.squared(centers, a * d, centers, b * d, d));
                halfBetween[a * k + b] = h;
                halfBetween[b * k + a] = h;
                half[a] = Math.min(half[a], h);
                half[b] = Math.min(half[b], h);
            }
        }
    }

    @Override
    int assign(int from, int to, double[] centers, int[] labels, double[] sums, int[] counts) {
        int changed = 0;
        for (int i = from; i < to; i++) {
            int label;
            if (drift != null) {
                label = prune(i, labels[i], centers, drift);
            } else if (start != null) {
                // the seeding's nearest centre and exact distance, lower bounds zero
                upper[i] = start.distance()[i];
                Arrays.fill(lower, i * k, i * k + k, 0);
                label = prune(i, start.nearest()[i], centers, still);
            } else {
                label = scan(i, centers);
            }
            if (label != labels[i]) {
                labels[i] = label;
                changed++;
            }
            accumulate(i, label, sums, counts);
        }
        return changed;
    }

    /** Computes all distances of row {@code i}, sets every bound exactly, returns the nearest centre. */
    private int scan(int i, double[] centers) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        int row = i * d;
        int base = i * k;
        for (int c = 0; c < k; c++) {
            double dist = Distances.squared(x, row, centers, c * d, d);
            lower[base + c] = Math.sqrt(dist);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        upper[i] = lower[base + best];
        return best;
    }

    /** Moves the bounds of row {@code i} by the drift, then examines only the centres the bounds cannot rule out. */
    private int prune(int i, int label, double[] centers, double[] drift) {
        double margin = slack();
        int base = i * k;
        for (int c = 0; c < k; c++) {
            lower[base + c] -= drift[c];
        }
        double u = upper[i] + drift[label];
        if (u + margin < half[label]) {
            upper[i] = u;
            return label;
        }
        int row = i * d;
        int best = label;
        boolean tight = false;
        double bestDistance = 0;
        for (int c = 0; c < k; c++) {
            if (c == best || u + margin < lower[base + c] || u + margin < halfBetween[best * k + c]) {
                continue;
            }
            if (!tight) {
                bestDistance = Distances.squared(x, row, centers, best * d, d);
                u = Math.sqrt(bestDistance);
                lower[base + best] = u;
                tight = true;
                if (u + margin < lower[base + c] || u + margin < halfBetween[best * k + c]) {
                    continue;
                }
            }
            double dist = Distances.squared(x, row, centers, c * d, d);
            double distance = Math.sqrt(dist);
            lower[base + c] = distance;
            if (dist < bestDistance || (dist == bestDistance && c < best)) {
                best = c;
                bestDistance = dist;
                u = distance;
            }
        }
        upper[i] = u;
        return best;
    }
}
