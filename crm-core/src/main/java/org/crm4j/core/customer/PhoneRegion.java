package org.crm4j.core.customer;

/**
 * Regions whose national phone number formats {@link PhoneNumber#parse(String, PhoneRegion)} understands: the
 * country calling code and the national trunk prefix that is dropped when a national number is written
 * internationally (Italy keeps its leading 0). NANP regions (US, CA) take ten-digit national numbers, optionally
 * preceded by the trunk prefix 1, and {@code 011} as international prefix; the others use {@code 00}.
 */
public enum PhoneRegion {
    /** United States: +1, trunk prefix 1. */
    US("1", "1"),
    /** Canada: +1, trunk prefix 1. */
    CA("1", "1"),
    /** United Kingdom: +44, trunk prefix 0. */
    GB("44", "0"),
    /** Ireland: +353, trunk prefix 0. */
    IE("353", "0"),
    /** Germany: +49, trunk prefix 0. */
    DE("49", "0"),
    /** Austria: +43, trunk prefix 0. */
    AT("43", "0"),
    /** Switzerland: +41, trunk prefix 0. */
    CH("41", "0"),
    /** France: +33, trunk prefix 0. */
    FR("33", "0"),
    /** Belgium: +32, trunk prefix 0. */
    BE("32", "0"),
    /** Netherlands: +31, trunk prefix 0. */
    NL("31", "0"),
    /** Italy: +39, the leading 0 is part of the number. */
    IT("39", ""),
    /** Spain: +34, no trunk prefix. */
    ES("34", ""),
    /** Portugal: +351, no trunk prefix. */
    PT("351", ""),
    /** Sweden: +46, trunk prefix 0. */
    SE("46", "0"),
    /** Poland: +48, no trunk prefix. */
    PL("48", ""),
    /** Australia: +61, trunk prefix 0. */
    AU("61", "0"),
    /** India: +91, trunk prefix 0. */
    IN("91", "0"),
    /** Japan: +81, trunk prefix 0. */
    JP("81", "0"),
    /** Brazil: +55, trunk prefix 0. */
    BR("55", "0");

    private final String callingCode;
    private final String trunkPrefix;

    PhoneRegion(String callingCode, String trunkPrefix) {
        this.callingCode = callingCode;
        this.trunkPrefix = trunkPrefix;
    }

    /** @return the country calling code without {@code +}, for example {@code "49"} */
    public String callingCode() {
        return callingCode;
    }

    /** @return the national trunk prefix dropped in international form, empty if none */
    public String trunkPrefix() {
        return trunkPrefix;
    }

    boolean isNanp() {
        return "1".equals(callingCode);
    }
}
