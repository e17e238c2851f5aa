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
    private int longest;
    private int largestCode = -1;

    /** Adds the itemset {@code codes[0 .. length)}, given in ascending order. */
    void addAscending(int[] codes, int length, int count) {
        int[] row = new int[length + 1];
        System.arraycopy(codes, 0, row, 0, length);
        row[length] = count;
        append(row);
        longest = Math.max(longest, length);
        largestCode = Math.max(largestCode, row[length - 1]);
    }

    /** Adds the itemset {@code codes[0 .. length)}, given in any order (descending, FP-Growth's usual, is cheapest). */
    void addUnordered(int[] codes, int length, int count) {
        int[] row = new int[length + 1];
        boolean descending = true;
        for (int i = 1; i < length && descending; i++) {
            descending = codes[i - 1] > codes[i];
        }
        if (descending) {
            for (int i = 0; i < length; i++) {
                row[i] = codes[length - 1 - i];
            }
        } else {
            for (int i = 0; i < length; i++) {
                int code = codes[i];
                int j = i - 1;
                while (j >= 0 && row[j] > code) {
                    row[j + 1] = row[j];
                    j--;
                }
                row[j + 1] = code;
            }
        }
        row[length] = count;
        append(row);
        longest = Math.max(longest, length);
        largestCode = Math.max(largestCode, row[length - 1]);
    }

    private void append(int[] row) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, 2 * size);
        }
        rows[size++] = row;
    }

    /**
     * The rows (codes then count) in canonical order: a counting sort by size, then each size's rows by radix sort
     * on their codes ({@link CodeRows}), in time linear in the number of codes collected.
     */
    int[][] sortedRows() {
        int[] start = new int[longest + 2];
        for (int i = 0; i < size; i++) {
            start[rows[i].length]++;
        }
        int sum = 0;
        for (int length = 0; length < start.length; length++) {
            int count = start[length];
            start[length] = sum;
            sum += count;
        }
        int[] next = start.clone();
        int[][] sorted = new int[size][];
        for (int i = 0; i < size; i++) {
            sorted[next[rows[i].length]++] = rows[i];
        }
        for (int length = 2; length < start.length; length++) {
            int end = length + 1 < start.length ? start[length + 1] : size;
            CodeRows.sort(sorted, start[length], end, largestCode + 1, 1);
        }
        return sorted;
    }
}
