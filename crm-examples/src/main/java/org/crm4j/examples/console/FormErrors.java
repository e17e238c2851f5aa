package org.crm4j.examples.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.security.AccessDeniedException;

/**
 * crm4j's refusals as the messages a form shows: next to the field the exception names when the form has that
 * field (also when crm4j names it with a prefix, {@code target.audience} for the form's {@code audience}; a
 * sale's {@link InsufficientStockException} goes to {@code quantity}),
 * otherwise above the form (key {@value #FORM}). A refusal of access ({@link AccessDeniedException}) is no form
 * error: it is thrown on, to the refusal page ({@link Refusals}).
 */
final class FormErrors {

    /** The key of a message that belongs to no field of the form. */
    static final String FORM = "form";

    private FormErrors() {
    }

    /**
     * @param e       what crm4j refused
     * @param fields  the names of the form's inputs
     * @param aliases pairs of a crm4j field name and the form's input that shows it
     * @return field name (or {@value #FORM}) → message, in the model as {@code errors}
     * @throws AccessDeniedException if {@code e} is one
     */
    static Map<String, String> of(CrmException e, Set<String> fields, String... aliases) {
        rethrowRefusal(e);
        String field = FORM;
        if (e instanceof ValidationException v) {
            field = v.field();
        } else if (e instanceof DuplicateException d) {
            field = d.field();
        } else if (e instanceof NotFoundException n) {
            field = n.field();
        } else if (e instanceof InsufficientStockException) {
            field = "quantity";
        }
        for (int i = 0; i + 1 < aliases.length; i += 2) {
            if (aliases[i].equals(field)) {
                field = aliases[i + 1];
            }
        }
        if (!fields.contains(field) && field.contains(".")) {
            field = field.substring(field.lastIndexOf('.') + 1);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(fields.contains(field) ? field : FORM, message(e));
        return errors;
    }

    /**
     * @param e what crm4j refused
     * @return the message a list page shows above the list (its {@code error})
     * @throws AccessDeniedException if {@code e} is one
     */
    static String message(RuntimeException e) {
        rethrowRefusal(e);
        return e instanceof ConcurrentUpdateException
                ? "someone else changed this record meanwhile: reload it and edit again"
                : e.getMessage();
    }

    private static void rethrowRefusal(RuntimeException e) {
        if (e instanceof AccessDeniedException denied) {
            throw denied;
        }
    }
}
