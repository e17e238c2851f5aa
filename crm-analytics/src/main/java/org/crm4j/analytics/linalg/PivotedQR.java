package org.crm4j.analytics.linalg;

/**
 * Householder QR with column pivoting of a small square matrix (typically the triangle of {@link TallQR}), with
 * numerical rank detection and the triangular solves needed by least squares.
 *
 * <p>Pivoting is scale-invariant: at step k the column with the largest remaining norm <em>relative to its own
 * original norm</em> is brought forward (Businger–Golub pivoting on the column-equilibrated matrix), so multiplying a
 * column by a constant changes neither the pivot order nor the fitted values. A column whose remaining norm is at most
 * {@code tolerance} times its original norm lies, to that tolerance, in the span of the columns before it: the
 * factorisation stops there and reports the numerical rank.
 *
 * <p>References: P. Businger and G. H. Golub, Linear least squares solutions by Householder transformations,
 * <i>Numer. Math.</i> 7 (1965) 269–276; Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., §5.4.2.
 */
public final class PivotedQR {

    private final int p;
    private final double[] r;      // row-major p × p upper triangle, columns in pivot order
    private final double[] c;      // Qᵀ b for the right-hand side given at construction
    private final int[] pivot;     // pivot[k] = original index of the k-th column
    private final int rank;
    private final double smallestRatio;
    private final int firstRejected;

    private PivotedQR(int p, double[] r, double[] c, int[] pivot, int rank, double smallestRatio, int firstRejected) {
        this.p = p;
        this.r = r;
        this.c = c;
        this.pivot = pivot;
        this.rank = rank;
        this.smallestRatio = smallestRatio;
        this.firstRejected = firstRejected;
    }

    /**
     * Factors {@code A P = Q R} for the leading p × p block of a row-major m × m array, carrying the first p entries
     * of column p (the right-hand side) along.
     *
     * @param a         row-major m × m matrix with m = p + 1 (not modified)
     * @param p         the number of columns to factor
     * @param tolerance relative remaining-norm threshold for rank detection, in (0, 1)
     * @return the factorisation
     */
    public static PivotedQR of(double[] a, int p, double tolerance) {
        int m = p + 1;
        double[] w = new double[p * p];
        double[] b = new double[p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(a, i * m, w, i * p, p);
            b[i] = a[i * m + p];
        }
        int[] pivot = new int[p];
        double[] original = new double[p];
        double[] remaining = new double[p];
        for (int j = 0; j < p; j++) {
            pivot[j] = j;
            double s = 0;
            for (int i = 0; i < p; i++) {
                s += w[i * p + j] * w[i * p + j];
            }
            original[j] = Math.sqrt(s);
        }
        int rank = p;
        double smallest = 1.0;
        int rejected = -1;
        for (int k = 0; k < p; k++) {
            int best = -1;
            double bestRatio = -1;
            for (int j = k; j < p; j++) {
                double s = 0; // recompute remaining norms exactly: p is small
                for (int i = k; i < p; i++) {
                    s += w[i * p + j] * w[i * p + j];
                }
                remaining[j] = Math.sqrt(s);
                double ratio = original[j] == 0 ? 0 : remaining[j] / original[j];
                if (ratio > bestRatio) {
                    bestRatio = ratio;
                    best = j;
                }
            }
            if (!(bestRatio > tolerance)) {
                rank = k;
                rejected = pivot[best];
                smallest = Math.max(bestRatio, 0);
                break;
            }
            smallest = Math.min(smallest, bestRatio);
            swapColumns(w, p, k, best);
            double t = original[k];
            original[k] = original[best];
            original[best] = t;
            int tp = pivot[k];
            pivot[k] = pivot[best];
            pivot[best] = tp;
            reflect(w, b, p, k);
        }
        return new PivotedQR(p, w, b, pivot, rank, smallest, rejected);
    }

    private static void swapColumns(double[] w, int p, int a, int b) {
        if (a == b) {
            return;
        }
        for (int i = 0; i < p; i++) {
            double t = w[i * p + a];
            w[i * p + a] = w[i * p + b];
            w[i * p + b] = t;
        }
    }

    private static void reflect(double[] w, double[] b, int p, int k) {
        double norm = 0;
        for (int i = k; i < p; i++) {
            norm = Math.hypot(norm, w[i * p + k]);
        }
        double head = w[k * p + k];
        double alpha = head > 0 ? -norm : norm;
        double[] v = new double[p - k];
        v[0] = head - alpha;
        for (int i = k + 1; i < p; i++) {
            v[i - k] = w[i * p + k];
        }
        double vv = 0;
        for (double e : v) {
            vv += e * e;
        }
        if (vv == 0) {
            return;
        }
        for (int j = k + 1; j < p; j++) {
            double s = 0;
            for (int i = k; i < p; i++) {
                s += v[i - k] * w[i * p + j];
            }
            s *= 2 / vv;
            for (int i = k; i < p; i++) {
                w[i * p + j] -= s * v[i - k];
            }
        }
        double s = 0;
        for (int i = k; i < p; i++) {
            s += v[i - k] * b[i];
        }
        s *= 2 / vv;
        for (int i = k; i < p; i++) {
            b[i] -= s * v[i - k];
        }
        w[k * p + k] = alpha;
        for (int i = k + 1; i < p; i++) {
            w[i * p + k] = 0;
        }
    }

