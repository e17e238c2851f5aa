package org.crm4j.examples.console;

import java.util.Locale;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.SortKey;

/**
 * The query parameters of a list page: {@code q} (search text), {@code page} (from 0), {@code size} (1 to 100)
 * and {@code sort}/{@code dir} (a key of the feature's sort enum, {@code asc} or {@code desc}). Out-of-range
 * values fall back to the defaults, since they come from a URL anyone can edit.
 *
 * @param q    the search text, blank for none
 * @param page the page, from 0 (null for 0)
 * @param size rows per page (null for {@value #DEFAULT_SIZE})
 * @param sort the sort key's name
 * @param dir  {@code asc} or {@code desc}
 */
record ListParams(String q, Integer page, Integer size, String sort, String dir) {

    static final int DEFAULT_SIZE = 10;

    ListParams {
        q = q == null ? "" : q.strip();
        page = page == null ? 0 : Math.max(0, page);
        size = size == null || size < 1 || size > 100 ? DEFAULT_SIZE : size;
        dir = "desc".equalsIgnoreCase(dir) ? "desc" : "asc";
    }

    /** @return whether there is search text */
    public boolean searching() {
        return !q.isEmpty();
    }

    /**
     * @param keys     the feature's sort keys
     * @param fallback the key when {@code sort} names none of them
     * @param <K>      the sort key type
     * @return the page request
     */
    <K extends Enum<K> & SortKey> PageRequest<K> request(Class<K> keys, K fallback) {
        K key = fallback;
        for (K candidate : keys.getEnumConstants()) {
            if (candidate.name().equalsIgnoreCase(sort == null ? "" : sort)) {
                key = candidate;
            }
        }
        Sort<K> order = "desc".equals(dir) ? Sort.desc(key) : Sort.asc(key);
        return PageRequest.of(page, size, order);
    }

    /**
     * @param column a sort key's name
     * @return the direction a click on that column's header asks for: the opposite when it is the current one
     */
    public String nextDir(String column) {
        return column.toLowerCase(Locale.ROOT).equals(sort == null ? "" : sort.toLowerCase(Locale.ROOT))
                && "asc".equals(dir) ? "desc" : "asc";
    }
}
