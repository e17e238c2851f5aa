package org.crm4j.analytics.association;

import java.util.Arrays;

/**
 * A frequent-pattern tree (Han, Pei &amp; Yin 2000, Section 2) in flat arrays. Node 0 is the root; node {@code i}
 * has an item code, a count, a parent and a link to the next node with the same item. Per item, {@code head} is the
 * first node of its link list and {@code itemCount} the sum of its nodes' counts. Along a path from the root,
 * codes ascend (overall frequency descends). The global tree is built from sorted transactions
 * ({@link #insertSorted}); conditional trees by inserting paths one at a time ({@link #insertDescending}).
 *
 * <p>A child is found in constant expected time through an open-addressing table keyed by (parent, item), rather
 * than by scanning sibling lists, which are long near the root of sparse data. One tree is reused for every
 * conditional tree built at one recursion depth: {@link #reset} empties it in time proportional to the number of
 * items it may hold, without clearing or releasing its arrays (table slots carry the generation that wrote them).
 */
final class FPTree {

    int[] item;
    int[] count;
    int[] parent;
    int[] link;
    /** The first child created under each node, or -1: enough to walk a single-path tree. */
    int[] firstChild;
    int size;
    /** Whether no node has two children, so that the tree is one path. */
    boolean singlePath;
    final int[] head;
    final int[] itemCount;
    private final int[] rootChild;
    private int[] slotNode;
    private int[] slotGeneration;
    private int mask;
    private int generation;

    /**
     * An empty tree for items with codes below {@code items}.
     *
     * @param items    the number of item codes
     * @param capacity the initial number of node slots (grown on demand)
     */
    FPTree(int items, int capacity) {
        capacity = Math.max(2, capacity);
        head = new int[items];
        itemCount = new int[items];
        rootChild = new int[items];
        item = new int[capacity];
        count = new int[capacity];
        parent = new int[capacity];
        link = new int[capacity];
        firstChild = new int[capacity];
        // the child table starts small and doubles with the nodes inserted through it (insertSorted uses none)
        slotNode = new int[128];
        slotGeneration = new int[128];
        mask = 127;
    }

    /** Empties the tree; afterwards it may hold items with codes below {@code limit}. */
    void reset(int limit) {
        Arrays.fill(head, 0, limit, -1);
        Arrays.fill(itemCount, 0, limit, 0);
        Arrays.fill(rootChild, 0, limit, -1);
        size = 1;
        firstChild[0] = -1;
        singlePath = true;
        if (generation == Integer.MAX_VALUE) {
            Arrays.fill(slotGeneration, 0);
            generation = 0;
        }
        generation++;
    }

    /** Inserts the path {@code codes[0 .. length)}, given descending, with weight {@code weight}. */
    void insertDescending(int[] codes, int length, int weight) {
        int node = 0;
        for (int i = length - 1; i >= 0; i--) {
            node = step(node, codes[i], weight);
        }
    }

    /**
     * Inserts rows sorted lexicographically (ascending codes each), with weight 1, into a tree just reset: a row
     * shares the nodes of its common prefix with the previous row and creates the rest, so nothing is looked up
     * and nodes are numbered in depth-first order. The child table is not filled: reset before any other insert.
     */
    void insertSorted(int[][] sortedRows) {
        int[] pathNodes = new int[16];
        int[] previous = new int[0];
        for (int[] row : sortedRows) {
            if (pathNodes.length < row.length) {
                pathNodes = Arrays.copyOf(pathNodes, Math.max(row.length, 2 * pathNodes.length));
            }
            int common = 0;
            int limit = Math.min(row.length, previous.length);
            while (common < limit && row[common] == previous[common]) {
                count[pathNodes[common]]++;
                common++;
            }
            int node = common == 0 ? 0 : pathNodes[common - 1];
            for (int i = common; i < row.length; i++) {
                node = add(node, row[i], 1);
                if (i == 0) {
                    rootChild[row[i]] = node;
                }
                pathNodes[i] = node;
            }
            for (int code : row) {
                itemCount[code]++;
            }
            previous = row;
        }
    }

