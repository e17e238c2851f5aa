package org.crm4j.core;

import java.util.Locale;
import java.util.Set;

/**
 * A country as its ISO 3166-1 alpha-2 code ({@code "DE"}, {@code "US"}): one of the officially assigned codes the
 * JDK knows ({@link Locale#getISOCountries()}; user-assigned codes such as {@code "XK"} and the exceptionally
 * reserved {@code "UK"} are refused). Accepted in any case, stored upper-case. Immutable.
 *
 * @param value two letters, an assigned ISO 3166-1 alpha-2 code, stripped of surrounding white space and
 *              upper-cased
 */
public record CountryCode(String value) {

    /** The rule of a code that is not an assigned ISO 3166-1 alpha-2 code (field {@code country}). */
    public static final String RULE = "must be an ISO 3166-1 alpha-2 country code";

    private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

    /**
     * Validates the code.
     *
     * @throws ValidationException on field {@code country}, rule {@link #RULE}, if null or not an assigned code
     */
    public CountryCode {
        Require.nonNull("country", value);
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!ASSIGNED.contains(value)) {
            throw new ValidationException("country", RULE, value);
        }
    }

    /**
     * @param value the code's text, e.g. {@code "de"}
     * @return the code
     * @throws ValidationException on field {@code country} if it is not an assigned code
     */
    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** @return the two letters */
    @Override
    public String toString() {
        return value;
    }
}
