package org.crm4j.analytics.association;

import java.util.Arrays;

/**
 * The pattern growth of {@link FPGrowth} on databases whose items all have codes below 64: each (conditional)
 * transaction is one {@code long} whose bit {@code c} says whether it holds the item of code {@code c}, with a
 * weight (how many transactions it stands for). Counting a database's items walks the set bits; the conditional
 * database of an item is the masks that hold it, cut to its frequent lower items, copied into a buffer of the
 * next depth. Nothing is linked or hashed, so this replaces the conditional FP-trees wherever the item codes
 * allow: for the whole database when it has at most 64 frequent items (codes are by descending frequency), and
 * below the 64 most frequent items of a larger one.
 *
 * <p>The itemsets and counts are those of the FP-tree recursion (a support is the total weight of the masks that
 * hold the itemset either way); they are emitted with their codes in descending order, as the tree recursion
 * emits them. Memory: one buffer per depth, each at most the size of the database it is cut from.
 */
final class MaskGrowth {

    /** The highest number of item codes a mask holds. */
    static final int ITEMS = 64;

    private final int minCount;
    private final int maxLength;
    private final ItemsetCollector found;
    private final int[] prefix;
    private long[][] masks = new long[8][];
    private int[][] weights = new int[8][];
    private int[][] counts = new int[8][];

    /**
     * @param minCount  the absolute support threshold
     * @param maxLength the longest itemset to emit
     * @param found     where itemsets go
     * @param prefix    the prefix buffer shared with the caller, of at least {@code maxLength} (or all items) slots
     */
    MaskGrowth(int minCount, int maxLength, ItemsetCollector found, int[] prefix) {
        this.minCount = minCount;
        this.maxLength = maxLength;
        this.found = found;
        this.prefix = prefix;
    }

    /**
     * The buffer for the database of {@code depth} with room for {@code size} masks; weights come with
     * {@link #weights(int)}.
     */
    long[] masks(int depth, int size) {
        if (depth >= masks.length) {
            int length = Math.max(depth + 1, 2 * masks.length);
            masks = Arrays.copyOf(masks, length);
            weights = Arrays.copyOf(weights, length);
            counts = Arrays.copyOf(counts, length);
        }
        if (masks[depth] == null || masks[depth].length < size) {
            int capacity = Math.max(size, masks[depth] == null ? 16 : 2 * masks[depth].length);
            masks[depth] = new long[capacity];
            weights[depth] = new int[capacity];
        }
        return masks[depth];
    }

    /** The weights that go with {@link #masks(int, int)} of the same depth (call that first). */
    int[] weights(int depth) {
        return weights[depth];
    }

    /**
     * Mines the database {@code masks(depth)[from .. from + size)} with its weights, after
     * {@code prefix[0 .. depth)}: emits {@code prefix + x} for every frequent item {@code x} and recurses into its
     * conditional database. All conditional databases of this level are cut in one pass over the masks (each mask
     * goes to the bucket of each of its frequent items, cut to the frequent items below it), into the buffer of
     * {@code depth + 1}, so a level costs time proportional to the number of set bits, not items times masks.
     */
    void mine(int depth, int from, int size) {
        long[] db = masks[depth];
        int[] w = weights[depth];
        if (counts[depth] == null) {
            counts[depth] = new int[4 * ITEMS];
        }
        // count[x]: support; count[ITEMS + x]: masks holding x; count[2 ITEMS + x]: next free slot of x's bucket;
        // count[3 ITEMS + x]: first slot of x's bucket
        int[] count = counts[depth];
        Arrays.fill(count, 0, 2 * ITEMS, 0);
        int end = from + size;
        for (int e = from; e < end; e++) {
            int weight = w[e];
            for (long m = db[e]; m != 0; m &= m - 1) {
                int x = Long.numberOfTrailingZeros(m);
                count[x] += weight;
                count[ITEMS + x]++;
            }
        }
        long frequent = 0;
        int slots = 0;
        for (int x = 0; x < ITEMS; x++) {
            if (count[x] >= minCount) {
                frequent |= 1L << x;
                count[2 * ITEMS + x] = slots;
                count[3 * ITEMS + x] = slots;
                slots += count[ITEMS + x];
            }
        }
        if (frequent == 0) {
            return;
        }
        boolean deeper = depth + 1 < maxLength && (frequent & (frequent - 1)) != 0;
        long[] next = null;
        int[] nextWeights = null;
        if (deeper) {
            next = masks(depth + 1, slots);
            nextWeights = weights[depth + 1];
            for (int e = from; e < end; e++) {
                long m = db[e] & frequent;
                int weight = w[e];
                // the lowest frequent item has nothing below it: skip it
                for (long rest = m & (m - 1); rest != 0; rest &= rest - 1) {
                    int x = Long.numberOfTrailingZeros(rest);
                    int slot = count[2 * ITEMS + x]++;
                    next[slot] = m & ((1L << x) - 1);
                    nextWeights[slot] = weight;
                }
            }
        }
        for (long rest = frequent; rest != 0; ) {
            int x = ITEMS - 1 - Long.numberOfLeadingZeros(rest);
            rest &= ~(1L << x);
            prefix[depth] = x;
            found.addUnordered(prefix, depth + 1, count[x]);
            if (deeper) {
                int start = count[3 * ITEMS + x];
                int written = count[2 * ITEMS + x] - start;
                if (written > 0) {
                    mine(depth + 1, start, written);
                }
            }
        }
    }
}
