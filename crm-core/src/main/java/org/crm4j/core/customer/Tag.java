package org.crm4j.core.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crm4j.core.ValidationException;

/**
 * A free label on a customer, normalised to trimmed lower case: 1 to 50 letters, digits, spaces, {@code -} or
 * {@code _}. Immutable.
 *
 * @param value the normalised label
 */
public record Tag(String value) {

    private static final Pattern FORMAT = Pattern.compile("[\\p{L}\\p{N} _-]{1,50}");

    /**
     * Normalises and validates.
     *
     * @throws ValidationException on field {@code "tags"}: rule {@code "must not be blank"} or {@code "must be 1 to
     *                             50 letters, digits, spaces, - or _"}
     */
    public Tag {
        if (value == null || value.isBlank()) {
            throw new ValidationException("tags", "must not be blank", value);
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            throw new ValidationException("tags", "must be 1 to 50 letters, digits, spaces, - or _", value);
        }
        value = normalised;
    }

    /**
     * @param text the label
     * @return the normalised tag
     * @throws ValidationException as the canonical constructor
     */
    public static Tag of(String text) {
        return new Tag(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
