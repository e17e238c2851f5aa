package org.crm4j.core;

import java.util.Locale;

/**
 * Which page of a search to return: a zero-based page number, a page size in [1, 1000] and an order. Immutable
 * and thread-safe.
 *
 * @param page the zero-based page number, at least 0
 * @param size the number of elements per page, in [1, {@value #MAX_SIZE}]
 * @param sort the order; {@link Sort#BY_ID} if none is given
 */
public record PageRequest(int page, int size, Sort sort) {

    /** The largest page size. */
    public static final int MAX_SIZE = 1000;

    /**
     * Validates the components.
     *
     * @throws ValidationException on field {@code "page"} (rule {@code "must be >= 0"}) or {@code "size"} (rule
     *                             {@code "must be in [1, 1000]"})
     */
    public PageRequest {
        Require.notNegative("page", page);
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", String.format(Locale.ROOT, "must be in [1, %d]", MAX_SIZE),
                    size);
        }
        if (sort == null) {
            sort = Sort.BY_ID;
        }
    }

    /**
     * A page ordered by id.
     *
     * @param page the zero-based page number, at least 0
     * @param size the page size, in [1, 1000]
     * @return the request
     * @throws ValidationException as the canonical constructor
     */
    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, Sort.BY_ID);
    }

    /**
     * A sorted page.
     *
     * @param page the zero-based page number, at least 0
     * @param size the page size, in [1, 1000]
     * @param sort the order, not null
     * @return the request
     * @throws ValidationException as the canonical constructor
     */
    public static PageRequest of(int page, int size, Sort sort) {
        return new PageRequest(page, size, sort);
    }

    /** @return the index of the first element of this page: {@code page * size} */
    public long offset() {
        return (long) page * size;
    }
}
