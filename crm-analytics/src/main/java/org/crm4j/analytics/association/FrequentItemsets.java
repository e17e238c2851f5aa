package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.message;
import static org.crm4j.analytics.internal.Checks.require;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The frequent itemsets of a transaction database, as found by {@link Apriori} or {@link FPGrowth}: every set of
 * items contained in at least {@link #minCount()} transactions (up to the miner's {@code maxLength}), with its
 * count.
 *
 * <p>The itemsets are listed by size, then by their items' overall frequency (the most frequent items first);
 * both miners produce the same list for the same database and options. The collection is downward closed: every
 * non-empty subset of a listed itemset is listed. It is immutable and safe to share between threads;
 * {@link Itemset} objects are made on demand from a compact coded form.
 *
 * <pre>{@code
 * FrequentItemsets<String> f = FPGrowth.mine(baskets, 0.02);
 * double s = f.support(Set.of("bread", "butter"));   // throws if {bread, butter} is not frequent
 * List<Itemset<String>> maximal = f.maximal();
 * }</pre>
 *
 * @param <T> the item type
 * @see AssociationRules#generate(FrequentItemsets, double)
 */
public final class FrequentItemsets<T> implements Iterable<Itemset<T>> {

    private final Object[] items;
    private final Map<T, Integer> codes;
    private final int transactionCount;
    private final int minCount;
    private final int[][] sets;
    private final int[] counts;
    private final ItemsetIndex index;

    FrequentItemsets(EncodedTransactions<T> database, ItemsetCollector found) {
        this.items = database.items();
        this.codes = database.codes();
        this.transactionCount = database.transactionCount();
        this.minCount = database.minCount();
        int[][] rows = found.sortedRows();
        this.sets = new int[rows.length][];
        this.counts = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int length = rows[i].length - 1;
            sets[i] = Arrays.copyOf(rows[i], length);
            counts[i] = rows[i][length];
        }
        this.index = new ItemsetIndex(sets);
    }

    /**
     * The number of frequent itemsets.
     *
     * @return at least 0 (0 when no single item is frequent)
     */
    public int size() {
        return sets.length;
    }

    /**
     * The frequent itemsets in canonical order (by size, then by the items' overall frequency).
     *
     * @return a new sequential stream
     */
    public Stream<Itemset<T>> stream() {
        return IntStream.range(0, sets.length).mapToObj(this::itemset);
    }

    /**
     * The frequent itemsets in canonical order, as an unmodifiable list view.
     *
     * @return the itemsets; each {@code get} makes a new, equal {@link Itemset}
     */
    public List<Itemset<T>> itemsets() {
        return new AbstractList<>() {
            @Override
            public Itemset<T> get(int i) {
                return itemset(i);
            }

            @Override
            public int size() {
                return sets.length;
            }
        };
    }

    @Override
    public Iterator<Itemset<T>> iterator() {
        return itemsets().iterator();
    }

    /**
     * The number of transactions of the mined database, including empty ones.
     *
     * @return at least 1
     */
    public int transactionCount() {
        return transactionCount;
    }

    /**
     * The absolute threshold: an itemset is frequent when it is contained in at least this many transactions.
     * For a relative {@code minSupport} it is the smallest count {@code c} with
     * {@code c >= minSupport * transactionCount()}.
     *
     * @return at least 1
     */
    public int minCount() {
        return minCount;
    }

    /**
     * Whether {@code items} is one of the frequent itemsets.
     *
     * @param items the itemset (not modified)
     * @return false for a non-frequent or empty set
     * @throws IllegalArgumentException if {@code items} is null or holds null
     */
    public boolean contains(Set<? extends T> items) {
        return items != null && !items.isEmpty() && find(items) >= 0;
    }

    /**
     * The number of transactions containing every item of a frequent itemset.
     *
     * @param items the itemset (not modified)
     * @return the exact count, at least {@link #minCount()}
     * @throws IllegalArgumentException if {@code items} is null, empty or holds null, or is not frequent (the
     *                                  message names the itemset)
     */
    public int count(Set<? extends T> items) {
        return counts[position(items)];
    }

    /**
     * The support of a frequent itemset: its count divided by {@link #transactionCount()}.
     *
     * @param items the itemset (not modified)
     * @return the exact support, in (0, 1]
     * @throws IllegalArgumentException if {@code items} is null, empty or holds null, or is not frequent (the
     *                                  message names the itemset)
     */
    public double support(Set<? extends T> items) {
        return counts[position(items)] / (double) transactionCount;
    }

    /**
     * The maximal frequent itemsets: those with no frequent proper superset. When the miner had a
     * {@code maxLength}, "frequent" means "found": an itemset of {@code maxLength} items is maximal here.
     *
     * @return the maximal itemsets in canonical order, unmodifiable
     */
    public List<Itemset<T>> maximal() {
        return select(false);
    }

    /**
     * The closed frequent itemsets: those with no proper superset of the same count. They determine the count of
     * every frequent itemset (the largest count among its closed supersets). With a {@code maxLength}, closure is
     * judged among the itemsets found.
     *
     * @return the closed itemsets in canonical order, unmodifiable
     */
    public List<Itemset<T>> closed() {
        return select(true);
    }

    private List<Itemset<T>> select(boolean closed) {
        boolean[] covered = new boolean[sets.length];
        int[] subset = new int[1];
        for (int position = 0; position < sets.length; position++) {
            int[] set = sets[position];
            int length = set.length - 1;
            if (length == 0) {
                continue;
            }
            if (subset.length < length) {
                subset = new int[length];
            }
            for (int skip = 0; skip <= length; skip++) {
                for (int i = 0, j = 0; i <= length; i++) {
                    if (i != skip) {
                        subset[j++] = set[i];
                    }
                }
                int sub = index.find(subset, length);
                if (!closed || counts[sub] == counts[position]) {
                    covered[sub] = true;
                }
            }
        }
        List<Itemset<T>> selected = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            if (!covered[i]) {
                selected.add(itemset(i));
            }
        }
        return Collections.unmodifiableList(selected);
    }

    /**
     * A report in the style of arules' {@code summary(itemsets)}: the number of itemsets and transactions, the
     * threshold, the number of itemsets of each length, the spread of the supports (min, median, mean, max) and the
     * ten itemsets of highest count (the first found on ties).
     *
     * @return the report, several lines
     */
    public String summary() {
        StringBuilder out = new StringBuilder(512);
        out.append(message("Frequent itemsets: %d in %d transactions, minimum count %d (support %.4f)%n",
                sets.length, transactionCount, minCount, minCount / (double) transactionCount));
        if (sets.length == 0) {
            return out.toString();
        }
        int longest = 0;
        for (int[] set : sets) {
            longest = Math.max(longest, set.length);
        }
        int[] byLength = new int[longest + 1];
        for (int[] set : sets) {
            byLength[set.length]++;
        }
        out.append(message("Itemsets by length:%n%8s %9s%n", "length", "itemsets"));
        for (int length = 1; length <= longest; length++) {
            if (byLength[length] > 0) {
                out.append(message("%8d %9d%n", length, byLength[length]));
            }
        }
        int[] sorted = counts.clone();
        Arrays.sort(sorted);
        double total = 0;
        for (int count : sorted) {
            total += count;
        }
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        out.append(message("Support: min %.4f, median %.4f, mean %.4f, max %.4f%n",
                sorted[0] / (double) transactionCount, median / transactionCount, total / n / transactionCount, sorted[n - 1] / (double) transactionCount));
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        out.append(message("Most frequent itemsets:%n"));
        for (int i = 0; i < Math.min(10, n); i++) {
            Itemset<T> itemset = itemset(order[i]);
            out.append(message("  %s  count %d, support %.4f%n", itemset.items(), itemset.count(),
                    itemset.support()));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return message("FrequentItemsets[size=%d, transactions=%d, minCount=%d]", sets.length, transactionCount,
                minCount);
    }

    /** The ascending codes of the itemset at {@code position} (shared, not to be modified). */
    int[] codesAt(int position) {
        return sets[position];
    }

    /** The count of the itemset at {@code position}. */
    int countAt(int position) {
        return counts[position];
    }

    /** The position of the coded itemset {@code codes[0 .. length)}, or -1 if it is not frequent. */
    int find(int[] codes, int length) {
        return index.find(codes, length);
    }

    /** The items of {@code codes[0 .. length)}, in that order. */
    Set<T> decode(int[] codes, int length) {
        Set<T> decoded = new LinkedHashSet<>(2 * length);
        for (int i = 0; i < length; i++) {
            decoded.add(item(codes[i]));
        }
        return decoded;
    }

    private Itemset<T> itemset(int position) {
        int[] set = sets[position];
        return new Itemset<>(decode(set, set.length), counts[position], counts[position] / (double) transactionCount);
    }

    @SuppressWarnings("unchecked")
    private T item(int code) {
        return (T) items[code];
    }

    private int find(Set<? extends T> items) {
        int[] key = new int[items.size()];
        int length = 0;
        for (T item : items) {
            require(item != null, "items must not contain null, was %s", items);
            Integer code = codes.get(item);
            if (code == null) {
                return -1;
            }
            key[length++] = code;
        }
        Arrays.sort(key);
        return index.find(key, length);
    }

    private int position(Set<? extends T> items) {
        require(items != null, "items must not be null");
        require(!items.isEmpty(), "items must not be empty");
        int position = find(items);
        require(position >= 0, "itemset %s is not frequent: fewer than %d of %d transactions contain it",
                items, minCount, transactionCount);
        return position;
    }
}
