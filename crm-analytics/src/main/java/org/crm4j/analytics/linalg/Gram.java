package org.crm4j.analytics.linalg;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** The normal-equations path of {@link TallQR#ofGram}: blocked, centred Gram matrices and a Cholesky factor. */
final class Gram {

    private static final int BLOCK_BYTES = 64 * 1024;
    private static final int MIN_SEGMENT_BLOCKS = 16;
    private static final int MAX_SEGMENTS = 64;

    private Gram() {
    }

    /** {@code q} rounded up to a multiple of 4: the block has zero columns up to there. */
    static int padded(int q) {
        return (q + 3) & ~3;
    }

    static TallQR factor(double[][] x, double[] y, double[] weights, boolean intercept, int threads) {
        int n = x.length;
        int p = x[0].length;
        int q = p + 1;
        int blockRows = Math.max(8, Math.min(n, BLOCK_BYTES / (8 * q)));
        int blocks = (n + blockRows - 1) / blockRows;
        int segments = Math.max(1, Math.min(MAX_SEGMENTS, blocks / MIN_SEGMENT_BLOCKS));
        int segmentRows = (blocks + segments - 1) / segments * blockRows;
        segments = (n + segmentRows - 1) / segmentRows;
        Segment[] parts = new Segment[segments];
        AtomicInteger next = new AtomicInteger();
        int count = segments;
        Runnable work = () -> {
            double[] block = new double[padded(q) * blockRows];
            for (int s = next.getAndIncrement(); s < count; s = next.getAndIncrement()) {
                Segment part = new Segment(x, y, weights, intercept, q, blockRows, block);
                part.fold(s * segmentRows, Math.min(n, (s + 1) * segmentRows));
                parts[s] = part;
            }
        };
        Workers.run(work, Math.min(threads, segments));

        double[] gram = new double[q * q];
        double[] mean = new double[q];
        double sumW = 0;
        if (intercept) {
            for (Segment part : parts) {
                sumW += part.sumW;
                for (int j = 0; j < q; j++) {
                    mean[j] += part.sumW * part.shift[j] + part.sum[j];
                }
            }
            for (int j = 0; j < q; j++) {
                mean[j] /= sumW;
            }
        }
        double[] d = new double[q];
        for (Segment part : parts) {
            double[] g = part.gram;
            if (intercept && part.sumW > 0) {
                // Σ w (z - m)(z - m)ᵀ = G_s - S Sᵀ / W_s + W_s (m_s - m)(m_s - m)ᵀ, m_s = shift + S / W_s
                for (int j = 0; j < q; j++) {
                    d[j] = part.shift[j] + part.sum[j] / part.sumW - mean[j];
                }
                for (int j = 0; j < q; j++) {
                    for (int l = j; l < q; l++) {
                        gram[j * q + l] += g[j * q + l] - part.sum[j] * part.sum[l] / part.sumW
                                + part.sumW * d[j] * d[l];
                    }
                }
            } else {
                for (int j = 0; j < q; j++) {
                    for (int l = j; l < q; l++) {
                        gram[j * q + l] += g[j * q + l];
                    }
                }
            }
        }
        int m = q + (intercept ? 1 : 0);
        int o = intercept ? 1 : 0;
        double[] r = new double[m * m];
        if (intercept) {
            r[0] = Math.sqrt(sumW);
        }
        // upper Cholesky factor of the Gram matrix into r[o.., o..]
        for (int i = 0; i < q; i++) {
            double diagonal = gram[i * q + i];
            for (int k = 0; k < i; k++) {
                double rki = r[(k + o) * m + i + o];
                diagonal -= rki * rki;
            }
            if (!(diagonal > 0)) {
                return null;
            }
            double rii = Math.sqrt(diagonal);
            r[(i + o) * m + i + o] = rii;
            for (int j = i + 1; j < q; j++) {
                double v = gram[i * q + j];
                for (int k = 0; k < i; k++) {
                    v -= r[(k + o) * m + i + o] * r[(k + o) * m + j + o];
                }
                r[(i + o) * m + j + o] = v / rii;
            }
        }
        double[] xMean = null;
        double yMean = 0;
        if (intercept) {
            xMean = new double[p];
            System.arraycopy(mean, 0, xMean, 0, p);
            yMean = mean[p];
        }
        return new TallQR(r, xMean, yMean);
    }

    /** One segment of rows: its shifted Gram matrix (upper triangle), weighted sums and the shift. */
    private static final class Segment {
        private final double[][] x;
        private final double[] y;
        private final double[] weights;
        private final boolean centre;
        private final int q;
        private final int ld;
        private final double[] block;
        final double[] gram;
        final double[] shift;
        final double[] sum;
        double sumW;

        Segment(double[][] x, double[] y, double[] weights, boolean centre, int q, int ld, double[] block) {
            this.x = x;
            this.y = y;
            this.weights = weights;
            this.centre = centre;
            this.q = q;
            this.ld = ld;
            this.block = block;
            this.gram = new double[q * q];
            this.shift = new double[q];
            this.sum = new double[q];
        }

        void fold(int from, int to) {
            boolean shifted = !centre;
            for (int start = from; start < to; start += ld) {
                int rows = Math.min(ld, to - start);
                if (!shifted) {
                    double w = 0;
                    double[] total = new double[q];
                    for (int row = start; row < start + rows; row++) {
                        double wi = weights == null ? 1.0 : weights[row];
                        double[] xi = x[row];
                        w += wi;
                        for (int j = 0; j < q - 1; j++) {
                            total[j] += wi * xi[j];
                        }
                        total[q - 1] += wi * y[row];
                    }
                    if (w > 0) {
                        for (int j = 0; j < q; j++) {
                            shift[j] = total[j] / w;
                        }
                        shifted = true;
                    }
                }
                fill(start, rows);
                accumulate(rows);
            }
        }

        /**
         * Copies {@code √w (z - shift)} of the rows into the block, column by column (column {@code j} of row
         * {@code i} at {@code j·ld + i}; the padding columns stay zero), and adds {@code w (z - shift)} to the sums.
         */
        private void fill(int start, int rows) {
            int p = q - 1;
            for (int i = 0; i < rows; i++) {
                int row = start + i;
                double w = weights == null ? 1.0 : weights[row];
                double s = weights == null ? 1.0 : Math.sqrt(w);
                double[] xi = x[row];
                for (int j = 0, c = i; j < p; j++, c += ld) {
                    double v = xi[j] - shift[j];
                    block[c] = s * v;
                    sum[j] += w * v;
                }
                double v = y[row] - shift[p];
                block[p * ld + i] = s * v;
                sum[p] += w * v;
                sumW += w;
            }
            if (rows < ld) {
                // a short last block: rows beyond it must not count
                for (int j = 0; j < q; j++) {
                    Arrays.fill(block, j * ld + rows, (j + 1) * ld, 0.0);
                }
            }
        }

        /**
         * Adds the Gram matrix of the block (upper triangle) to {@link #gram}: 4 × 4 tiles of column dot products,
         * sixteen independent sums held in registers over the rows (eight loads per sixteen products).
         */
        private void accumulate(int rows) {
            int w = padded(q);
            double[] b = block;
            for (int jb = 0; jb < w; jb += 4) {
                int c0 = jb * ld;
                int c1 = c0 + ld;
                int c2 = c1 + ld;
                int c3 = c2 + ld;
                for (int lb = jb; lb < w; lb += 4) {
                    int e0 = lb * ld;
                    int e1 = e0 + ld;
                    int e2 = e1 + ld;
                    int e3 = e2 + ld;
                    double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
                    double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
                    double s20 = 0, s21 = 0, s22 = 0, s23 = 0;
                    double s30 = 0, s31 = 0, s32 = 0, s33 = 0;
                    for (int i = 0; i < ld; i++) {
                        double a0 = b[c0 + i];
                        double a1 = b[c1 + i];
                        double a2 = b[c2 + i];
                        double a3 = b[c3 + i];
                        double f0 = b[e0 + i];
                        double f1 = b[e1 + i];
                        double f2 = b[e2 + i];
                        double f3 = b[e3 + i];
                        s00 += a0 * f0;
                        s01 += a0 * f1;
                        s02 += a0 * f2;
                        s03 += a0 * f3;
                        s10 += a1 * f0;
                        s11 += a1 * f1;
                        s12 += a1 * f2;
                        s13 += a1 * f3;
                        s20 += a2 * f0;
                        s21 += a2 * f1;
                        s22 += a2 * f2;
                        s23 += a2 * f3;
                        s30 += a3 * f0;
                        s31 += a3 * f1;
                        s32 += a3 * f2;
                        s33 += a3 * f3;
                    }
                    add(jb, lb, s00, s01, s02, s03);
                    add(jb + 1, lb, s10, s11, s12, s13);
                    add(jb + 2, lb, s20, s21, s22, s23);
                    add(jb + 3, lb, s30, s31, s32, s33);
                }
            }
        }

        /** Adds one row of a tile to the Gram matrix, keeping the entries inside it and on or above the diagonal. */
        private void add(int j, int l, double v0, double v1, double v2, double v3) {
            if (j >= q) {
                return;
            }
            int at = j * q;
            if (l >= j && l < q) {
                gram[at + l] += v0;
            }
            if (l + 1 >= j && l + 1 < q) {
                gram[at + l + 1] += v1;
            }
            if (l + 2 >= j && l + 2 < q) {
                gram[at + l + 2] += v2;
            }
            if (l + 3 >= j && l + 3 < q) {
                gram[at + l + 3] += v3;
            }
        }
    }
}
