package org.crm4j.core;

import java.util.Locale;

/**
 * A command or argument broke a rule: a blank name, an invalid e-mail address, a negative quantity, an illegal
 * lifecycle transition. The exception names the offending {@linkplain #field() field}, the {@linkplain #rule()
 * rule} it broke and, in its message, the rejected value (cut after {@value #MAX_VALUE_IN_MESSAGE} characters).
 * The operation that threw it has changed nothing.
 */
public class ValidationException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;

    /**
     * Creates the exception with the message {@code "<field> <rule>, was <value>"}.
     *
     * @param field the name of the offending field or parameter, as the caller spells it (for example
     *              {@code "email"} or {@code "quantity"}), not null
     * @param rule  the rule that was broken, phrased to follow the field name (for example
     *              {@code "must not be blank"}), not null
     * @param value the rejected value, may be null
     */
    public ValidationException(String field, String rule, Object value) {
        super(String.format(Locale.ROOT, "%s %s, was %s", field, rule, quote(value)));
        this.field = field;
        this.rule = rule;
    }

    /** @return the name of the offending field or parameter */
    public String field() {
        return field;
    }

    /** @return the broken rule, phrased to follow the field name */
    public String rule() {
        return rule;
    }

    /** Longest rejected value repeated in a message; longer ones are cut (see {@link #cut(String)}). */
    public static final int MAX_VALUE_IN_MESSAGE = 100;

    private static String quote(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof CharSequence ? "\"" + cut(value.toString()) + "\"" : cut(String.valueOf(value));
    }

    /**
     * Cuts a rejected value for a message: values of at most {@value #MAX_VALUE_IN_MESSAGE} characters stay whole,
     * longer ones keep their first {@value #MAX_VALUE_IN_MESSAGE} characters followed by {@code "… (N characters)"},
     * so that a huge input does not make a huge message (or log line).
     *
     * @param value the value, not null
     * @return the value, cut if longer than {@value #MAX_VALUE_IN_MESSAGE} characters
     */
    public static String cut(String value) {
        if (value.length() <= MAX_VALUE_IN_MESSAGE) {
            return value;
        }
        int end = MAX_VALUE_IN_MESSAGE;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return value.substring(0, end) + "\u2026 (" + value.length() + " characters)";
    }
}
