package org.crm4j.analytics.association;

import java.util.Arrays;

/**
 * The distinct items of a database, numbered {@code 0, 1, …} by first appearance: an open-addressing hash table
 * (linear probing) over parallel arrays of keys, their hash codes and their numbers. It replaces a
 * {@code HashMap<T, …>} on the hot path of re-coding, where every item occurrence is looked up once: no node or
 * value object per item, the stored hash code is compared before {@code equals}, and identical references match
 * without calling {@code equals} at all.
 */
final class ItemTable {

    private Object[] keys = new Object[64];
    private int[] hashes = new int[64];
    private int[] ids = new int[64];
    private Object[] byId = new Object[32];
    private int size;

    /** @return the number of distinct items seen */
    int size() {
        return size;
    }

    /** @return the item numbered {@code id} */
    Object item(int id) {
        return byId[id];
    }

    /**
     * @param item an item, not null
     * @return its number, numbering it {@link #size()} if it is new
     */
    int idOf(Object item) {
        int hash = spread(item.hashCode());
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            Object key = keys[slot];
            if (key == null) {
                return add(slot, item, hash);
            }
            if (key == item || hashes[slot] == hash && key.equals(item)) {
                return ids[slot];
            }
        }
    }

    private int add(int slot, Object item, int hash) {
        int id = size++;
        if (id == byId.length) {
            byId = Arrays.copyOf(byId, 2 * id);
        }
        byId[id] = item;
        keys[slot] = item;
        hashes[slot] = hash;
        ids[slot] = id;
        if (2 * size > keys.length) {
            grow();
        }
        return id;
    }

    /** Doubles the table (kept at most half full) and re-enters every key. */
    private void grow() {
        Object[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        int capacity = 2 * oldKeys.length;
        keys = new Object[capacity];
        hashes = new int[capacity];
        ids = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    /** Spreads the high bits down (as {@code HashMap} does), so that hash codes differing above the mask probe apart. */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        return h ^ (h >>> 13);
    }
}
