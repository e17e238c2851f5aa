package org.crm4j.analytics.cluster;

import java.util.SplittableRandom;

/** Seeded test data: Gaussian blobs around well separated centres, and plain uniform noise. */
final class Blobs {

    private Blobs() {
    }

    /**
     * @param seed    the seed
     * @param n       rows
     * @param d       columns
     * @param blobs   number of blobs; blob {@code b} is centred at {@code 20·b} on every axis
     * @param spread  standard deviation of every blob
     * @return the rows, row {@code i} in blob {@code i mod blobs}
     */
    static double[][] gaussian(long seed, int n, int d, int blobs, double spread) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = 20.0 * (i % blobs) + spread * gaussian(random);
            }
        }
        return x;
    }

    /**
     * @param seed   the seed
     * @param n      rows
     * @param d      columns
     * @param levels if positive, values are rounded to {@code levels} integer levels (ties and duplicates)
     * @return uniform rows in {@code [0, 1)} or integers in {@code [0, levels)}
     */
    static double[][] uniform(long seed, int n, int d, int levels) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = levels > 0 ? random.nextInt(levels) : random.nextDouble();
            }
        }
        return x;
    }

    /** @return the number of distinct rows */
    static int distinctRows(double[][] x) {
        java.util.Set<java.util.List<Double>> rows = new java.util.HashSet<>();
        for (double[] row : x) {
            java.util.List<Double> key = new java.util.ArrayList<>();
            for (double v : row) {
                key.add(v == 0 ? 0.0 : v);
            }
            rows.add(key);
        }
        return rows.size();
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
