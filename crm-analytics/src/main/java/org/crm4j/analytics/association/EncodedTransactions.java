package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction database re-coded for mining: the frequent items get dense codes {@code 0 .. m-1} by descending
 * frequency (ties by first appearance), and every transaction becomes an ascending {@code int[]} of the codes of
 * its frequent items, each once. Infrequent items and transactions left empty are dropped; the transaction count
 * still counts them.
 *
 * <p>Immutable after {@link #encode}; the miners only read it.
 *
 * @param <T> the item type
 */
final class EncodedTransactions<T> {

    /** Per distinct item during encoding: its count and the last transaction that counted it. */
    private static final class Slot<T> {
        final T item;
        final int firstSeen;
        int count;
        int lastRow = -1;
        int code = -1;

        Slot(T item, int firstSeen) {
            this.item = item;
            this.firstSeen = firstSeen;
        }
    }

    private final int transactionCount;
    private final int minCount;
    private final Object[] items;
    private final int[] itemCounts;
    private final int[][] rows;
    private final Map<T, Integer> codes;

    private EncodedTransactions(int transactionCount, int minCount, Object[] items, int[] itemCounts,
                                int[][] rows, Map<T, Integer> codes) {
        this.transactionCount = transactionCount;
        this.minCount = minCount;
        this.items = items;
        this.itemCounts = itemCounts;
        this.rows = rows;
        this.codes = codes;
    }

    /**
     * Checks and encodes a database.
     *
     * @param transactions the transactions (not modified)
     * @param minSupport   the relative threshold, used when {@code minCount} is 0
     * @param minCount     the absolute threshold, or 0
     * @throws IllegalArgumentException if the list is null or empty, or a transaction or an item is null
     */
    static <T> EncodedTransactions<T> encode(List<? extends Collection<? extends T>> transactions,
                                             double minSupport, int minCount) {
        require(transactions != null, "transactions must not be null");
        require(!transactions.isEmpty(), "transactions must not be empty (there is nothing to mine)");
        Map<T, Slot<T>> slots = new HashMap<>();
        // the distinct items of each transaction, in order, so that the second pass needs no hashing
        @SuppressWarnings("unchecked")
        Slot<T>[] occurrences = (Slot<T>[]) new Slot<?>[64];
        int[] ends = new int[transactions.size()];
        int total = 0;
        int row = 0;
        for (Collection<? extends T> transaction : transactions) {
            require(transaction != null, "transactions[%d] must not be null", row);
            for (T item : transaction) {
                require(item != null, "transactions[%d] must not contain a null item", row);
                Slot<T> slot = slots.get(item);
                if (slot == null) {
                    slot = new Slot<>(item, slots.size());
                    slots.put(item, slot);
                }
                if (slot.lastRow != row) {
                    slot.lastRow = row;
                    slot.count++;
                    if (total == occurrences.length) {
                        occurrences = Arrays.copyOf(occurrences, 2 * total);
                    }
                    occurrences[total++] = slot;
                }
            }
            ends[row++] = total;
        }
        int n = row;
        int threshold = Thresholds.minCount(minSupport, minCount, n);

        List<Slot<T>> frequent = new ArrayList<>();
        for (Slot<T> slot : slots.values()) {
            if (slot.count >= threshold) {
                frequent.add(slot);
            }
        }
        frequent.sort(Comparator.<Slot<T>>comparingInt(s -> -s.count).thenComparingInt(s -> s.firstSeen));
        int m = frequent.size();
        Object[] items = new Object[m];
        int[] itemCounts = new int[m];
        Map<T, Integer> codes = new HashMap<>(2 * m);
        for (int code = 0; code < m; code++) {
            Slot<T> slot = frequent.get(code);
            slot.code = code;
            items[code] = slot.item;
            itemCounts[code] = slot.count;
            codes.put(slot.item, code);
        }

        List<int[]> rows = new ArrayList<>(n);
        int[] buffer = new int[Math.max(1, m)];
        for (int r = 0, from = 0; r < n; from = ends[r++]) {
            int length = 0;
            for (int i = from; i < ends[r]; i++) {
                int code = occurrences[i].code;
                if (code >= 0) {
                    buffer[length++] = code;
                }
            }
            if (length > 0) {
                int[] coded = Arrays.copyOf(buffer, length);
                Arrays.sort(coded);
                rows.add(coded);
            }
        }
        return new EncodedTransactions<>(n, threshold, items, itemCounts, rows.toArray(new int[0][]),
                Map.copyOf(codes));
    }

    /** The number of transactions of the database, including those left empty by encoding. */
    int transactionCount() {
        return transactionCount;
    }

    /** The absolute support threshold. */
    int minCount() {
        return minCount;
    }

    /** The number of frequent items, {@code m}. */
    int itemCount() {
        return items.length;
    }

    /** The number of transactions containing the item with this code. */
    int count(int code) {
        return itemCounts[code];
    }

    /** The encoded non-empty transactions; shared, never to be modified. */
    int[][] rows() {
        return rows;
    }

    /** The item codes to items; shared, never to be modified. */
    Object[] items() {
        return items;
    }

    /** The frequent items to their codes (unmodifiable). */
    Map<T, Integer> codes() {
        return codes;
    }
}
