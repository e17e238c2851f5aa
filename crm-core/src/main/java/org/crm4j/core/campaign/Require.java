package org.crm4j.core.campaign;

import org.crm4j.core.ValidationException;

/** Argument checks of the campaign feature, reported as {@link ValidationException}s. */
final class Require {

    /** The rule of a missing value. */
    static final String NOT_NULL = "must not be null";
    /** The rule of a blank text. */
    static final String NOT_BLANK = "must not be blank";

    private Require() {
    }

    static <T> T nonNull(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, NOT_NULL, null);
        }
        return value;
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, NOT_BLANK, value);
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new ValidationException(field, "must have at most " + maxLength + " characters",
                    stripped.length() + " characters");
        }
        return stripped;
    }
}
