package org.crm4j.examples.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.CrmException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.ValidationException;

/**
 * crm4j's refusals as the messages a form shows: next to the field the exception names when the form has that
 * field, otherwise above the form (key {@value #FORM}).
 */
final class FormErrors {

    /** The key of a message that belongs to no field of the form. */
    static final String FORM = "form";

    private FormErrors() {
    }

    /**
     * @param e      what crm4j refused
     * @param fields the names of the form's inputs
     * @return field name (or {@value #FORM}) → message, in the model as {@code errors}
     */
    static Map<String, String> of(CrmException e, Set<String> fields) {
        String field = FORM;
        if (e instanceof ValidationException v) {
            field = v.field();
        } else if (e instanceof DuplicateException d) {
            field = d.field();
        } else if (e instanceof NotFoundException n) {
            field = n.field();
        }
        String message = e instanceof ConcurrentUpdateException
                ? "someone else changed this record meanwhile: reload it and edit again"
                : e.getMessage();
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(fields.contains(field) ? field : FORM, message);
        return errors;
    }
}
