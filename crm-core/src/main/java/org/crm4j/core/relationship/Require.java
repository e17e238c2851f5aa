package org.crm4j.core.relationship;

import org.crm4j.core.ValidationException;

/** Argument checks of the relationship feature, reported as {@link ValidationException}s. */
final class Require {

    /** The rule of a missing value. */
    static final String NOT_NULL = "must not be null";

    private Require() {
    }

    static <T> T nonNull(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, NOT_NULL, null);
        }
        return value;
    }
}
