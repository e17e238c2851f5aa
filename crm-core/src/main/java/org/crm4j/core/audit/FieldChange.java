package org.crm4j.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * One field of a record before and after a write, as text. Personal fields (a customer's name, e-mail address,
 * phone, date of birth, gender, tags; a lead's name, e-mail, phone and company; free texts of tickets and activities)
 * carry {@link #MASKED} instead of their values: the audit trail says that they changed, not what they were.
 * Values longer than {@value #MAX_VALUE_LENGTH} characters are cut there, followed by {@code "… (N characters)"}.
 * Immutable.
 *
 * @param field  the record component's name, for example {@code "stage"}
 * @param before the value before, or empty (created, or no value)
 * @param after  the value after, or empty (deleted, or no value)
 */
public record FieldChange(String field, Optional<String> before, Optional<String> after) {

    /** What a personal value is replaced by. */
    public static final String MASKED = "***";
    /** The longest value kept; longer ones are cut. */
    public static final int MAX_VALUE_LENGTH = 500;

    /**
     * @throws ValidationException on field {@code "field"} if null or blank, or {@code "before"} / {@code "after"}
     *                             if null
     */
    public FieldChange {
        Require.text("field", field, 100);
        Require.nonNull("before", before);
        Require.nonNull("after", after);
    }

    /**
     * Encodes changes as one unambiguous text, the form adapters store and the hash covers: per change a line
     * {@code field SP value SP value LF}, each value {@code -} when absent or {@code <length>:<text>}.
     *
     * @param changes the changes, not null
     * @return the text
     */
    public static String encode(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            text.append(change.field()).append(' ');
            value(text, change.before());
            text.append(' ');
            value(text, change.after());
            text.append('\n');
        }
        return text.toString();
    }

    private static void value(StringBuilder text, Optional<String> value) {
        if (value.isEmpty()) {
            text.append('-');
        } else {
            text.append(value.get().length()).append(':').append(value.get());
        }
    }

    /**
     * Decodes {@link #encode(List)}.
     *
     * @param text the encoded changes, not null
     * @return the changes
     * @throws ValidationException on field {@code "changes"}, rule {@code "must be encoded by
     *                             FieldChange.encode"}, if the text is malformed
     */
    public static List<FieldChange> decode(String text) {
        Require.nonNull("changes", text);
        List<FieldChange> changes = new ArrayList<>();
        int[] at = {0};
        try {
            while (at[0] < text.length()) {
                int space = text.indexOf(' ', at[0]);
                String field = text.substring(at[0], space);
                at[0] = space + 1;
                Optional<String> before = read(text, at);
                expect(text, at, ' ');
                Optional<String> after = read(text, at);
                expect(text, at, '\n');
                changes.add(new FieldChange(field, before, after));
            }
        } catch (RuntimeException malformed) {
            throw new ValidationException("changes", "must be encoded by FieldChange.encode", text);
        }
        return changes;
    }

    private static Optional<String> read(String text, int[] at) {
        if (text.charAt(at[0]) == '-') {
            at[0]++;
            return Optional.empty();
        }
        int colon = text.indexOf(':', at[0]);
        int length = Integer.parseInt(text.substring(at[0], colon));
        String value = text.substring(colon + 1, colon + 1 + length);
        at[0] = colon + 1 + length;
        return Optional.of(value);
    }

    private static void expect(String text, int[] at, char c) {
        if (text.charAt(at[0]) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + at[0]);
        }
        at[0]++;
    }
}