    /** @return the numerical rank: the number of columns factored before the tolerance stopped the pivoting */
    public int rank() {
        return rank;
    }

    /**
     * @return the original index of a column found to be (numerically) in the span of the pivot columns when the rank
     *         is below p, else -1
     */
    public int aliasedColumn() {
        return firstRejected;
    }

    /** @return the smallest relative remaining norm met (of the pivot columns, or of the first rejected one) */
    public double smallestRatio() {
        return smallestRatio;
    }

    /**
     * @param k a pivot position in [0, p)
     * @return the original index of the column at pivot position k
     */
    public int pivot(int k) {
        return pivot[k];
    }

    /**
     * Solves {@code R z = Qᵀ b} for the full-rank factorisation and returns the solution in original column order.
     *
     * @return the least-squares solution, length p
     * @throws IllegalStateException when the rank is below p
     */
    public double[] solve() {
        requireFullRank();
        double[] z = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = c[i];
            for (int j = i + 1; j < p; j++) {
                s -= r[i * p + j] * z[j];
            }
            z[i] = s / r[i * p + i];
        }
        double[] solution = new double[p];
        for (int k = 0; k < p; k++) {
            solution[pivot[k]] = z[k];
        }
        return solution;
    }

    /**
     * The diagonal of {@code (AᵀA)⁻¹ = P R⁻¹ R⁻ᵀ Pᵀ}: the squared norms of the rows of {@code R⁻¹}, in original
     * column order.
     *
     * @return the unscaled variances, length p
     * @throws IllegalStateException when the rank is below p
     */
    public double[] inverseGramDiagonal() {
        requireFullRank();
        double[] inv = new double[p * p]; // row-major upper triangle of R⁻¹
        for (int j = 0; j < p; j++) {
            inv[j * p + j] = 1.0 / r[j * p + j];
            for (int i = j - 1; i >= 0; i--) {
                double s = 0;
                for (int k = i + 1; k <= j; k++) {
                    s += r[i * p + k] * inv[k * p + j];
                }
                inv[i * p + j] = -s / r[i * p + i];
            }
        }
        double[] diagonal = new double[p];
        for (int i = 0; i < p; i++) {
            double s = 0;
            for (int j = i; j < p; j++) {
                s += inv[i * p + j] * inv[i * p + j];
            }
            diagonal[pivot[i]] = s;
        }
        return diagonal;
    }

    /**
     * The quadratic form {@code aᵀ(AᵀA)⁻¹a = ‖R⁻ᵀPᵀa‖²}, by one forward substitution.
     *
     * @param a a vector in original column order, length p (not modified)
     * @return the quadratic form
     * @throws IllegalStateException when the rank is below p
     */
    public double inverseGramQuadratic(double[] a) {
        return inverseGramQuadratic(a, new double[p]);
    }

    /**
     * As {@link #inverseGramQuadratic(double[])}, with a caller-supplied work array (for loops over many rows).
     *
     * @param a    a vector in original column order, length p (not modified)
     * @param work a work array of length at least p (modified)
     * @return the quadratic form
     * @throws IllegalStateException when the rank is below p
     */
    public double inverseGramQuadratic(double[] a, double[] work) {
        requireFullRank();
        double[] z = work;
        double sum = 0;
        for (int i = 0; i < p; i++) {
            double s = a[pivot[i]];
            for (int k = 0; k < i; k++) {
                s -= r[k * p + i] * z[k];
            }
            z[i] = s / r[i * p + i];
            sum += z[i] * z[i];
        }
        return sum;
    }

    /**
     * Solves {@code (AᵀA) u = v} as {@code u = P R⁻¹ R⁻ᵀ Pᵀ v} (one forward and one back substitution).
     *
     * @param v the right-hand side in original column order, length p (not modified)
     * @return u in original column order
     * @throws IllegalStateException when the rank is below p
     */
    public double[] solveGram(double[] v) {
        requireFullRank();
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = v[pivot[i]];
            for (int k = 0; k < i; k++) {
                s -= r[k * p + i] * z[k];
            }
            z[i] = s / r[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int j = i + 1; j < p; j++) {
                s -= r[i * p + j] * z[j];
            }
            z[i] = s / r[i * p + i];
        }
        double[] u = new double[p];
        for (int k = 0; k < p; k++) {
            u[pivot[k]] = z[k];
        }
        return u;
    }

    private void requireFullRank() {
        if (rank < p) {
            throw new IllegalStateException("the matrix is rank deficient: rank " + rank + " < " + p);
        }
    }
}
