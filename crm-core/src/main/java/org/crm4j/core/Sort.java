package org.crm4j.core;

import java.util.Locale;

/**
 * The order of a page of results: one key of the feature's {@link SortKey} enum and a direction; ties are broken
 * by id ascending. Immutable and thread-safe.
 *
 * <pre>{@code
 * crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 20, Sort.desc(CustomerSort.CREATED_AT)));
 * }</pre>
 *
 * @param key       the property to sort by, not null
 * @param direction the direction, not null
 * @param <K>       the feature's sort keys
 */
public record Sort<K extends SortKey>(K key, Direction direction) {

    /** Ascending or descending. */
    public enum Direction {
        /** Smallest first; text in case-insensitive order. */
        ASC,
        /** Largest first. */
        DESC
    }

    /**
     * Validates the components.
     *
     * @throws ValidationException on field {@code "sort.key"} or {@code "sort.direction"}, rule
     *                             {@link Require#NOT_NULL}
     */
    public Sort {
        Require.nonNull("sort.key", key);
        Require.nonNull("sort.direction", direction);
    }

    /**
     * Ascending by a key.
     *
     * @param key the key, not null
     * @param <K> the feature's sort keys
     * @return the sort
     */
    public static <K extends SortKey> Sort<K> asc(K key) {
        return new Sort<>(key, Direction.ASC);
    }

    /**
     * Descending by a key.
     *
     * @param key the key, not null
     * @param <K> the feature's sort keys
     * @return the sort
     */
    public static <K extends SortKey> Sort<K> desc(K key) {
        return new Sort<>(key, Direction.DESC);
    }

    /** @return whether this sort is descending */
    public boolean descending() {
        return direction == Direction.DESC;
    }

    /** @return for example {@code "name ASC"} */
    @Override
    public String toString() {
        return key.property() + " " + direction.name().toUpperCase(Locale.ROOT);
    }
}
