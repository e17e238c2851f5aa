package org.crm4j.analytics.cluster;

/**
 * Squared Euclidean distances between rows of flat row-major arrays, the one formula every K-means kernel and
 * quality measure uses, so that Lloyd, Hamerly and Elkan compare bit-identical numbers.
 *
 * <p>The sum runs over four interleaved accumulators (added as {@code (s0 + s1) + (s2 + s3)}, then the tail), which
 * lets the JIT keep four independent multiply-add chains in flight. The differences are formed directly, never as
 * {@code |x|² − 2x·c + |c|²}, so there is no cancellation: the result has a relative error of about
 * {@code d·2⁻⁵³}.
 */
final class Distances {

    private Distances() {
    }

    /**
     * Returns {@code Σⱼ (a[ao + j] − b[bo + j])²} for {@code j < d}.
     *
     * @param a  first array (not modified)
     * @param ao offset of the first row in {@code a}
     * @param b  second array (not modified)
     * @param bo offset of the second row in {@code b}
     * @param d  the number of coordinates
     * @return the squared distance, {@code ≥ 0}
     */
    static double squared(double[] a, int ao, double[] b, int bo, int d) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            double e0 = a[ao + j] - b[bo + j];
            double e1 = a[ao + j + 1] - b[bo + j + 1];
            double e2 = a[ao + j + 2] - b[bo + j + 2];
            double e3 = a[ao + j + 3] - b[bo + j + 3];
            s0 += e0 * e0;
            s1 += e1 * e1;
            s2 += e2 * e2;
            s3 += e3 * e3;
        }
        double s = (s0 + s1) + (s2 + s3);
        for (; j < d; j++) {
            double e = a[ao + j] - b[bo + j];
            s += e * e;
        }
        return s;
    }

    /**
     * Returns the index of the centre nearest to a row, the lowest index on ties.
     *
     * @param x       the rows, flat row-major (not modified)
     * @param xo      offset of the row
     * @param centers the centres, flat row-major {@code k × d} (not modified)
     * @param k       the number of centres
     * @param d       the number of coordinates
     * @return the index in {@code [0, k)}
     */
    static int nearest(double[] x, int xo, double[] centers, int k, int d) {
        int best = 0;
        double bestDistance = squared(x, xo, centers, 0, d);
        for (int c = 1; c < k; c++) {
            double dist = squared(x, xo, centers, c * d, d);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = c;
            }
        }
        return best;
    }

    /**
     * Copies a rectangular matrix into one flat row-major array.
     *
     * @param rows the matrix (not modified), already checked to be rectangular
     * @return an array of {@code rows.length × rows[0].length} values
     */
    static double[] flatten(double[][] rows) {
        int d = rows[0].length;
        double[] flat = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        return flat;
    }
}
