package org.crm4j.analytics.association;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A frequent itemset: a set of items, the number of transactions that contain all of them, and that number as a
 * fraction of the database.
 *
 * <p>Immutable: the items are copied into an unmodifiable set that keeps the order it was given (the miners give
 * items by descending overall frequency). Two itemsets are equal when they have equal item sets, counts and
 * supports, whatever the order of their items.
 *
 * @param items   the items, not null, not empty, no null item
 * @param count   the number of transactions containing every item, at least 1
 * @param support {@code count} divided by the number of transactions, in (0, 1]
 * @param <T>     the item type
 */
public record Itemset<T>(Set<T> items, int count, double support) {

    /**
     * Checks and copies the arguments.
     *
     * @param items   the items
     * @param count   the number of transactions containing them
     * @param support {@code count / n}
     * @throws IllegalArgumentException if {@code items} is null, empty or holds null, {@code count < 1} or
     *                                  {@code support} is outside (0, 1]
     */
    public Itemset {
        require(items != null, "items must not be null");
        require(!items.isEmpty(), "items must not be empty");
        for (T item : items) {
            require(item != null, "items must not contain null, was %s", items);
        }
        require(count >= 1, "count must be >= 1, was %d", count);
        require(support > 0 && support <= 1, "support must be in (0, 1], was %s", support);
        items = Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    /**
     * The number of items.
     *
     * @return {@code items().size()}
     */
    public int size() {
        return items.size();
    }
}
