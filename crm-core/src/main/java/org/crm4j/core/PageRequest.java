package org.crm4j.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Which page of a search to return: a zero-based page number, a page size in [1, 1000] and, optionally, an order
 * by one of the feature's sort keys (by id ascending if none is given). Immutable and thread-safe.
 *
 * @param page the zero-based page number, at least 0
 * @param size the number of elements per page, in [1, {@value #MAX_SIZE}]
 * @param sort the order; empty for id ascending
 * @param <K>  the sort keys of the feature searched, for example {@code CustomerSort}
 */
public record PageRequest<K extends SortKey>(int page, int size, Optional<Sort<K>> sort) {

    /** The largest page size. */
    public static final int MAX_SIZE = 1000;

    /**
     * Validates the components.
     *
     * @throws ValidationException on field {@code "page"} (rule {@code "must be >= 0"}), {@code "size"} (rule
     *                             {@code "must be in [1, 1000]"}) or {@code "sort"} (rule {@link Require#NOT_NULL})
     */
    public PageRequest {
        Require.notNegative("page", page);
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", String.format(Locale.ROOT, "must be in [1, %d]", MAX_SIZE),
                    size);
        }
        Require.nonNull("sort", sort);
    }

    /**
     * A page ordered by id.
     *
     * @param page the zero-based page number, at least 0
     * @param size the page size, in [1, 1000]
     * @param <K>  the sort keys of the feature searched (inferred)
     * @return the request
     * @throws ValidationException as the canonical constructor
     */
    public static <K extends SortKey> PageRequest<K> of(int page, int size) {
        return new PageRequest<>(page, size, Optional.empty());
    }

    /**
     * A sorted page.
     *
     * @param page the zero-based page number, at least 0
     * @param size the page size, in [1, 1000]
     * @param sort the order, not null
     * @param <K>  the sort keys of the feature searched
     * @return the request
     * @throws ValidationException as the canonical constructor, or on field {@code "sort"} if it is null
     */
    public static <K extends SortKey> PageRequest<K> of(int page, int size, Sort<K> sort) {
        return new PageRequest<>(page, size, Optional.of(Require.nonNull("sort", sort)));
    }

    /** @return the index of the first element of this page: {@code page * size} */
    public long offset() {
        return (long) page * size;
    }
}
