package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * FP-Growth: frequent itemsets without candidate generation (Han, Pei &amp; Yin 2000).
 *
 * <p>One scan counts the items; a second inserts every transaction, restricted to its frequent items in
 * descending frequency order, as a path of a prefix tree (the FP-tree) whose nodes count the transactions sharing
 * that prefix. Mining then proceeds item by item from the least frequent: the paths leading to an item's nodes
 * form its conditional pattern base, whose frequent items make a smaller conditional FP-tree that is mined
 * recursively with the item appended to the prefix. A tree that is a single path yields every combination of
 * its nodes directly. The database is read twice, and no candidate is ever counted.
 *
 * <p>Strengths and weaknesses: faster than {@link Apriori} on dense data and long patterns, and returns exactly
 * the same itemsets and counts. On sparse data with short patterns (T10I4D100K-like) the pointer-chasing through
 * the tree costs about as much as Apriori's counting, and the {@code Apriori} of this package can be as fast (see
 * {@code crm-analytics/BENCHMARKS.md}). Its memory is the FP-tree, at most the total
 * number of frequent item occurrences, plus one conditional tree per recursion level (reused between siblings).
 * This implementation keeps the global item order in conditional trees instead of re-sorting them by
 * conditional frequency, stores trees in flat {@code int} arrays, and builds the global tree from the
 * transactions sorted lexicographically, so that each shares its common prefix with the previous one.
 *
 * <p>Bit masks where the codes allow: the conditional pattern base of an item with a code below 64 holds codes below
 * 64 only, so it is read off the tree as one {@code long} mask per node and mined without further trees
 * ({@code MaskGrowth}: item counts from the set bits, every conditional database of a level cut in one pass). With at
 * most 64 frequent items, the transactions themselves are masks, sorted as numbers (bit-reversed, which groups
 * common prefixes as the lexicographic order does) and identical ones merged before the tree is built. The itemsets
 * and counts are the same either way; on the retail-like benchmark this halved the time of a mine (see
 * {@code crm-analytics/BENCHMARKS.md}).
 *
 * <p>Input: a list of transactions, each a collection of items ({@code equals}/{@code hashCode}, not null). An
 * item repeated inside one transaction counts once. Items are re-coded to dense {@code int} codes by descending
 * frequency and transactions to sorted {@code int[]}, so the mining runs on primitive arrays only.
 *
 * <pre>{@code
 * FrequentItemsets<String> f = FPGrowth.mine(baskets, 0.02);
 * FrequentItemsets<String> g = FPGrowth.mine(baskets,
 *         MiningOptions.defaults().withMinSupport(0.01).withMaxLength(4));
 * List<AssociationRule<String>> rules = AssociationRules.generate(f, 0.6);
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>J. Han, J. Pei and Y. Yin, Mining frequent patterns without candidate generation, Proc. ACM SIGMOD
 *       2000, pp. 1-12.</li>
 *   <li>C. Borgelt, An implementation of the FP-growth algorithm, Proc. OSDM'05, 2005.</li>
 * </ol>
 *
 * @see Apriori
 * @see AssociationRules
 */
public final class FPGrowth {

    private FPGrowth() {
    }

    /**
     * Mines the itemsets contained in at least {@code minSupport * n} of the {@code n} transactions.
     *
     * @param transactions the database (not modified); an item repeated in a transaction counts once
     * @param minSupport   in (0, 1]
     * @param <T>          the item type
     * @return the frequent itemsets, equal to those of {@link Apriori#mine(List, double)}
     * @throws IllegalArgumentException if {@code transactions} is null or empty, a transaction or item is null, or
     *                                  {@code minSupport} is outside (0, 1]
     */
    public static <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions,
                                               double minSupport) {
        return mine(transactions, MiningOptions.defaults().withMinSupport(minSupport));
    }

    /**
     * Mines the frequent itemsets with the given options.
     *
     * @param transactions the database (not modified); an item repeated in a transaction counts once
     * @param options      the threshold and length limit, not null
     * @param <T>          the item type
     * @return the frequent itemsets, equal to those of {@link Apriori} with the same options
     * @throws IllegalArgumentException if {@code transactions} is null or empty, a transaction or item is null, or
     *                                  {@code options} is null
     */
    public static <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions,
                                               MiningOptions options) {
        require(options != null, "options must not be null");
        EncodedTransactions<T> database =
                EncodedTransactions.encode(transactions, options.minSupport(), options.minCount());
        ItemsetCollector found = new ItemsetCollector();
        int m = database.itemCount();
        Growth growth = new Growth(m, database.minCount(), options.maxLength(), found);
        if (m <= MaskGrowth.ITEMS) {
            // every transaction fits in one long: sort the bit-reversed masks instead of the code rows
            long[] keys = database.masks();
            for (int r = 0; r < keys.length; r++) {
                keys[r] = Long.reverse(keys[r]) ^ Long.MIN_VALUE;
            }
            Arrays.sort(keys);
            int occurrences = 0;
            for (long key : keys) {
                occurrences += Long.bitCount(key ^ Long.MIN_VALUE);
            }
            FPTree tree = growth.tree(0, occurrences + 1);
            tree.reset(m);
            tree.insertReversedMasks(keys, keys.length);
            growth.mine(tree, 0, m);
            return new FrequentItemsets<>(database, found);
        }
        int[][] rows = database.rows();
        int occurrences = 0;
        for (int[] row : rows) {
            occurrences += row.length;
        }
        FPTree tree = growth.tree(0, occurrences + 1);
        tree.reset(m);
        CodeRows.sort(rows, 0, rows.length, m, 0);
        tree.insertSorted(rows);
        growth.mine(tree, 0, m);
        return new FrequentItemsets<>(database, found);
    }

    /** The recursion over conditional trees, with one reusable tree per depth. */
    private static final class Growth {

        private final int items;
        private final int minCount;
        private final int maxLength;
        private final ItemsetCollector found;
        private final int[] prefix;
        private final int[] path;
        private final int[] conditionalCounts;
        private final MaskGrowth masks;
        private FPTree[] trees = new FPTree[8];

        Growth(int items, int minCount, int maxLength, ItemsetCollector found) {
            this.items = items;
            this.minCount = minCount;
            this.maxLength = maxLength;
            this.found = found;
            this.prefix = new int[items + 1];
            this.path = new int[items + 1];
            this.conditionalCounts = new int[items];
            this.masks = new MaskGrowth(minCount, maxLength, found, prefix);
        }

        /** The tree of {@code depth}, made with room for {@code capacity} nodes the first time. */
        FPTree tree(int depth, int capacity) {
            if (depth >= trees.length) {
                trees = Arrays.copyOf(trees, Math.max(depth + 1, 2 * trees.length));
            }
            if (trees[depth] == null) {
                trees[depth] = new FPTree(items, capacity);
            }
            return trees[depth];
        }

        /** Mines {@code tree}, which holds items with codes below {@code limit}, after the prefix of {@code depth}. */
        void mine(FPTree tree, int depth, int limit) {
            if (tree.singlePath) {
                int length = 0;
                for (int node = tree.firstChild[0]; node >= 0; node = tree.firstChild[node]) {
                    path[length++] = node;
                }
                combine(tree, length, 0, depth);
                return;
            }
            for (int x = limit - 1; x >= 0; x--) {
                int count = tree.itemCount[x];
                if (count < minCount) {
                    continue;
                }
                prefix[depth] = x;
                found.addUnordered(prefix, depth + 1, count);
                if (depth + 1 < maxLength && x <= MaskGrowth.ITEMS) {
                    // the conditional pattern base has codes below x <= 64 only: mine it as masks
                    long[] base = masks.masks(depth + 1, count);
                    int[] weights = masks.weights(depth + 1);
                    int size = 0;
                    for (int node = tree.head[x]; node >= 0; node = tree.link[node]) {
                        long mask = 0;
                        for (int p = tree.parent[node]; p != 0; p = tree.parent[p]) {
                            mask |= 1L << tree.item[p];
                        }
                        if (mask != 0) {
                            base[size] = mask;
                            weights[size++] = tree.count[node];
                        }
                    }
                    if (size > 0) {
                        masks.mine(depth + 1, 0, size);
                    }
                } else if (depth + 1 < maxLength) {
                    FPTree conditional = conditional(tree, x, depth + 1);
                    if (conditional != null) {
                        mine(conditional, depth + 1, x);
                    }
                }
            }
        }

        /**
         * Emits the prefix extended by every combination of the single path's nodes {@code path[from .. length)}:
         * the count of a combination is that of its deepest node.
         */
        private void combine(FPTree tree, int length, int from, int depth) {
            for (int i = from; i < length; i++) {
                prefix[depth] = tree.item[path[i]];
                found.addUnordered(prefix, depth + 1, tree.count[path[i]]);
                if (depth + 1 < maxLength) {
                    combine(tree, length, i + 1, depth + 1);
                }
            }
        }

        /**
         * Builds the conditional tree of item {@code x} (the last item of the prefix, at {@code depth - 1}) into the
         * tree of {@code depth}. Returns null when fewer than two items are frequent in the conditional pattern
         * base; a single frequent item is then emitted directly with the prefix.
         */
        private FPTree conditional(FPTree tree, int x, int depth) {
            int[] counts = conditionalCounts;
            Arrays.fill(counts, 0, x, 0);
            for (int node = tree.head[x]; node >= 0; node = tree.link[node]) {
                int weight = tree.count[node];
                for (int p = tree.parent[node]; p != 0; p = tree.parent[p]) {
                    counts[tree.item[p]] += weight;
                }
            }
            int frequent = 0;
            int last = -1;
            for (int i = 0; i < x; i++) {
                if (counts[i] >= minCount) {
                    frequent++;
                    last = i;
                }
            }
            if (frequent <= 1) {
                if (frequent == 1) {
                    // a one-item conditional tree would only yield prefix + x + that item
                    prefix[depth] = last;
                    found.addUnordered(prefix, depth + 1, counts[last]);
                }
                return null;
            }
            FPTree conditional = tree(depth, 64);
            conditional.reset(x);
            int[] buffer = path;
            for (int node = tree.head[x]; node >= 0; node = tree.link[node]) {
                int length = 0;
                for (int p = tree.parent[node]; p != 0; p = tree.parent[p]) {
                    if (counts[tree.item[p]] >= minCount) {
                        buffer[length++] = tree.item[p];
                    }
                }
                if (length > 0) {
                    conditional.insertDescending(buffer, length, tree.count[node]);
                }
            }
            return conditional;
        }
    }
}
