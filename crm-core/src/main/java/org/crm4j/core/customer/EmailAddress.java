package org.crm4j.core.customer;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crm4j.core.ValidationException;

/**
 * A validated e-mail address, normalised to lower case (trimmed, {@link Locale#ROOT}) so that equal addresses in
 * different cases are one address: a CRM holds each address at most once. Accepts the common
 * {@code local@domain.tld} form: a local part of letters, digits and {@code .!#$%&'*+/=?^_`{|}~-} without leading,
 * trailing or double dots, and a domain of at least two dot-separated labels; at most 254 characters. Immutable.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    /**
     * Normalises and validates.
     *
     * @throws ValidationException on field {@code "email"}: rule {@code "must not be blank"}, {@code "must be at
     *                             most 254 characters"} or {@code "must be a valid e-mail address"}
     */
    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new ValidationException("email", "must not be blank", value);
        }
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_LENGTH) {
            throw new ValidationException("email", "must be at most " + MAX_LENGTH + " characters", value);
        }
        if (!FORMAT.matcher(normalised).matches()) {
            throw new ValidationException("email", "must be a valid e-mail address", value);
        }
        value = normalised;
    }

    /**
     * Parses an address.
     *
     * @param text the address in any case, surrounding blanks ignored
     * @return the normalised address
     * @throws ValidationException as the canonical constructor
     */
    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
