package org.crm4j.analytics.cluster;

/**
 * The assignment step of Lloyd's algorithm: give every row the index of its nearest centre, and add the row to
 * that centre's running sum.
 *
 * <p>Three implementations share this contract and must give <em>exactly</em> the labels of the plain scan
 * ({@link LloydKernel}): the nearest centre by {@link Distances#squared}, the lowest index on ties. The accelerated
 * kernels ({@link HamerlyKernel}, {@link ElkanKernel}) keep per-row bounds on distances and skip a centre only when
 * the bounds prove it is farther by more than {@link #slack()}, a margin of {@code 10⁻¹⁰} times the data's diameter
 * that dwarfs the rounding error of the bounds; near-ties are therefore always settled by computing the same
 * squared distances the plain scan computes.
 *
 * <p>A pass is {@link #prepare} (sequential, once) followed by {@link #assign} on disjoint row ranges, possibly
 * concurrently. A kernel owns per-row state for one fit and is not shared between fits.
 */
abstract class AssignmentKernel {

    final double[] x;
    final int n;
    final int d;
    final int k;
    private final double slack;
    private Start pending;

    /**
     * @param x     the rows, flat row-major {@code n × d} (not modified)
     * @param n     the number of rows
     * @param d     the number of columns
     * @param k     the number of centres
     * @param slack the pruning margin, {@code ≥ 0}, in the units of the data
     */
    AssignmentKernel(double[] x, int n, int d, int k, double slack) {
        this.x = x;
        this.n = n;
        this.d = d;
        this.k = k;
        this.slack = slack;
    }

    /**
     * Hands the next first pass (a {@link #prepare} with {@code drift == null}) the nearest centre of every row and
     * its distance, known exactly from the seeding ({@link KMeansPlusPlus.Seeding}): the accelerated kernels then
     * start from these bounds (upper bound exact, lower bounds zero) and prune that pass instead of computing all
     * {@code n·k} distances; the labels stay those of the plain scan. Used by that one pass only; the plain kernel
     * ignores it.
     *
     * @param nearest  the index of the nearest centre of every row, lowest index on ties (not modified, not copied)
     * @param distance the Euclidean distance of every row to that centre (not modified, not copied)
     */
    final void start(int[] nearest, double[] distance) {
        pending = new Start(nearest, distance);
    }

    /** @return the bounds handed to {@link #start} since the last call, or {@code null}; clears them */
    final Start takeStart() {
        Start start = pending;
        pending = null;
        return start;
    }

    /** Exact bounds for a first pass, see {@link #start}. */
    record Start(int[] nearest, double[] distance) {
    }

    /** @return the pruning margin */
    final double slack() {
        return slack;
    }

    /**
     * Starts a pass.
     *
     * @param centers the centres of this pass, flat row-major {@code k × d} (not modified, not kept beyond the pass)
     * @param drift   how far each centre moved since the previous pass (Euclidean distance), or {@code null} on the
     *                first pass, when no bound exists yet
     */
    abstract void prepare(double[] centers, double[] drift);

    /**
     * Assigns rows {@code [from, to)}.
     *
     * @param from    the first row
     * @param to      one past the last row
     * @param centers the centres given to {@link #prepare} (not modified)
     * @param labels  the labels of all rows (modified in {@code [from, to)}; {@code -1} before the first pass)
     * @param sums    this range's {@code k × d} sums of rows per label (modified: added to), or {@code null}
     * @param counts  this range's row counts per label (modified: added to), or {@code null}
     * @return the number of rows whose label changed
     */
    abstract int assign(int from, int to, double[] centers, int[] labels, double[] sums, int[] counts);

    /** Adds row {@code i} to the sum and count of {@code label}, when sums are wanted. */
    final void accumulate(int i, int label, double[] sums, int[] counts) {
        if (sums == null) {
            return;
        }
        counts[label]++;
        int s = label * d;
        int r = i * d;
        for (int j = 0; j < d; j++) {
            sums[s + j] += x[r + j];
        }
    }

    /**
     * Creates the kernel of an algorithm.
     *
     * @param algorithm a concrete algorithm (not {@code AUTO})
     * @param x         the rows, flat row-major
     * @param n         the number of rows
     * @param d         the number of columns
     * @param k         the number of centres
     * @param diameter  an upper bound of the distance between two rows, for the pruning margin
     * @return a fresh kernel
     */
    static AssignmentKernel create(KMeans.Algorithm algorithm, double[] x, int n, int d, int k, double diameter) {
        double slack = Tolerances.RELATIVE_SLACK * diameter;
        switch (algorithm) {
            case LLOYD:
                return new LloydKernel(x, n, d, k, slack);
            case HAMERLY:
                return new HamerlyKernel(x, n, d, k, slack);
            case ELKAN:
                return new ElkanKernel(x, n, d, k, slack);
            default:
                throw new IllegalArgumentException("not a concrete algorithm: " + algorithm);
        }
    }
}
