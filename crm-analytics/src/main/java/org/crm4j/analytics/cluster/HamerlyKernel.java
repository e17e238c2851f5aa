package org.crm4j.analytics.cluster;

/**
 * Hamerly's accelerated assignment step: one upper bound on the distance to the assigned centre and one lower
 * bound on the distance to every other centre, per row.
 *
 * <p>A row keeps its label without computing any distance when its upper bound {@code u} is below
 * {@code max(s(a), l)}, where {@code s(a)} is half the distance from its centre {@code a} to the nearest other
 * centre and {@code l} its lower bound. Otherwise {@code u} is tightened with one distance and, if the test still
 * fails, all {@code k} distances are computed. After centres move by {@code δ}, {@code u} grows by {@code δ(a)} and
 * {@code l} shrinks by the largest {@code δ} of the other centres. Memory: two doubles per row; extra work per pass:
 * {@code k²·d} flops for the centre-to-centre distances. Best for low and moderate dimension.
 *
 * <p>First pass: with no bounds it computes every distance; after {@link #start} (the seeding's nearest centres
 * and distances) a row whose distance is below {@code s(a)} keeps its seed's label with lower bound 0, which later
 * passes can only raise.
 *
 * <p>Reference: G. Hamerly, "Making k-means even faster", SIAM International Conference on Data Mining 2010,
 * pp. 130–140.
 */
final class HamerlyKernel extends AssignmentKernel {

    private final double[] upper;
    private final double[] lower;
    private final double[] half;
    private double[] drift;
    private Start start;
    private int fastest;
    private double largestDrift;
    private double secondDrift;

    HamerlyKernel(double[] x, int n, int d, int k, double slack) {
        super(x, n, d, k, slack);
        this.upper = new double[n];
        this.lower = new double[n];
        this.half = new double[k];
    }

    @Override
    void prepare(double[] centers, double[] drift) {
        this.drift = drift;
        this.start = drift == null ? takeStart() : null;
        for (int a = 0; a < k; a++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int b = 0; b < k; b++) {
                if (b != a) {
                    nearest = Math.min(nearest, Distances.squared(centers, a * d, centers, b * d, d));
                }
            }
            half[a] = 0.5 * Math.sqrt(nearest);
        }
        if (drift != null) {
            fastest = 0;
            largestDrift = Double.NEGATIVE_INFINITY;
            secondDrift = 0;
            for (int c = 0; c < k; c++) {
                if (drift[c] > largestDrift) {
                    secondDrift = Math.max(secondDrift, largestDrift);
                    largestDrift = drift[c];
                    fastest = c;
                } else {
                    secondDrift = Math.max(secondDrift, drift[c]);
                }
            }
        }
    }

    @Override
    int assign(int from, int to, double[] centers, int[] labels, double[] sums, int[] counts) {
        double margin = slack();
        int changed = 0;
        for (int i = from; i < to; i++) {
            int label = labels[i];
            if (drift != null) {
                double u = upper[i] + drift[label];
                double l = lower[i] - (label == fastest ? secondDrift : largestDrift);
                lower[i] = l;
                double bound = Math.max(half[label], l);
                if (u + margin < bound) {
                    upper[i] = u;
                    accumulate(i, label, sums, counts);
                    continue;
                }
                u = Math.sqrt(Distances.squared(x, i * d, centers, label * d, d));
                upper[i] = u;
                if (u + margin < bound) {
                    accumulate(i, label, sums, counts);
                    continue;
                }
            } else if (start != null) {
                // the seeding's nearest centre and exact distance, no lower bound yet: keep it if half the gap to
                // its nearest other centre proves it nearest
                int seeded = start.nearest()[i];
                double u = start.distance()[i];
                if (u + margin < half[seeded]) {
                    upper[i] = u;
                    lower[i] = 0;
                    if (seeded != label) {
                        labels[i] = seeded;
                        changed++;
                    }
                    accumulate(i, seeded, sums, counts);
                    continue;
                }
            }
            int best = scan(i, centers);
            if (best != label) {
                labels[i] = best;
                changed++;
            }
            accumulate(i, best, sums, counts);
        }
        return changed;
    }

    /** Computes all distances of row {@code i}, sets both bounds exactly, returns the nearest centre. */
    private int scan(int i, double[] centers) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        double secondDistance = Double.POSITIVE_INFINITY;
        int row = i * d;
        for (int c = 0; c < k; c++) {
            double dist = Distances.squared(x, row, centers, c * d, d);
            if (dist < bestDistance) {
                secondDistance = bestDistance;
                bestDistance = dist;
                best = c;
            } else if (dist < secondDistance) {
                secondDistance = dist;
            }
        }
        upper[i] = Math.sqrt(bestDistance);
        lower[i] = Math.sqrt(secondDistance);
        return best;
    }
}
