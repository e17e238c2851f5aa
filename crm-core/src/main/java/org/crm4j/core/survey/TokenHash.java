package org.crm4j.core.survey;

import java.util.regex.Pattern;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The SHA-256 hash of a {@link SurveyToken}, 64 lower-case hexadecimal digits: what an invitation stores instead
 * of its token. Immutable.
 *
 * @param hex the hash
 */
public record TokenHash(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** @throws ValidationException on {@code tokenHash} unless 64 lower-case hexadecimal digits */
    public TokenHash {
        Require.nonNull("tokenHash", hex);
        if (!HEX.matcher(hex).matches()) {
            throw new ValidationException("tokenHash", "must be 64 lower-case hexadecimal digits", hex);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
