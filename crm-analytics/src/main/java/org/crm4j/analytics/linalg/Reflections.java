package org.crm4j.analytics.linalg;

/**
 * The Householder kernel of {@link TallQR}: folds a column-major block of rows into an upper triangle.
 */
final class Reflections {

    private Reflections() {
    }

    /**
     * Updates the triangle {@code r} (m × m, row-major) so that its Gram matrix also covers the block's rows
     * (column-major with leading dimension {@code ld}), by m Householder reflections of the stacked matrix
     * {@code [r; block]}; the block is overwritten. Each reflection is applied to four trailing columns per pass: one
     * pass forms their four dot products with u (u loaded once, four independent sums), one pass applies the four
     * rank-1 corrections; all loops run along contiguous columns. (Measured on the 1e6 × 51 benchmark: 20% faster
     * than one column per pass; eight columns, or two reflections per pass, were slower.)
     */
    static void annihilate(double[] r, int m, double[] block, int ld, int rows) {
        for (int k = 0; k < m; k++) {
            int ck = k * ld;
            double scale = Math.abs(r[k * m + k]);
            for (int i = 0; i < rows; i++) {
                scale = Math.max(scale, Math.abs(block[ck + i]));
            }
            if (scale == 0) {
                continue;
            }
            // v = [r_kk - alpha; B(:, k)] / scale with alpha = -sign(r_kk) ||[r_kk; B(:, k)]||; u = v / v0
            double head = r[k * m + k] / scale;
            double sum = head * head;
            for (int i = 0; i < rows; i++) {
                double v = block[ck + i] / scale;
                block[ck + i] = v;
                sum += v * v;
            }
            double norm = Math.sqrt(sum);
            double alpha = head > 0 ? -norm : norm;
            double v0 = head - alpha;
            double tau = -v0 / alpha;
            double inv = 1.0 / v0;
            for (int i = 0; i < rows; i++) {
                block[ck + i] *= inv;
            }
            r[k * m + k] = alpha * scale;
            int j = k + 1;
            for (; j + 3 < m; j += 4) { // four columns per pass: u is loaded once for four dot products
                int c0 = j * ld;
                int c1 = c0 + ld;
                int c2 = c1 + ld;
                int c3 = c2 + ld;
                double d0 = 0;
                double d1 = 0;
                double d2 = 0;
                double d3 = 0;
                for (int i = 0; i < rows; i++) {
                    double u = block[ck + i];
                    d0 += u * block[c0 + i];
                    d1 += u * block[c1 + i];
                    d2 += u * block[c2 + i];
                    d3 += u * block[c3 + i];
                }
                double s0 = tau * (r[k * m + j] + d0);
                double s1 = tau * (r[k * m + j + 1] + d1);
                double s2 = tau * (r[k * m + j + 2] + d2);
                double s3 = tau * (r[k * m + j + 3] + d3);
                r[k * m + j] -= s0;
                r[k * m + j + 1] -= s1;
                r[k * m + j + 2] -= s2;
                r[k * m + j + 3] -= s3;
                for (int i = 0; i < rows; i++) {
                    double u = block[ck + i];
                    block[c0 + i] -= s0 * u;
                    block[c1 + i] -= s1 * u;
                    block[c2 + i] -= s2 * u;
                    block[c3 + i] -= s3 * u;
                }
            }
            for (; j < m; j++) {
                int cj = j * ld;
                double s = tau * (r[k * m + j] + dot(block, ck, cj, rows));
                r[k * m + j] -= s;
                for (int i = 0; i < rows; i++) {
                    block[cj + i] -= s * block[ck + i];
                }
            }
        }
    }

    /** {@code Σ a[x + i] a[y + i]} over {@code rows} entries, with four independent partial sums. */
    private static double dot(double[] a, int x, int y, int rows) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            s0 += a[x + i] * a[y + i];
            s1 += a[x + i + 1] * a[y + i + 1];
            s2 += a[x + i + 2] * a[y + i + 2];
            s3 += a[x + i + 3] * a[y + i + 3];
        }
        for (; i < rows; i++) {
            s0 += a[x + i] * a[y + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
