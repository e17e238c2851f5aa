package org.crm4j.core.customer;

import java.util.regex.Pattern;
import org.crm4j.core.ValidationException;

/**
 * A phone number in E.164 form: {@code +}, the country calling code and the subscriber number, 8 to 15 digits in
 * all, no separators (for example {@code +493012345678}). Immutable.
 *
 * <p>{@link #parse(String, PhoneRegion)} normalises the usual ways people write numbers: separators
 * ({@code space . - / ( )}), the {@code (0)} in {@code +49 (0)30 ...}, the international prefix {@code 00} (or
 * {@code 011} in NANP regions), and national numbers with a trunk prefix given a default region. It checks the
 * shape (digits, length), not whether a number is allocated.
 *
 * @param value the number in E.164 form
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/()]");

    /**
     * Validates the E.164 form.
     *
     * @throws ValidationException on field {@code "phone"}, rule {@code "must be in E.164 form"}
     */
    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new ValidationException("phone", "must be in E.164 form (+ and 8 to 15 digits)", value);
        }
    }

    /**
     * Normalises a number as people write it.
     *
     * @param raw           for example {@code "+49 (0)30 1234-5678"}, {@code "0049 30 12345678"},
     *                      {@code "030 12345678"} (with default region DE) or {@code "(415) 555-2671"} (US)
     * @param defaultRegion the region of national numbers (those without {@code +} or an international prefix);
     *                      null to accept international numbers only
     * @return the number in E.164 form
     * @throws ValidationException on field {@code "phone"}: rule {@code "must not be blank"}, {@code "must contain
     *                             only digits, separators and a leading +"}, {@code "must be international (+ or
     *                             00) when no default region is given"}, {@code "must have 10 digits in NANP
     *                             regions"} or the E.164 rule
     */
    public static PhoneNumber parse(String raw, PhoneRegion defaultRegion) {
        if (raw == null || raw.isBlank()) {
            throw new ValidationException("phone", "must not be blank", raw);
        }
        String compact = SEPARATORS.matcher(raw.strip().replace("(0)", "")).replaceAll("");
        if (!compact.matches("\\+?[0-9]+")) {
            throw new ValidationException("phone", "must contain only digits, separators and a leading +", raw);
        }
        String digits;
        if (compact.startsWith("+")) {
            digits = compact.substring(1);
        } else if (defaultRegion != null && defaultRegion.isNanp() && compact.startsWith("011")) {
            digits = compact.substring(3);
        } else if ((defaultRegion == null || !defaultRegion.isNanp()) && compact.startsWith("00")) {
            digits = compact.substring(2);
        } else if (defaultRegion == null) {
            throw new ValidationException("phone", "must be international (+ or 00) when no default region is given",
                    raw);
        } else {
            digits = national(compact, defaultRegion, raw);
        }
        if (!E164.matcher("+" + digits).matches()) {
            throw new ValidationException("phone", "must be in E.164 form (+ and 8 to 15 digits)", raw);
        }
        return new PhoneNumber("+" + digits);
    }

    private static String national(String number, PhoneRegion region, String raw) {
        String subscriber = number;
        if (region.isNanp()) {
            if (subscriber.length() == 11 && subscriber.startsWith(region.trunkPrefix())) {
                subscriber = subscriber.substring(1);
            }
            if (subscriber.length() != 10) {
                throw new ValidationException("phone", "must have 10 digits in NANP regions", raw);
            }
        } else if (!region.trunkPrefix().isEmpty() && subscriber.startsWith(region.trunkPrefix())) {
            subscriber = subscriber.substring(region.trunkPrefix().length());
        }
        return region.callingCode() + subscriber;
    }

    @Override
    public String toString() {
        return value;
    }
}
