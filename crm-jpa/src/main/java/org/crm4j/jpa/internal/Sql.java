package org.crm4j.jpa.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.crm4j.core.Sort;

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
    static String direction(Sort sort) {
        return sort.direction() == Sort.Direction.DESC ? " DESC" : " ASC";
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
