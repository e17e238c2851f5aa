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
        int[] indexBuffer = new int[n];
        double[] keys = new double[n];
        double[] keyBuffer = new double[n];
        for (int f = 0; f < d; f++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            System.arraycopy(columns[f], 0, keys, 0, n);
            mergeSort(keys, idx, keyBuffer, indexBuffer, 0, n);
            order[f] = idx;
        }
        return new Presorted(columns, order);
    }

    /**
     * Stable merge sort of {@code keys[from, to)}, moving {@code idx} along; keys travel with the indices so that
     * the merge reads memory sequentially. No boxing.
     */
    private static void mergeSort(double[] keys, int[] idx, double[] keyBuffer, int[] indexBuffer, int from, int to) {
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                double k = keys[i];
                int v = idx[i];
                int j = i - 1;
                while (j >= from && keys[j] > k) {
                    keys[j + 1] = keys[j];
                    idx[j + 1] = idx[j];
                    j--;
                }
                keys[j + 1] = k;
                idx[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(keys, idx, keyBuffer, indexBuffer, from, mid);
        mergeSort(keys, idx, keyBuffer, indexBuffer, mid, to);
        if (keys[mid - 1] <= keys[mid]) {
            return;
        }
        System.arraycopy(keys, from, keyBuffer, from, to - from);
        System.arraycopy(idx, from, indexBuffer, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (keyBuffer[j] < keyBuffer[i]) {
                keys[k] = keyBuffer[j];
                idx[k++] = indexBuffer[j++];
            } else {
                keys[k] = keyBuffer[i];
                idx[k++] = indexBuffer[i++];
            }
        }
        while (i < mid) {
            keys[k] = keyBuffer[i];
            idx[k++] = indexBuffer[i++];
        }
        while (j < to) {
            keys[k] = keyBuffer[j];
            idx[k++] = indexBuffer[j++];
        }
    }
}
