package org.crm4j.core;

import java.util.Locale;

/**
 * A value that must be unique is already taken: an e-mail address, a SKU, a relationship. The exception names the
 * {@linkplain #field() field} and the duplicated {@linkplain #value() value}. The operation that threw it has
 * changed nothing.
 */
public class DuplicateException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;

    /**
     * Creates the exception with the message {@code "<field> must be unique, <value> is already in use"}.
     *
     * @param field the unique field, for example {@code "email"}
     * @param value the duplicated value
     */
    public DuplicateException(String field, Object value) {
        super(String.format(Locale.ROOT, "%s must be unique, %s is already in use", field,
                ValidationException.cut(String.valueOf(value))));
        this.field = field;
        this.value = String.valueOf(value);
    }

    /** @return the unique field */
    public String field() {
        return field;
    }

    /** @return the duplicated value, as text */
    public String value() {
        return value;
    }
}
