package org.crm4j.core.product;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crm4j.core.ValidationException;

/**
 * A stock keeping unit: the product code, unique per CRM. Normalised to trimmed upper case, so that
 * {@code "ab-1"} and {@code "AB-1"} are one SKU; 1 to 64 letters A-Z, digits, {@code -}, {@code _} or {@code .},
 * starting with a letter or digit. Immutable.
 *
 * @param value the normalised code
 */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

    /**
     * Normalises and validates.
     *
     * @throws ValidationException on field {@code "sku"}: rule {@code "must not be blank"} or {@code "must be 1 to
     *                             64 characters A-Z, 0-9, '.', '_' or '-', starting with a letter or digit"}
     */
    public Sku {
        if (value == null || value.isBlank()) {
            throw new ValidationException("sku", "must not be blank", value);
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalised).matches()) {
            throw new ValidationException("sku",
                    "must be 1 to 64 characters A-Z, 0-9, '.', '_' or '-', starting with a letter or digit", value);
        }
        value = normalised;
    }

    /**
     * @param text the code in any case
     * @return the normalised SKU
     * @throws ValidationException as the canonical constructor
     */
    public static Sku of(String text) {
        return new Sku(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
