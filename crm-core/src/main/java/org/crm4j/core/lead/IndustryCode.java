package org.crm4j.core.lead;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The industry of a lead's company as a code of the host's own classification (NACE {@code "J62"}, NAICS
 * {@code "5112"}, or words such as {@code "RETAIL"}); crm4j keeps no list of industries. Codes are compared
 * ignoring case: the value is stored upper-case. Immutable.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters {@code A-Z 0-9 . _ / -}, starting with a letter or digit,
 *              stripped of surrounding white space and upper-cased
 */
public record IndustryCode(String value) {

    /** The longest code. */
    public static final int MAX_LENGTH = 40;
    /** The rule of a malformed code (field {@code industry}). */
    public static final String RULE = "must be 1 to " + MAX_LENGTH
            + " characters A-Z, 0-9, '.', '_', '/' or '-', starting with a letter or digit";

    private static final Pattern FORM = Pattern.compile("[A-Z0-9][A-Z0-9._/-]{0," + (MAX_LENGTH - 1) + "}");

    /**
     * Validates the code.
     *
     * @throws ValidationException on field {@code industry}, rule {@link #RULE}, if null or malformed
     */
    public IndustryCode {
        Require.nonNull("industry", value);
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new ValidationException("industry", RULE, value);
        }
    }

    /**
     * @param value the code's text
     * @return the code
     * @throws ValidationException on field {@code industry} if malformed
     */
    public static IndustryCode of(String value) {
        return new IndustryCode(value);
    }

    /** @return the code */
    @Override
    public String toString() {
        return value;
    }
}
