package org.crm4j.analytics.association;

import java.util.Arrays;

/**
 * The level-wise search of {@link Apriori} over an encoded database. The frequent itemsets found so far are kept
 * in a prefix tree stored level by level in flat arrays: node {@code i} of level {@code d} (an itemset of
 * {@code d} items) has its last item in {@code item[d][i]}, its parent on level {@code d - 1} in
 * {@code parent[d][i]}, its count in {@code count[d][i]}, and its children on level {@code d + 1} in the index
 * range {@code [firstChild[d][i], firstChild[d][i + 1])}, sorted by item. Level 1 holds every frequent item, with
 * node index equal to item code.
 *
 * <p>Pass {@code k + 1}: join sibling pairs of level {@code k} into candidates, drop candidates with an infrequent
 * {@code k}-subset, count the rest in one scan of the transactions by walking the tree along each transaction,
 * keep the frequent ones (Agrawal &amp; Srikant 1994, Sections 2.1 and 2.1.1; the prefix tree replaces their hash
 * tree as in Borgelt 2003).
 */
final class AprioriLevels {

    private final int minCount;
    private final int maxLength;
    private final ItemsetCollector found;
    private int[][] rows;
    private int[][] item = new int[4][];
    private int[][] parent = new int[4][];
    private int[][] count = new int[4][];
    private int[][] firstChild = new int[4][];
    private int[] size = new int[4];

    AprioriLevels(EncodedTransactions<?> database, int maxLength, ItemsetCollector found) {
        this.minCount = database.minCount();
        this.maxLength = maxLength;
        this.found = found;
        this.rows = database.rows().clone();
        int m = database.itemCount();
        item[1] = new int[m];
        parent[1] = new int[m];
        count[1] = new int[m];
        size[1] = m;
        int[] code = new int[1];
        for (int i = 0; i < m; i++) {
            item[1][i] = i;
            parent[1][i] = -1;
            count[1][i] = database.count(i);
            code[0] = i;
            found.addAscending(code, 1, count[1][i]);
        }
    }

    /** Runs the passes {@code 2 .. maxLength}, stopping at the first level with no frequent itemset. */
    void run() {
        for (int k = 1; k < maxLength && size[k] >= 2; k++) {
            ensureLevels(k + 2);
            generate(k);
            if (size[k + 1] == 0) {
                return;
            }
            countCandidates(k + 1);
            keepFrequent(k + 1);
            emit(k + 1);
        }
    }

    private void ensureLevels(int levels) {
        if (item.length < levels) {
            int grown = Math.max(levels, 2 * item.length);
            item = Arrays.copyOf(item, grown);
            parent = Arrays.copyOf(parent, grown);
            count = Arrays.copyOf(count, grown);
            firstChild = Arrays.copyOf(firstChild, grown);
            size = Arrays.copyOf(size, grown);
        }
    }

    /** Makes the candidates of level {@code k + 1} from sibling pairs of level {@code k}; sets firstChild[k]. */
    private void generate(int k) {
        int[] items = new int[Math.max(16, size[k])];
        int[] parents = new int[items.length];
        int[] children = new int[size[k] + 1];
        int candidates = 0;
        int[] itemset = new int[k + 1];
        int[] subset = new int[k];
        int groups = k == 1 ? 1 : size[k - 1];
        for (int g = 0; g < groups; g++) {
            int start = k == 1 ? 0 : firstChild[k - 1][g];
            int end = k == 1 ? size[1] : firstChild[k - 1][g + 1];
            for (int a = start; a < end; a++) {
                children[a] = candidates;
                if (a + 1 < end) {
                    itemsetOf(k, a, itemset);
                }
                for (int b = a + 1; b < end; b++) {
                    itemset[k] = item[k][b];
                    if (!allSubsetsFrequent(itemset, k, subset)) {
                        continue;
                    }
                    if (candidates == items.length) {
                        items = Arrays.copyOf(items, 2 * candidates);
                        parents = Arrays.copyOf(parents, 2 * candidates);
                    }
                    items[candidates] = item[k][b];
                    parents[candidates] = a;
                    candidates++;
                }
            }
        }
        children[size[k]] = candidates;
        firstChild[k] = children;
        item[k + 1] = items;
        parent[k + 1] = parents;
        size[k + 1] = candidates;
    }

