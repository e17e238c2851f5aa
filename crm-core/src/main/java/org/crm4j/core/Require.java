package org.crm4j.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The argument checks of every feature, each reported as a {@link ValidationException} naming the field and the
 * rule it broke. One argument order everywhere: the field first (as the message reads: {@code "name must not be
 * blank"}), then the value, then the limits. Each check returns the checked value so that it can be used inline,
 * in compact constructors for example:
 *
 * <pre>{@code
 * public NewCampaign {
 *     name = Require.text("name", name, Campaign.MAX_NAME_LENGTH);
 *     Require.nonNull("startDate", startDate);
 *     Require.period("startDate", startDate, "endDate", endDate);
 * }
 * }</pre>
 *
 * <p>The rules are constants so that tests and bad-input tables quote them instead of copying the text.
 */
public final class Require {

    /** The rule of a missing value. */
    public static final String NOT_NULL = "must not be null";
    /** The rule of an empty or whitespace-only text. */
    public static final String NOT_BLANK = "must not be blank";
    /** The rule of a count that must be positive. */
    public static final String POSITIVE = "must be > 0";
    /** The rule of a count that must not be negative. */
    public static final String NOT_NEGATIVE = "must be >= 0";

    /** The rule of a text with a control character or a lone surrogate (not storable as UTF-8). */
    public static final String PLAIN_TEXT = "must not contain control characters or unpaired surrogates";
    /** The rule of a multi-line text (an activity's body) with a control character other than tab and line breaks. */
    public static final String MULTILINE_TEXT = "must not contain control characters other than tab, line feed and "
            + "carriage return, or unpaired surrogates";
    /**
     * The earliest date crm4j stores: every supported database stores the range exactly, and it starts after the
     * Julian-to-Gregorian switch of 1582, where JDBC's legacy date conversions shift days.
     */
    public static final LocalDate MIN_DATE = LocalDate.of(1600, 1, 1);
    /** The latest date crm4j stores. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    /** The rule of a date or time outside [{@link #MIN_DATE}, {@link #MAX_DATE}]. */
    public static final String STORABLE_DATE = "must be between 1600-01-01 and 9999-12-31";
    /** Amounts are stored as DECIMAL(19, 4): at most 15 digits before the decimal point. */
    public static final BigDecimal AMOUNT_LIMIT = BigDecimal.TEN.pow(15);
    /** The rule of an amount of 10^15 or more in absolute value. */
    public static final String STORABLE_AMOUNT = "must have at most 15 digits before the decimal point";

    private Require() {
    }

    /**
     * @param field the field's name, as the caller spells it
     * @param value the value
     * @param <T>   the value's type
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #NOT_NULL}, if {@code value} is null
     */
    public static <T> T nonNull(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, NOT_NULL, null);
        }
        return value;
    }

    /**
     * A required text, stripped of leading and trailing white space.
     *
     * @param field     the field's name
     * @param value     the text
     * @param maxLength the largest length of the stripped text, at least 1
     * @return the stripped text
     * @throws ValidationException on {@code field}, rule {@link #NOT_BLANK} if {@code value} is null or blank, or
     *                             rule {@code "must be at most <maxLength> characters"} if it is longer
     */
    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, NOT_BLANK, value);
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new ValidationException(field, maxLength(maxLength), value);
        }
        return plain(field, stripped);
    }

    /**
     * A text every database stores and returns unchanged: no control character (U+0000 to U+001F, U+007F to
     * U+009F, which PostgreSQL refuses or terminals misprint) and no unpaired UTF-16 surrogate (which has no UTF-8
     * form and was silently stored as {@code ?}).
     *
     * @param field the field's name
     * @param value the text, not null
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #PLAIN_TEXT}
     */
    public static String plain(String field, String value) {
        return checkText(field, value, false);
    }

    /**
     * A multi-line text every database stores and returns unchanged: as {@link #plain(String, String)}, but tab,
     * line feed and carriage return are allowed.
     *
     * @param field the field's name
     * @param value the text, not null
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #MULTILINE_TEXT}
     */
    public static String multiline(String field, String value) {
        return checkText(field, value, true);
    }

    private static String checkText(String field, String value, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean bad = Character.isISOControl(c) && !(lines && (c == '\t' || c == '\n' || c == '\r'));
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i));
            } else if (Character.isLowSurrogate(c)) {
                bad = true;
            }
            if (bad) {
                throw new ValidationException(field, lines ? MULTILINE_TEXT : PLAIN_TEXT, value);
            }
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param value a date, or null
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #STORABLE_DATE}, outside [1600-01-01, 9999-12-31]
     */
    public static LocalDate storable(String field, LocalDate value) {
        if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
            throw new ValidationException(field, STORABLE_DATE, value);
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param value an instant, or null
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #STORABLE_DATE}, if its UTC date is outside
     *                             [1600-01-01, 9999-12-31]
     */
    public static Instant storable(String field, Instant value) {
        if (value != null && (value.isBefore(MIN_DATE.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !value.isBefore(MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            throw new ValidationException(field, STORABLE_DATE, value);
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param value an amount, or null
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #STORABLE_AMOUNT}, if its absolute amount is
     *                             10^15 or more
     */
    public static Money storable(String field, Money value) {
        if (value != null && value.amount().abs().compareTo(AMOUNT_LIMIT) >= 0) {
            throw new ValidationException(field, STORABLE_AMOUNT, value);
        }
        return value;
    }

    /**
     * @param maxLength the largest length
     * @return the rule of a text longer than {@code maxLength}: {@code "must be at most <maxLength> characters"}
     */
    public static String maxLength(int maxLength) {
        return String.format(Locale.ROOT, "must be at most %d characters", maxLength);
    }

    /**
     * @param field the field's name
     * @param value a count, such as a quantity
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #POSITIVE}, if {@code value <= 0}
     */
    public static int positive(String field, int value) {
        if (value <= 0) {
            throw new ValidationException(field, POSITIVE, value);
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param value a count, such as a stock
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #NOT_NEGATIVE}, if {@code value < 0}
     */
    public static int notNegative(String field, int value) {
        if (value < 0) {
            throw new ValidationException(field, NOT_NEGATIVE, value);
        }
        return value;
    }

    /**
     * @param field the field's name
     * @param value a count, such as a version
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #NOT_NEGATIVE}, if {@code value < 0}
     */
    public static long notNegative(String field, long value) {
        if (value < 0) {
            throw new ValidationException(field, NOT_NEGATIVE, value);
        }
        return value;
    }

    /**
     * Checks the ends of a half-open period {@code [from, to)}: both present, {@code to} not before {@code from}
     * ({@code to == from} is the empty period).
     *
     * @param fromField the name of the start
     * @param from      the start, inclusive
     * @param toField   the name of the end
     * @param to        the end, exclusive
     * @param <T>       a point in time ({@code Instant}, {@code LocalDate}, ...)
     * @throws ValidationException on {@code fromField} or {@code toField}, rule {@link #NOT_NULL}, if an end is
     *                             null, or on {@code toField}, rule {@link #notBefore(String)}, if
     *                             {@code to < from}
     */
    public static <T extends Comparable<? super T>> void period(String fromField, T from, String toField, T to) {
        nonNull(fromField, from);
        nonNull(toField, to);
        notBefore(toField, to, fromField, from);
    }

    /**
     * Checks that one point in time is not before another, each of which may be absent (an open end).
     *
     * @param field      the name of the later point
     * @param value      the later point, or null
     * @param otherField the name of the earlier point
     * @param other      the earlier point, or null
     * @param <T>        a point in time
     * @return {@code value}
     * @throws ValidationException on {@code field}, rule {@link #notBefore(String) notBefore(otherField)}, if both
     *                             are present and {@code value < other}
     */
    public static <T extends Comparable<? super T>> T notBefore(String field, T value, String otherField, T other) {
        if (value != null && other != null && value.compareTo(other) < 0) {
            throw new ValidationException(field, notBefore(otherField), value);
        }
        return value;
    }

    /**
     * @param otherField the name of the earlier point
     * @return the rule of a point before {@code otherField}: {@code "must not be before <otherField>"}
     */
    public static String notBefore(String otherField) {
        return "must not be before " + otherField;
    }
}
