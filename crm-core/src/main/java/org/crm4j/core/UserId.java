package org.crm4j.core;

import java.util.regex.Pattern;

/**
 * The id of a user of the host application (a sales representative owning a lead or an opportunity). crm4j keeps
 * no users: the host gives the id, and may let crm4j check it through a {@link UserDirectory}. Immutable.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters {@code A-Z a-z 0-9 . _ : @ -}, stripped of surrounding
 *              white space
 */
public record UserId(String value) {

    /** The longest user id. */
    public static final int MAX_LENGTH = 100;
    /** The rule of a malformed user id. */
    public static final String RULE = "must be 1 to " + MAX_LENGTH
            + " characters A-Z, a-z, 0-9, '.', '_', ':', '@' or '-'";

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:@-]{1," + MAX_LENGTH + "}");

    /**
     * Validates the id.
     *
     * @throws ValidationException on field {@code "owner"}, rule {@link #RULE}, if the value is null or malformed
     */
    public UserId {
        Require.nonNull("owner", value);
        value = value.strip();
        if (!FORM.matcher(value).matches()) {
            throw new ValidationException("owner", RULE, value);
        }
    }

    /**
     * @param value the id's text
     * @return the id
     * @throws ValidationException on field {@code "owner"} if malformed
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    /** @return the id's text */
    @Override
    public String toString() {
        return value;
    }
}