    /**
     * Whether the {@code k}-subsets of {@code itemset[0 .. k]} that leave out one of its first {@code k - 1} items
     * are frequent (the two others are the joined parents).
     */
    private boolean allSubsetsFrequent(int[] itemset, int k, int[] subset) {
        for (int skip = 0; skip < k - 1; skip++) {
            for (int i = 0, j = 0; i <= k; i++) {
                if (i != skip) {
                    subset[j++] = itemset[i];
                }
            }
            int node = subset[0];
            for (int d = 1; d < k && node >= 0; d++) {
                node = child(d, node, subset[d]);
            }
            if (node < 0) {
                return false;
            }
        }
        return true;
    }

    /** The child of node {@code node} of level {@code d} whose last item is {@code code}, or -1. */
    private int child(int d, int node, int code) {
        int end = firstChild[d][node + 1];
        int c = lowerBound(item[d + 1], firstChild[d][node], end, code);
        return c < end && item[d + 1][c] == code ? c : -1;
    }

    /** Counts the candidates of level {@code k} in one scan; drops transactions shorter than {@code k}. */
    private void countCandidates(int k) {
        count[k] = new int[size[k]];
        int kept = 0;
        for (int[] row : rows) {
            if (row.length < k) {
                continue;
            }
            rows[kept++] = row;
            for (int p = 0; p + k <= row.length; p++) {
                descend(row, p + 1, 1, row[p], k);
            }
        }
        rows = Arrays.copyOf(rows, kept);
    }

    /**
     * Walks down from node {@code node} of level {@code d}, which matched the transaction up to position
     * {@code start - 1}, and counts the candidates of level {@code k} contained in the transaction below it.
     */
    private void descend(int[] row, int start, int d, int node, int k) {
        int end = firstChild[d][node + 1];
        int c = firstChild[d][node];
        if (c == end) {
            return;
        }
        int[] items = item[d + 1];
        int last = row.length - (k - d - 1);
        for (int p = start; p < last; p++) {
            c = lowerBound(items, c, end, row[p]);
            if (c == end) {
                return;
            }
            if (items[c] == row[p]) {
                if (d + 1 == k) {
                    count[k][c]++;
                } else {
                    descend(row, p + 1, d + 1, c, k);
                }
                c++;
            }
        }
    }

    /** Keeps the frequent candidates of level {@code k} and re-points firstChild[k - 1] at them. */
    private void keepFrequent(int k) {
        int[] children = firstChild[k - 1];
        int[] items = item[k];
        int[] parents = parent[k];
        int[] counts = count[k];
        int kept = 0;
        for (int a = 0; a < size[k - 1]; a++) {
            int from = children[a];
            int to = children[a + 1];
            children[a] = kept;
            for (int c = from; c < to; c++) {
                if (counts[c] >= minCount) {
                    items[kept] = items[c];
                    parents[kept] = parents[c];
                    counts[kept] = counts[c];
                    kept++;
                }
            }
        }
        children[size[k - 1]] = kept;
        size[k] = kept;
    }

    private void emit(int k) {
        int[] itemset = new int[k];
        for (int c = 0; c < size[k]; c++) {
            itemsetOf(k, c, itemset);
            found.addAscending(itemset, k, count[k][c]);
        }
    }

    /** Writes the items of node {@code node} of level {@code d} into {@code out[0 .. d)}, ascending. */
    private void itemsetOf(int d, int node, int[] out) {
        for (int level = d; level >= 1; level--) {
            out[level - 1] = item[level][node];
            node = parent[level][node];
        }
    }

    /** The first index in {@code [from, to)} whose value is at least {@code key} ({@code to} if none). */
    private static int lowerBound(int[] sorted, int from, int to, int key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
