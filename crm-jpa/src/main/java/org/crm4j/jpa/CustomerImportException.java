package org.crm4j.jpa;

import java.util.Locale;
import org.crm4j.core.CrmException;

/**
 * A bulk customer import was refused because of one row; nothing of the import was written. The row is
 * {@linkplain #row() numbered} from 1 in the order of the input stream; the {@linkplain #getCause() cause} is the
 * core's exception for that row (a {@link org.crm4j.core.ValidationException} naming the field and rule, or a
 * {@link org.crm4j.core.DuplicateException} for an e-mail address already taken or repeated in the input).
 */
public class CustomerImportException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final long row;

    /**
     * Creates the exception.
     *
     * @param row   the refused row, from 1
     * @param cause why it was refused
     */
    public CustomerImportException(long row, CrmException cause) {
        super(String.format(Locale.ROOT, "customer import refused row %d, nothing was imported: %s", row,
                cause.getMessage()), cause);
        this.row = row;
    }

    /** @return the refused row, numbered from 1 in the order of the input */
    public long row() {
        return row;
    }
}
