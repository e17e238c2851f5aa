package org.crm4j.core;

import java.util.Locale;

/**
 * The order of a page of results: one property and a direction. Which properties a search accepts is documented
 * on the search (every search accepts {@code "id"}); ties are always broken by id, ascending, so paging is stable.
 * Immutable and thread-safe.
 *
 * @param property  the property to sort by, for example {@code "name"}; not blank
 * @param direction the direction, not null
 */
public record Sort(String property, Direction direction) {

    /** The order used when a page request names none: by id, ascending. */
    public static final Sort BY_ID = new Sort("id", Direction.ASC);

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
     * @throws ValidationException on field {@code "sort"} if the property is blank or the direction null
     */
    public Sort {
        if (property == null || property.isBlank()) {
            throw new ValidationException("sort", "must name a property", property);
        }
        if (direction == null) {
            throw new ValidationException("sort", "must have a direction", property);
        }
    }

    /**
     * Ascending by a property.
     *
     * @param property the property, not blank
     * @return the sort
     */
    public static Sort asc(String property) {
        return new Sort(property, Direction.ASC);
    }

    /**
     * Descending by a property.
     *
     * @param property the property, not blank
     * @return the sort
     */
    public static Sort desc(String property) {
        return new Sort(property, Direction.DESC);
    }

    /** @return for example {@code "name ASC"} */
    @Override
    public String toString() {
        return property + " " + direction.name().toUpperCase(Locale.ROOT);
    }
}
