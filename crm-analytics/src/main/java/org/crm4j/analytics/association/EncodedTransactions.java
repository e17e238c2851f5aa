package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transaction database re-coded for mining: the frequent items get dense codes {@code 0 .. m-1} by descending
 * frequency (ties by first appearance), and every transaction becomes an ascending {@code int[]} of the codes of
 * its frequent items, each once ({@link #rows()}), or with at most 64 frequent items a bit mask of them
 * ({@link #masks()}). Infrequent items and transactions left empty are dropped; the transaction count still counts
 * them. Encoding keeps the distinct item ids of every transaction; the rows or masks are made from them on request,
 * so a miner pays only for the form it uses.
 *
 * <p>Immutable after {@link #encode}; the miners only read it.
 *
 * @param <T> the item type
 */
final class EncodedTransactions<T> {

    private final int transactionCount;
    private final int minCount;
    private final Object[] items;
    private final int[] itemCounts;
    /** The distinct item ids of every transaction, transaction after transaction (ids by first appearance). */
    private final int[] occurrences;
    /** {@code ends[r]}: one past the last occurrence of transaction {@code r}. */
    private final int[] ends;
    /** The code of every item id, or -1 for an infrequent item. */
    private final int[] codeOf;
    private final Map<T, Integer> codes;

    private EncodedTransactions(int transactionCount, int minCount, Object[] items, int[] itemCounts,
                                int[] occurrences, int[] ends, int[] codeOf, Map<T, Integer> codes) {
        this.transactionCount = transactionCount;
        this.minCount = minCount;
        this.items = items;
        this.itemCounts = itemCounts;
        this.occurrences = occurrences;
        this.ends = ends;
        this.codeOf = codeOf;
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
        ItemTable table = new ItemTable();
        // per distinct item (by first appearance): its count and the last transaction that counted it
        int[] itemCount = new int[16];
        int[] lastRow = new int[16];
        // the distinct items of each transaction, in order, so that the second pass needs no hashing
        int[] occurrences = new int[64];
        int[] ends = new int[transactions.size()];
        int total = 0;
        int row = 0;
        for (Collection<? extends T> transaction : transactions) {
            // explicit tests: require(...) would box the row number and allocate its varargs at every call
            if (transaction == null) {
                require(false, "transactions[%d] must not be null", row);
            }
            for (T item : transaction) {
                if (item == null) {
                    require(false, "transactions[%d] must not contain a null item", row);
                }
                int id = table.idOf(item);
                if (id == itemCount.length) {
                    itemCount = Arrays.copyOf(itemCount, 2 * id);
                    lastRow = Arrays.copyOf(lastRow, 2 * id);
                }
                if (itemCount[id] == 0 || lastRow[id] != row) {
                    lastRow[id] = row;
                    itemCount[id]++;
                    if (total == occurrences.length) {
                        occurrences = Arrays.copyOf(occurrences, 2 * total);
                    }
                    occurrences[total++] = id;
                }
            }
            ends[row++] = total;
        }
        int n = row;
        int threshold = Thresholds.minCount(minSupport, minCount, n);

        int distinct = table.size();
        int m = 0;
        for (int id = 0; id < distinct; id++) {
            if (itemCount[id] >= threshold) {
                m++;
            }
        }
        // the frequent ids by descending count, ties by first appearance (= id): a stable sort of the ids
        long[] keys = new long[m];
        for (int id = 0, f = 0; id < distinct; id++) {
            if (itemCount[id] >= threshold) {
                keys[f++] = ((long) (Integer.MAX_VALUE - itemCount[id]) << 32) | id;
            }
        }
        Arrays.sort(keys);
        int[] codeOf = new int[distinct];
        Arrays.fill(codeOf, -1);
        Object[] items = new Object[m];
        int[] itemCounts = new int[m];
        Map<T, Integer> codes = new HashMap<>(2 * m);
        for (int code = 0; code < m; code++) {
            int id = (int) keys[code];
            codeOf[id] = code;
            items[code] = table.item(id);
            itemCounts[code] = itemCount[id];
            @SuppressWarnings("unchecked")
            T item = (T) items[code];
            codes.put(item, code);
        }

        return new EncodedTransactions<>(n, threshold, items, itemCounts, occurrences, ends, codeOf,
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

    /**
     * The encoded non-empty transactions, each its codes in ascending order, in the order of the database; a new
     * array at every call (the caller may reorder it).
     */
    int[][] rows() {
        int n = transactionCount;
        int[][] rows = new int[n][];
        int kept = 0;
        int[] buffer = new int[Math.max(1, items.length)];
        for (int r = 0, from = 0; r < n; from = ends[r++]) {
            int length = 0;
            for (int i = from; i < ends[r]; i++) {
                int code = codeOf[occurrences[i]];
                if (code >= 0) {
                    buffer[length++] = code;
                }
            }
            if (length > 0) {
                // insertion sort: transactions are short, and Arrays.sort's set-up costs more than the sort
                for (int i = 1; i < length; i++) {
                    int code = buffer[i];
                    int j = i - 1;
                    while (j >= 0 && buffer[j] > code) {
                        buffer[j + 1] = buffer[j];
                        j--;
                    }
                    buffer[j + 1] = code;
                }
                rows[kept++] = Arrays.copyOf(buffer, length);
            }
        }
        return Arrays.copyOf(rows, kept);
    }

    /**
     * The encoded non-empty transactions as bit masks (bit {@code c} set when the transaction holds code {@code c}),
     * in the order of the database; a new array at every call.
     *
     * @throws IllegalStateException if there are more than 64 frequent items
     */
    long[] masks() {
        if (items.length > Long.SIZE) {
            throw new IllegalStateException("masks need at most 64 frequent items, there are " + items.length);
        }
        int n = transactionCount;
        long[] masks = new long[n];
        int kept = 0;
        for (int r = 0, from = 0; r < n; from = ends[r++]) {
            long mask = 0;
            for (int i = from; i < ends[r]; i++) {
                int code = codeOf[occurrences[i]];
                if (code >= 0) {
                    mask |= 1L << code;
                }
            }
            if (mask != 0) {
                masks[kept++] = mask;
            }
        }
        return kept == n ? masks : Arrays.copyOf(masks, kept);
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
