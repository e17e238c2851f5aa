package org.crm4j.core.imports;

import java.util.Locale;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.sales.InsufficientStockException;

/**
 * A bulk import was refused because of one row; nothing of the import was written. The row is
 * {@linkplain #row() numbered} from 1 in the order of the input; the {@linkplain #field() field} and the
 * {@linkplain #getCause() cause} say what was wrong with it: the core's {@link ValidationException} naming the field
 * and rule, a {@link DuplicateException} (e-mail address or SKU taken, or repeated in the input), a
 * {@link NotFoundException} (unknown customer, product or campaign of a sale) or an
 * {@link InsufficientStockException} (the sales of the import together exceed a product's stock; field
 * {@code quantity}, the row of the chunk where the stock ran out).
 */
public class ImportException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final long row;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param row   the refused row, from 1
     * @param field the offending field of that row, as the row's command names it (for example {@code "email"} or
     *              {@code "quantity"}), or null if the whole row is wrong (a missing row)
     * @param cause why it was refused, not null
     */
    public ImportException(long row, String field, CrmException cause) {
        super(String.format(Locale.ROOT, "import refused row %d%s, nothing was imported: %s", row,
                field == null ? "" : " (" + field + ")", cause.getMessage()), cause);
        this.row = row;
        this.field = field;
    }

    /** @return the refused row, numbered from 1 in the order of the input */
    public long row() {
        return row;
    }

    /** @return the offending field of the row, or null if the row as a whole was refused */
    public String field() {
        return field;
    }
}
