package org.crm4j.jpa.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.SortKey;

/**
 * The few SQL fragments that differ between the dialects, and helpers shared by the repositories' native queries.
 * Text is ordered by code point (as {@link String#compareTo} orders it, which is what the in-memory adapter does),
 * not by the database's linguistic collation.
 */
final class Sql {

    /** The escape character of {@link #containsPattern(String)}. */
    static final String LIKE_ESCAPE = " ESCAPE '!'";

    private Sql() {
    }

    /**
     * An expression that orders a text column case-insensitively in code point order.
     *
     * @param dialect the dialect
     * @param column  the column
     * @return the ORDER BY expression
     */
    static String lowerTextOrder(Dialect dialect, String column) {
        return binary(dialect, "LOWER(" + column + ")");
    }

    /**
     * An expression that orders an already normalised text column in code point order.
     *
     * @param dialect the dialect
     * @param column  the column
     * @return the ORDER BY expression
     */
    static String textOrder(Dialect dialect, String column) {
        return binary(dialect, column);
    }

    private static String binary(Dialect dialect, String expression) {
        return switch (dialect) {
            case POSTGRESQL -> expression + " COLLATE \"C\"";
            case MARIADB -> expression + " COLLATE utf8mb4_bin";
            case H2 -> expression;
        };
    }

    /**
     * A LIKE pattern matching text that contains {@code part}, lower-cased, with {@code %}, {@code _} and the escape
     * character escaped; use it with {@code LOWER(column) LIKE ?} and {@link #LIKE_ESCAPE}.
     *
     * @param part the text to find
     * @return the pattern
     */
    static String containsPattern(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(lower.length() + 2).append('%');
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == '!') {
                pattern.append('!');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    /**
     * @param sort the requested order
     * @return {@code " ASC"} or {@code " DESC"}
     */
    static String direction(Sort<?> sort) {
        return sort.descending() ? " DESC" : " ASC";
    }

    /**
     * The ORDER BY expressions of a search: the requested key's expression in the requested direction, then the id
     * ascending as the tie-breaker; the id alone when sorting by id or when no sort was requested.
     *
     * @param request  the page
     * @param column   the ORDER BY expression of each sort key (an exhaustive switch, so a new key does not compile
     *                 until it is mapped); {@code idColumn} for the ID key
     * @param idColumn the id column, for example {@code "c.id"}
     * @param <K>      the feature's sort keys
     * @return for example {@code "c.created_at DESC, c.id ASC"}
     */
    static <K extends SortKey> String orderBy(PageRequest<K> request, Function<K, String> column, String idColumn) {
        return request.sort().map(sort -> {
            String expression = column.apply(sort.key());
            return expression.equals(idColumn) ? idColumn + direction(sort)
                    : expression + direction(sort) + ", " + idColumn + " ASC";
        }).orElse(idColumn + " ASC");
    }

    /**
     * The precision the schema stores: microseconds.
     *
     * @param instant an instant, or null
     * @return the instant truncated to microseconds, or null
     */
    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
