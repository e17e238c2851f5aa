package org.crm4j.core;

import java.util.List;
import java.util.function.Function;

/**
 * One page of search results. Immutable (the content list is copied) and thread-safe if its elements are.
 *
 * @param content       the elements of this page, at most {@code size}, in the requested order
 * @param page          the zero-based page number
 * @param size          the requested page size
 * @param totalElements the number of matching elements on all pages
 * @param <T>           the element type
 */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    /**
     * Copies the content and checks the numbers.
     *
     * @throws IllegalArgumentException if page is negative, size is not positive or totalElements is negative
     */
    public Page {
        content = List.copyOf(content);
        if (page < 0 || size < 1 || totalElements < 0) {
            throw new IllegalArgumentException("page must be >= 0, size >= 1, totalElements >= 0, was page "
                    + page + ", size " + size + ", totalElements " + totalElements);
        }
    }

    /**
     * A page cut from a complete, already ordered list of matches.
     *
     * @param allMatches every match, in order
     * @param request    the requested page
     * @param <T>        the element type
     * @return the page
     */
    public static <T> Page<T> slice(List<T> allMatches, PageRequest<?> request) {
        int from = (int) Math.min(request.offset(), allMatches.size());
        int to = Math.min(from + request.size(), allMatches.size());
        return new Page<>(allMatches.subList(from, to), request.page(), request.size(), allMatches.size());
    }

    /** @return the number of pages, 0 if nothing matched */
    public long totalPages() {
        return (totalElements + size - 1) / size;
    }

    /** @return whether a page follows this one */
    public boolean hasNext() {
        return (long) (page + 1) * size < totalElements;
    }

    /**
     * Converts the elements, keeping the page numbers.
     *
     * @param mapper the conversion
     * @param <R>    the new element type
     * @return the converted page
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), page, size, totalElements);
    }
}
