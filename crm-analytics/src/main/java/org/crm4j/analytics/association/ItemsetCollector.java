package org.crm4j.analytics.association;

import java.util.Arrays;

/**
 * Collects the coded itemsets a miner finds, then hands them out in the canonical order of
 * {@link FrequentItemsets}: by size, then lexicographically by ascending codes.
 *
 * <p>Each row is stored as its ascending codes followed by its count in the last slot.
 */
final class ItemsetCollector {

    private int[][] rows = new int[64][];
    private int size;

    /** Adds the itemset {@code codes[0 .. length)}, given in ascending order. */
    void addAscending(int[] codes, int length, int count) {
        int[] row = new int[length + 1];
        System.arraycopy(codes, 0, row, 0, length);
        row[length] = count;
        append(row);
    }

    /** Adds the itemset {@code codes[0 .. length)}, given in any order. */
    void addUnordered(int[] codes, int length, int count) {
        int[] row = new int[length + 1];
        System.arraycopy(codes, 0, row, 0, length);
        Arrays.sort(row, 0, length);
        row[length] = count;
        append(row);
    }

    private void append(int[] row) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, 2 * size);
        }
        rows[size++] = row;
    }

    /** The rows (codes then count) in canonical order. */
    int[][] sortedRows() {
        int[][] sorted = Arrays.copyOf(rows, size);
        Arrays.sort(sorted, ItemsetCollector::compareRows);
        return sorted;
    }

    private static int compareRows(int[] a, int[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        for (int i = 0; i < a.length - 1; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
