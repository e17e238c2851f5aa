package org.crm4j.core;

import java.util.Locale;

/**
 * An id named something that does not exist (never created, or deleted). The exception names the
 * {@linkplain #field() field} that carried the id and the {@linkplain #id() id} itself. The operation that threw it
 * has changed nothing.
 */
public class NotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String id;

    /**
     * Creates the exception with the message {@code "<field> <id> does not exist"}.
     *
     * @param field the field or parameter that carried the unknown id, for example {@code "customerId"}
     * @param id    the unknown id, not null
     */
    public NotFoundException(String field, Object id) {
        super(String.format(Locale.ROOT, "%s %s does not exist", field, id));
        this.field = field;
        this.id = String.valueOf(id);
    }

    /** @return the field or parameter that carried the unknown id */
    public String field() {
        return field;
    }

    /** @return the unknown id, as text */
    public String id() {
        return id;
    }
}
