package org.crm4j.analytics.association;

/**
 * Lexicographic sorting of rows of item codes by MSD radix sort: the rows are bucketed by their code at one
 * position (a counting sort over the {@code items} codes, rows that end before that position first), then every
 * bucket by the next position; buckets of fewer than {@value #SMALL} rows are finished by insertion sort. Cost
 * {@code O(total codes + items · buckets)}, against {@code O(n log n)} comparisons of a comparison sort, which
 * dominated the mining of small databases. The order is that of {@link java.util.Arrays#compare(int[], int[])} on
 * the compared prefixes.
 */
final class CodeRows {

    private static final int SMALL = 24;

    private CodeRows() {
    }

    /**
     * Sorts {@code rows[from .. to)} lexicographically by their first {@code row.length - tail} codes.
     *
     * @param rows  the rows (modified: reordered in {@code [from, to)}; the rows themselves are not modified)
     * @param from  the first row
     * @param to    one past the last row
     * @param items the number of codes: every compared code is in {@code [0, items)}
     * @param tail  how many trailing values of each row are not part of its key (0 or 1: a count)
     */
    static void sort(int[][] rows, int from, int to, int items, int tail) {
        if (to - from > 1) {
            sort(rows, new int[to - from][], from, to, 0, items, tail);
        }
    }

    private static void sort(int[][] rows, int[][] aux, int lo, int hi, int depth, int items, int tail) {
        if (hi - lo < SMALL) {
            insertionSort(rows, lo, hi, depth, tail);
            return;
        }
        // bucket 0: rows whose key ends before depth; bucket c + 1: rows whose code at depth is c
        int[] start = new int[items + 2];
        for (int i = lo; i < hi; i++) {
            start[bucket(rows[i], depth, tail) + 1]++;
        }
        int sum = lo;
        for (int b = 0; b < start.length; b++) {
            int count = start[b];
            start[b] = sum;
            sum += count;
        }
        int[] next = start.clone();
        for (int i = lo; i < hi; i++) {
            int[] row = rows[i];
            aux[next[bucket(row, depth, tail) + 1]++ - lo] = row;
        }
        System.arraycopy(aux, 0, rows, lo, hi - lo);
        for (int b = 1; b < start.length; b++) {
            int end = b + 1 < start.length ? start[b + 1] : hi;
            if (end - start[b] > 1) {
                sort(rows, aux, start[b], end, depth + 1, items, tail);
            }
        }
    }

    /** @return the code of {@code row} at {@code depth}, or -1 when its key is shorter */
    private static int bucket(int[] row, int depth, int tail) {
        return depth < row.length - tail ? row[depth] : -1;
    }

    private static void insertionSort(int[][] rows, int lo, int hi, int depth, int tail) {
        for (int i = lo + 1; i < hi; i++) {
            int[] row = rows[i];
            int j = i - 1;
            while (j >= lo && compare(rows[j], row, depth, tail) > 0) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }

    /** Compares the keys of two rows from {@code depth} on (their first {@code depth} codes are equal). */
    private static int compare(int[] a, int[] b, int depth, int tail) {
        int la = a.length - tail;
        int lb = b.length - tail;
        int length = Math.min(la, lb);
        for (int i = depth; i < length; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(la, lb);
    }
}
