package org.crm4j.analytics.association;

/**
 * An open-addressing hash index from coded itemsets (ascending {@code int[]}) to their position in a list, so that
 * the count of any subset of a frequent itemset is found without allocating a key.
 *
 * <p>Immutable after construction; safe to share between threads.
 */
final class ItemsetIndex {

    private final int[][] sets;
    private final int[] table;
    private final int mask;

    /**
     * Indexes {@code sets}, each an ascending array of distinct codes; the arrays are shared, not copied.
     */
    ItemsetIndex(int[][] sets) {
        this.sets = sets;
        int capacity = Integer.highestOneBit(Math.max(4, sets.length) * 2);
        if (capacity < 2 * sets.length) {
            capacity <<= 1;
        }
        this.table = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < sets.length; i++) {
            int slot = hash(sets[i], sets[i].length) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /**
     * The position of the itemset {@code key[0 .. length)}, or -1 if it is not indexed.
     *
     * @param key    ascending codes (not modified)
     * @param length the number of codes to read
     */
    int find(int[] key, int length) {
        int slot = hash(key, length) & mask;
        while (true) {
            int entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if (matches(sets[entry - 1], key, length)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean matches(int[] set, int[] key, int length) {
        if (set.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (set[i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(int[] codes, int length) {
        int h = length;
        for (int i = 0; i < length; i++) {
            h = 31 * h + codes[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
