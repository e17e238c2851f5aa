package org.crm4j.analytics.linalg;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The triangular factor of a tall matrix {@code A = [X | y]} (n × m, n ≫ m) by Householder reflections applied one
 * row block at a time (TSQR): the rows are cut into segments, each segment is folded block by block into its own
 * m × m upper triangle with m structured reflections per block, and the segment triangles are then stacked and
 * reduced in segment order. Each block is copied column-major into a work array of about 64 KiB, so every reflection
 * streams through contiguous, cache-resident columns, whatever the length of the data; the caller's rows are read
 * once.
 *
 * <p>Threads: segments are factored concurrently on up to {@code threads} plain Java threads (the calling thread
 * works too, so one thread starts none). The cut into segments depends on n and m only, and the triangles are
 * combined in a fixed order, so the result is bit-for-bit the same whatever the number of threads.
 *
 * <p>Centring: {@link #of} with an intercept factors {@code [1 | X - 1 x̄ᵀ | y - ȳ]} with the weighted means computed in the same
 * pass. Each segment centres its rows on the mean of its first (positively weighted) block; since changing the shift
 * of a column is the column operation {@code A T}, whose triangle is {@code R T}, and the first column of {@code R}
 * is {@code (r₀₀, 0, …, 0)}, moving a segment to the exact global mean only adds {@code r₀₀ (shift - mean)} to the
 * first row of its triangle. A problem that fits in one block is centred on its exact mean before factoring.
 *
 * <p>Cost: about {@code 2 n m²} flops, as for an unblocked Householder QR, plus {@code 2 m³} per extra segment;
 * extra memory one 64 KiB block per thread and one m × m triangle per segment (at most 64). The result is the
 * {@code R} of a backward-stable QR factorisation of {@code A} (up to the signs of its rows); {@code Q} is not
 * formed. With {@code y} as last column, {@code R[0..m-2][m-1]} is {@code Qᵀy} restricted to the column space and
 * {@code |R[m-1][m-1]|} is the norm of the least-squares residual.
 *
 * <p>References: G. H. Golub and C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., §5.2.2 (Householder QR) and
 * §5.2.4; J. Demmel, L. Grigori, M. Hoemmen and J. Langou, Communication-optimal parallel and sequential QR and LU
 * factorizations, <i>SIAM J. Sci. Comput.</i> 34 (2012) A206–A239 (TSQR).
 */
public final class TallQR {

    private static final int BLOCK_BYTES = 64 * 1024;
    /** Smallest segment, in blocks: below this a thread hand-off costs more than it saves. */
    private static final int MIN_SEGMENT_BLOCKS = 16;
    /** Largest number of segments. */
    private static final int MAX_SEGMENTS = 64;
    /** Bound on the doubles held by the segment triangles together (16 MiB). */
    private static final int SEGMENT_STORAGE = 1 << 21;

    private final double[] triangle;
    private final double[] xMean;
    private final double yMean;

    TallQR(double[] triangle, double[] xMean, double yMean) {
        this.triangle = triangle;
        this.xMean = xMean;
        this.yMean = yMean;
    }

    /**
     * Computes the m × m triangular factor of the design {@code [1 | X - 1 xShiftᵀ | y - yShift]} (or without the
     * column of ones), each row scaled by the square root of its weight, on the calling thread.
     *
     * @param x         the predictors, n rows of p values (not modified; assumed checked by the caller)
     * @param y         the responses, length n (not modified)
     * @param weights   the observation weights, length n, or null for unit weights (not modified)
     * @param intercept whether to prepend a column of ones
     * @param xShift    a value subtracted from each column of x (e.g. its mean), length p, or null for none
     * @param yShift    a value subtracted from y
     * @return {@code R} as a row-major m × m array ({@code m = p + 1 + (intercept ? 1 : 0)}), zero below the
     *         diagonal
     */
    public static double[] factor(double[][] x, double[] y, double[] weights, boolean intercept, double[] xShift,
                                  double yShift) {
        return run(x, y, weights, intercept, false, xShift, yShift, 1).triangle;
    }

    /**
     * With an intercept, computes the (p + 2) × (p + 2) triangular factor of {@code [1 | X - 1 x̄ᵀ | y - ȳ]}, where
     * {@code x̄} and {@code ȳ} are the weighted means, found in the same pass; without, the (p + 1) × (p + 1) factor
     * of {@code [X | y]}. Each row is scaled by the square root of its weight.
     *
     * @param x         the predictors, n rows of p values (not modified; assumed checked by the caller)
     * @param y         the responses, length n (not modified)
     * @param weights   the observation weights, length n, with a positive sum, or null for unit weights (not
     *                  modified)
     * @param intercept whether to centre and prepend a column of ones
     * @param threads   the number of threads to use, {@code ≥ 1}; the result does not depend on it
     * @return the factor, and the means with an intercept
     */
    public static TallQR of(double[][] x, double[] y, double[] weights, boolean intercept, int threads) {
        return run(x, y, weights, intercept, intercept, null, 0, threads);
    }

    /**
     * The same factor as {@link #of} (up to the signs of its rows), from the normal equations: the Gram matrix of
     * {@code [X | y]} (centred, weighted) is accumulated row block by row block and factored by Cholesky. About
     * {@code n m²} flops against {@code 2 n m²}, in a kernel the JIT vectorises (four rows per pass through the Gram
     * rows), so several times faster than {@link #of} on tall data; but its error grows with the square of the
     * condition number, so a caller must check the factor's conditioning (see {@code LinearRegression}) and fall
     * back to {@link #of} when it is not small.
     *
     * <p>Rounding: each block's Gram matrix (at most 64 KiB of rows) is formed on its own and added to its segment's,
     * so a sum has at most a block's plus the number of blocks' terms in sequence. Centring: each segment shifts its
     * rows by the mean of its first positively weighted block, and the segments are combined with their exact
     * means (Chan, Golub and LeVeque's update), so nothing cancels. Threads and segments as in {@link #of}: the
     * result does not depend on the number of threads.
     *
     * @param x         the predictors, n rows of p values (not modified; assumed checked by the caller)
     * @param y         the responses, length n (not modified)
     * @param weights   the observation weights, length n, with a positive sum, or null for unit weights
     * @param intercept whether to centre and prepend a column of ones
     * @param threads   the number of threads to use, {@code ≥ 1}
     * @return the factor and the means, or null when the Cholesky factorisation breaks down (a pivot that is not
     *         positive: the Gram matrix is singular to working precision)
     */
    public static TallQR ofGram(double[][] x, double[] y, double[] weights, boolean intercept, int threads) {
        return Gram.factor(x, y, weights, intercept, threads);
    }

    /** @return {@code R}, row-major, zero below the diagonal (the internal array: callers must not modify it) */
    public double[] triangle() {
        return triangle;
    }

    /** @return the weighted column means of x, with an intercept, else null (the internal array: do not
     *         modify) */
    public double[] xMean() {
        return xMean;
    }

    /** @return the weighted mean of y, with an intercept, else 0 */
    public double yMean() {
        return yMean;
    }

    private static TallQR run(double[][] x, double[] y, double[] weights, boolean intercept, boolean centre,
                              double[] xShift, double yShift, int threads) {
        int n = x.length;
        int p = x[0].length;
        int m = p + (intercept ? 1 : 0) + 1;
        int blockRows = Math.max(8, Math.min(n, BLOCK_BYTES / (8 * m)));
        int blocks = (n + blockRows - 1) / blockRows;
        int maxSegments = Math.max(1, Math.min(MAX_SEGMENTS, SEGMENT_STORAGE / (m * m)));
        int segments = Math.max(1, Math.min(maxSegments, blocks / MIN_SEGMENT_BLOCKS));
        int segmentRows = (blocks + segments - 1) / segments * blockRows;
        segments = (n + segmentRows - 1) / segmentRows;
        Segment[] parts = new Segment[segments];
        int workers = Math.min(threads, segments);
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            double[] block = new double[m * blockRows];
            for (int s = next.getAndIncrement(); s < parts.length; s = next.getAndIncrement()) {
                Segment part = new Segment(x, y, weights, intercept, centre, m, blockRows, block);
                if (!centre && xShift != null) {
                    System.arraycopy(xShift, 0, part.shiftX, 0, p);
                }
                part.shiftY = centre ? 0 : yShift;
                part.fold(s * segmentRows, Math.min(n, (s + 1) * segmentRows));
                parts[s] = part;
            }
        };
        Workers.run(work, workers);

        double[] xMean = null;
        double yMean = 0;
        if (centre) {
            double sumW = 0;
            xMean = new double[p];
            for (Segment part : parts) {
                sumW += part.sumW;
                yMean += part.sumY;
                for (int j = 0; j < p; j++) {
                    xMean[j] += part.sumX[j];
                }
            }
            yMean /= sumW;
            for (int j = 0; j < p; j++) {
                xMean[j] /= sumW;
            }
            for (Segment part : parts) {
                double[] r = part.r;
                double r00 = r[0];
                for (int j = 0; j < p; j++) {
                    r[j + 1] += r00 * (part.shiftX[j] - xMean[j]);
                }
                r[m - 1] += r00 * (part.shiftY - yMean);
            }
        }
        double[] r = parts[0].r;
        double[] stacked = new double[m * m];
        for (int s = 1; s < segments; s++) {
            double[] rs = parts[s].r;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    stacked[j * m + i] = rs[i * m + j]; // column-major
                }
            }
            Reflections.annihilate(r, m, stacked, m, m);
        }
        return new TallQR(r, xMean, yMean);
    }

    /** One segment of rows: its triangle, the shift its rows were centred on, and its weighted sums. */
    private static final class Segment {
        private final double[][] x;
        private final double[] y;
        private final double[] weights;
        private final boolean centre;
        private final int offset;
        private final int m;
        private final int ld;
        private final double[] block;
        final double[] r;
        final double[] shiftX;
        double shiftY;
        final double[] sumX;
        double sumY;
        double sumW;

        Segment(double[][] x, double[] y, double[] weights, boolean intercept, boolean centre, int m, int ld,
                double[] block) {
            this.x = x;
            this.y = y;
            this.weights = weights;
            this.centre = centre;
            this.offset = intercept ? 1 : 0;
            this.m = m;
            this.ld = ld;
            this.block = block;
            this.r = new double[m * m];
            this.shiftX = new double[m - 1 - offset];
            this.sumX = new double[m - 1 - offset];
        }

        /** Folds rows {@code [from, to)} into {@link #r}, block by block. */
        void fold(int from, int to) {
            boolean shifted = !centre;
            for (int start = from; start < to; start += ld) {
                int rows = Math.min(ld, to - start);
                if (!shifted) {
                    // the first block with weight: centre it on its own mean, the rest of the segment on the same
                    sum(start, rows);
                    if (sumW > 0) {
                        for (int j = 0; j < shiftX.length; j++) {
                            shiftX[j] = sumX[j] / sumW;
                        }
                        shiftY = sumY / sumW;
                        shifted = true;
                    }
                    fill(start, rows, false);
                } else {
                    fill(start, rows, centre);
                }
                Reflections.annihilate(r, m, block, ld, rows);
            }
        }

        /** Adds the weighted sums of the rows to {@link #sumW}, {@link #sumX}, {@link #sumY}. */
        private void sum(int start, int rows) {
            int p = sumX.length;
            for (int row = start; row < start + rows; row++) {
                double w = weights == null ? 1.0 : weights[row];
                double[] xi = x[row];
                sumW += w;
                sumY += w * y[row];
                for (int j = 0; j < p; j++) {
                    sumX[j] += w * xi[j];
                }
            }
        }

        /** Copies the shifted, weighted rows into the block; also sums them when {@code accumulate}. */
        private void fill(int start, int rows, boolean accumulate) {
            int p = sumX.length;
            int last = (m - 1) * ld;
            for (int i = 0; i < rows; i++) {
                int row = start + i;
                double w = weights == null ? 1.0 : weights[row];
                double s = weights == null ? 1.0 : Math.sqrt(w);
                double[] xi = x[row];
                if (offset == 1) {
                    block[i] = s;
                }
                for (int j = 0, c = offset * ld + i; j < p; j++, c += ld) {
                    block[c] = s * (xi[j] - shiftX[j]);
                }
                block[last + i] = s * (y[row] - shiftY);
                if (accumulate) {
                    sumW += w;
                    sumY += w * y[row];
                    for (int j = 0; j < p; j++) {
                        sumX[j] += w * xi[j];
                    }
                }
            }
        }
    }
}
