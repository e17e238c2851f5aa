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
 * tree as in Borgelt 2003). Standard shortcuts that do not change the result: identical transactions are counted
 * once with a weight; pass 2, whose candidates are all pairs of frequent items, counts them in a triangular array
 * when there are at most {@value #MAX_TRIANGULAR_ITEMS} frequent items; later passes jump from an item to its
 * frequent pairs through a square table (at most {@value #MAX_PAIR_TABLE_ITEMS} items), and trim from the
 * transactions the items that are in no frequent itemset of the previous level.
 */
final class AprioriLevels {

    /** Pass 2 uses a triangular array of at most 2 096 128 counters (8 MiB). */
    static final int MAX_TRIANGULAR_ITEMS = 2048;

    /** Passes 3 and up find a pair's node in a square table of at most 1 048 576 entries (4 MiB). */
    static final int MAX_PAIR_TABLE_ITEMS = 1024;

    private final int minCount;
    private final int maxLength;
    private final int maxTriangularItems;
    private final ItemsetCollector found;
    private int[][] rows;
    private int[] weights;
    /** Per item: the position of the item in the row being counted, valid when its stamp is the row's. */
    private final int[] position;
    private final int[] stamp;
    private int currentStamp;
    /** The counters of the candidates being counted. */
    private int[] candidateCounts;
    /** {@code pairNode[a * m + b]}: the level-2 node of the frequent pair (a, b), or -1; null when not built. */
    private int[] pairNode;
    private int[][] item = new int[4][];
    private int[][] parent = new int[4][];
    private int[][] count = new int[4][];
    private int[][] firstChild = new int[4][];
    private int[] size = new int[4];

    /**
     * Prepares the search; pass 1 (the frequent items) is emitted at once.
     *
     * @param maxTriangularItems the largest number of frequent items for which pass 2 uses the triangular array
     *                           ({@link #MAX_TRIANGULAR_ITEMS}; tests pass 0 to exercise the tree)
     */
    AprioriLevels(EncodedTransactions<?> database, int maxLength, ItemsetCollector found, int maxTriangularItems) {
        this.minCount = database.minCount();
        this.maxLength = maxLength;
        this.maxTriangularItems = maxTriangularItems;
        this.found = found;
        mergeIdenticalRows(database.rows());
        int m = database.itemCount();
        position = new int[m];
        stamp = new int[m];
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

    /** Sorts the rows and keeps one copy of each, weighted by its multiplicity. */
    private void mergeIdenticalRows(int[][] encoded) {
        int[][] sorted = encoded.clone();
        Arrays.sort(sorted, Arrays::compare);
        rows = new int[sorted.length][];
        weights = new int[sorted.length];
        int distinct = 0;
        for (int[] row : sorted) {
            if (distinct > 0 && Arrays.equals(rows[distinct - 1], row)) {
                weights[distinct - 1]++;
            } else {
                rows[distinct] = row;
                weights[distinct++] = 1;
            }
        }
        rows = Arrays.copyOf(rows, distinct);
        weights = Arrays.copyOf(weights, distinct);
    }

    /** Runs the passes {@code 2 .. maxLength}, stopping at the first level with no frequent itemset. */
    void run() {
        for (int k = 1; k < maxLength && size[k] >= 2; k++) {
            ensureLevels(k + 2);
            if (k == 1 && size[1] <= maxTriangularItems) {
                countPairs();
            } else {
                generate(k);
                if (size[k + 1] == 0) {
                    return;
                }
                countCandidates(k + 1);
                keepFrequent(k + 1);
            }
            if (size[k + 1] == 0) {
                return;
            }
            emit(k + 1);
            if (k == 1 && size[1] <= maxTriangularItems && size[1] <= MAX_PAIR_TABLE_ITEMS) {
                buildPairTable();
            }
        }
    }

    private void buildPairTable() {
        int m = size[1];
        pairNode = new int[m * m];
        Arrays.fill(pairNode, -1);
        for (int c = 0; c < size[2]; c++) {
            pairNode[parent[2][c] * m + item[2][c]] = c;
        }
    }

    /** Pass 2 with a triangular array: counts every pair of frequent items, builds level 2 from the frequent ones. */
    private void countPairs() {
        int m = size[1];
        int[] offset = new int[m];
        for (int a = 0, start = 0; a < m; a++) {
            offset[a] = start - a - 1;
            start += m - a - 1;
        }
        int[] pairs = new int[m * (m - 1) / 2];
        for (int r = 0; r < rows.length; r++) {
            int[] row = rows[r];
            int weight = weights[r];
            for (int i = 0; i < row.length - 1; i++) {
                int base = offset[row[i]];
                for (int j = i + 1; j < row.length; j++) {
                    pairs[base + row[j]] += weight;
                }
            }
        }
        int[] items = new int[16];
        int[] parents = new int[16];
        int[] counts = new int[16];
        int[] children = new int[m + 1];
        int kept = 0;
        for (int a = 0; a < m; a++) {
            children[a] = kept;
            for (int b = a + 1; b < m; b++) {
                int c = pairs[offset[a] + b];
                if (c >= minCount) {
                    if (kept == items.length) {
                        items = Arrays.copyOf(items, 2 * kept);
                        parents = Arrays.copyOf(parents, 2 * kept);
                        counts = Arrays.copyOf(counts, 2 * kept);
                    }
                    items[kept] = b;
                    parents[kept] = a;
                    counts[kept++] = c;
                }
            }
        }
        children[m] = kept;
        firstChild[1] = children;
        item[2] = items;
        parent[2] = parents;
        count[2] = counts;
        size[2] = kept;
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

    /**
     * Counts the candidates of level {@code k} in one scan. Transactions lose the items that are in no frequent
     * itemset of level {@code k - 1} (no candidate can contain them), and are dropped when fewer than {@code k}
     * items remain; the trimmed transactions are kept for the next passes.
     */
    private void countCandidates(int k) {
        count[k] = new int[size[k]];
        candidateCounts = count[k];
        boolean[] used = usedItems(k - 1);
        int kept = 0;
        for (int r = 0; r < rows.length; r++) {
            int[] row = trim(rows[r], used);
            if (row.length < k) {
                continue;
            }
            int weight = weights[r];
            rows[kept] = row;
            weights[kept++] = weight;
            currentStamp++;
            for (int p = 0; p < row.length; p++) {
                position[row[p]] = p;
                stamp[row[p]] = currentStamp;
            }
            for (int p = 0; p + k <= row.length; p++) {
                descend(row, weight, p + 1, 1, row[p], k);
            }
        }
        rows = Arrays.copyOf(rows, kept);
        weights = Arrays.copyOf(weights, kept);
    }

    /** Marks the items that occur in some node of level {@code d}. */
    private boolean[] usedItems(int d) {
        boolean[] used = new boolean[size[1]];
        for (int c = 0; c < size[d]; c++) {
            int node = c;
            for (int level = d; level >= 1; level--) {
                used[item[level][node]] = true;
                node = parent[level][node];
            }
        }
        return used;
    }

    /** The row without its unused items (the row itself when all are used). */
    private static int[] trim(int[] row, boolean[] used) {
        int kept = 0;
        for (int code : row) {
            if (used[code]) {
                kept++;
            }
        }
        if (kept == row.length) {
            return row;
        }
        int[] trimmed = new int[kept];
        int i = 0;
        for (int code : row) {
            if (used[code]) {
                trimmed[i++] = code;
            }
        }
        return trimmed;
    }

    /**
     * Walks down from node {@code node} of level {@code d}, which matched the transaction up to position
     * {@code start - 1}, and adds the transaction's weight to the candidates of level {@code k} it contains below
     * that node.
     */
    private void descend(int[] row, int weight, int start, int d, int node, int k) {
        int last = row.length - (k - d - 1);
        if (d == 1 && pairNode != null && k > 2) {
            // from an item to its frequent pairs: one table look-up per remaining row item
            int base = node * size[1];
            for (int p = start; p < last; p++) {
                int c = pairNode[base + row[p]];
                if (c >= 0) {
                    descend(row, weight, p + 1, 2, c, k);
                }
            }
            return;
        }
        int end = firstChild[d][node + 1];
        int c = firstChild[d][node];
        int[] items = item[d + 1];
        boolean leaf = d + 1 == k;
        if (end - c <= 4 * (last - start) + 16) {
            // few children: look each one up in the row (its items all follow row[start - 1])
            for (; c < end; c++) {
                int code = items[c];
                if (stamp[code] == currentStamp && position[code] < last) {
                    if (leaf) {
                        candidateCounts[c] += weight;
                    } else {
                        descend(row, weight, position[code] + 1, d + 1, c, k);
                    }
                }
            }
            return;
        }
        // many children: look each remaining row item up among them
        for (int p = start; p < last; p++) {
            c = lowerBound(items, c, end, row[p]);
            if (c == end) {
                return;
            }
            if (items[c] == row[p]) {
                if (leaf) {
                    candidateCounts[c] += weight;
                } else {
                    descend(row, weight, p + 1, d + 1, c, k);
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