    /**
     * Inserts transactions given as bit masks (bit {@code c}: code {@code c}), into a tree just reset, from
     * {@code keys[0 .. size)}: each key is {@code Long.reverse(mask) ^ Long.MIN_VALUE}, the keys sorted ascending
     * ({@link java.util.Arrays#sort(long[])}). Reversed, a mask's lowest codes are its highest bits, so the masks that
     * share a prefix of ascending codes (agree on the bits up to its last code) are contiguous in this order, as
     * in the lexicographic order {@link #insertSorted} needs: a transaction shares the nodes of its common prefix
     * with the previous one (the codes below their lowest differing bit) and creates the rest. Equal masks,
     * adjacent, are inserted once with their number as weight.
     */
    void insertReversedMasks(long[] keys, int size) {
        int[] pathNodes = new int[Long.SIZE];
        long previous = 0;
        int i = 0;
        while (i < size) {
            long key = keys[i];
            int weight = 1;
            while (i + weight < size && keys[i + weight] == key) {
                weight++;
            }
            i += weight;
            long mask = Long.reverse(key ^ Long.MIN_VALUE);
            long diff = mask ^ previous;
            long shared = mask & (Long.lowestOneBit(diff) - 1);
            int depth = Long.bitCount(shared);
            for (int c = 0; c < depth; c++) {
                count[pathNodes[c]] += weight;
            }
            int node = depth == 0 ? 0 : pathNodes[depth - 1];
            for (long rest = mask & ~shared; rest != 0; rest &= rest - 1) {
                int code = Long.numberOfTrailingZeros(rest);
                node = add(node, code, weight);
                if (depth == 0) {
                    rootChild[code] = node;
                }
                pathNodes[depth++] = node;
            }
            for (long rest = mask; rest != 0; rest &= rest - 1) {
                itemCount[Long.numberOfTrailingZeros(rest)] += weight;
            }
            previous = mask;
        }
    }

    private int step(int node, int code, int weight) {
        itemCount[code] += weight;
        if (node == 0) {
            int child = rootChild[code];
            if (child >= 0) {
                count[child] += weight;
                return child;
            }
            child = add(0, code, weight);
            rootChild[code] = child;
            return child;
        }
        int slot = hash(node, code) & mask;
        while (slotGeneration[slot] == generation) {
            int child = slotNode[slot];
            if (parent[child] == node && item[child] == code) {
                count[child] += weight;
                return child;
            }
            slot = (slot + 1) & mask;
        }
        int child = add(node, code, weight);
        if (2 * size > mask + 1) {
            rehash();
        } else {
            slotNode[slot] = child;
            slotGeneration[slot] = generation;
        }
        return child;
    }

    private int add(int node, int code, int weight) {
        if (size == item.length) {
            grow();
        }
        int child = size++;
        item[child] = code;
        count[child] = weight;
        parent[child] = node;
        firstChild[child] = -1;
        if (firstChild[node] >= 0) {
            singlePath = false;
        } else {
            firstChild[node] = child;
        }
        link[child] = head[code];
        head[code] = child;
        return child;
    }

    private void grow() {
        int capacity = 2 * item.length;
        item = Arrays.copyOf(item, capacity);
        count = Arrays.copyOf(count, capacity);
        parent = Arrays.copyOf(parent, capacity);
        link = Arrays.copyOf(link, capacity);
        firstChild = Arrays.copyOf(firstChild, capacity);
    }

    /** Grows the child table to at least four slots per node and re-enters every non-root child. */
    private void rehash() {
        int capacity = 2 * (mask + 1);
        while (capacity < 4 * size) {
            capacity <<= 1;
        }
        slotNode = new int[capacity];
        slotGeneration = new int[capacity];
        mask = capacity - 1;
        generation = 1;
        for (int child = 1; child < size; child++) {
            if (parent[child] != 0) {
                int slot = hash(parent[child], item[child]) & mask;
                while (slotGeneration[slot] == generation) {
                    slot = (slot + 1) & mask;
                }
                slotNode[slot] = child;
                slotGeneration[slot] = generation;
            }
        }
    }

    private static int hash(int node, int code) {
        int h = node * 0x9E3779B9 + code;
        return h ^ (h >>> 15);
    }
}
