package org.crm4j.analytics.association;

import java.util.Arrays;

/**
 * A frequent-pattern tree (Han, Pei &amp; Yin 2000, Section 2) in flat arrays. Node 0 is the root; node {@code i}
 * has an item code, a count, a parent, a first child and a next sibling, and a link to the next node with the
 * same item. Per item, {@code head} is the first node of its link list and {@code itemCount} the sum of its nodes'
 * counts. Paths are inserted in ascending code order (descending overall frequency).
 *
 * <p>One tree is reused for every conditional tree built at one recursion depth: {@link #reset} clears it
 * without releasing its arrays.
 */
final class FPTree {

    int[] item;
    int[] count;
    int[] parent;
    int[] link;
    int[] firstChild;
    int[] nextSibling;
    int size;
    /** Whether no node has two children, so that the tree is one path. */
    boolean singlePath;
    final int[] head;
    final int[] itemCount;
    private final int[] rootChild;

    FPTree(int items) {
        head = new int[items];
        itemCount = new int[items];
        rootChild = new int[items];
        int capacity = 64;
        item = new int[capacity];
        count = new int[capacity];
        parent = new int[capacity];
        link = new int[capacity];
        firstChild = new int[capacity];
        nextSibling = new int[capacity];
    }

    /** Empties the tree; afterwards it may hold items with codes below {@code limit}. */
    void reset(int limit) {
        Arrays.fill(head, 0, limit, -1);
        Arrays.fill(itemCount, 0, limit, 0);
        Arrays.fill(rootChild, 0, limit, -1);
        size = 1;
        firstChild[0] = -1;
        singlePath = true;
    }

    /** Inserts the path {@code codes[0 .. length)}, ascending, with weight {@code weight}. */
    void insertAscending(int[] codes, int length, int weight) {
        int node = 0;
        for (int i = 0; i < length; i++) {
            node = step(node, codes[i], weight);
        }
    }

    /** Inserts the path {@code codes[0 .. length)}, given descending, with weight {@code weight}. */
    void insertDescending(int[] codes, int length, int weight) {
        int node = 0;
        for (int i = length - 1; i >= 0; i--) {
            node = step(node, codes[i], weight);
        }
    }

    private int step(int node, int code, int weight) {
        itemCount[code] += weight;
        int child;
        if (node == 0) {
            child = rootChild[code];
        } else {
            child = firstChild[node];
            while (child >= 0 && item[child] != code) {
                child = nextSibling[child];
            }
        }
        if (child >= 0) {
            count[child] += weight;
            return child;
        }
        if (size == item.length) {
            grow();
        }
        child = size++;
        item[child] = code;
        count[child] = weight;
        parent[child] = node;
        firstChild[child] = -1;
        if (firstChild[node] >= 0) {
            singlePath = false;
        }
        nextSibling[child] = firstChild[node];
        firstChild[node] = child;
        link[child] = head[code];
        head[code] = child;
        if (node == 0) {
            rootChild[code] = child;
        }
        return child;
    }

    private void grow() {
        int capacity = 2 * item.length;
        item = Arrays.copyOf(item, capacity);
        count = Arrays.copyOf(count, capacity);
        parent = Arrays.copyOf(parent, capacity);
        link = Arrays.copyOf(link, capacity);
        firstChild = Arrays.copyOf(firstChild, capacity);
        nextSibling = Arrays.copyOf(nextSibling, capacity);
    }
}
