package org.crm4j.analytics.tree;

/**
 * The training features by column, with each column's row indices sorted once by value (ascending, ties by row
 * index). Trees are grown from these orders without ever sorting again; a forest shares one instance.
 */
final class Presorted {

    final int rows;
    final int features;
    /** {@code columns[f][i]}: feature {@code f} of row {@code i}. */
    final double[][] columns;
    /** {@code order[f]}: the row indices sorted by {@code columns[f]}. */
    final int[][] order;

    private Presorted(double[][] columns, int[][] order) {
        this.columns = columns;
        this.order = order;
        this.features = columns.length;
        this.rows = columns[0].length;
    }

    /** Copies {@code x} (validated, rectangular, finite) into columns and sorts each column's indices. */
    static Presorted of(double[][] x) {
        int n = x.length;
        int d = x[0].length;
        double[][] columns = new double[d][n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < d; f++) {
                columns[f][i] = x[i][f];
            }
        }
        int[][] order = new int[d][];
        int[] buffer = new int[n];
        for (int f = 0; f < d; f++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            mergeSort(idx, buffer, 0, n, columns[f]);
            order[f] = idx;
        }
        return new Presorted(columns, order);
    }

    /** Stable merge sort of {@code idx[from, to)} by {@code key[idx[i]]}; no boxing. */
    private static void mergeSort(int[] idx, int[] buffer, int from, int to, double[] key) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int v = idx[i];
                double k = key[v];
                int j = i - 1;
                while (j >= from && key[idx[j]] > k) {
                    idx[j + 1] = idx[j];
                    j--;
                }
                idx[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(idx, buffer, from, mid, key);
        mergeSort(idx, buffer, mid, to, key);
        if (key[idx[mid - 1]] <= key[idx[mid]]) {
            return;
        }
        System.arraycopy(idx, from, buffer, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            idx[k++] = key[buffer[j]] < key[buffer[i]] ? buffer[j++] : buffer[i++];
        }
        while (i < mid) {
            idx[k++] = buffer[i++];
        }
        while (j < to) {
            idx[k++] = buffer[j++];
        }
    }
}
