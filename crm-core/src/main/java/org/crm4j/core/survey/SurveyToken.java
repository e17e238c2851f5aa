package org.crm4j.core.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The secret that lets one customer answer one invitation, as the host puts it in the survey link: 256 random
 * bits from a {@link SecureRandom}, written as 43 characters of URL-safe Base64 without padding. crm4j stores only
 * its SHA-256 {@link #hash()}, so the stored data cannot answer a survey. {@link #toString()} hides the value (so
 * that logs never hold it); {@link #value()} reveals it. Immutable.
 *
 * @param value the token text
 */
public record SurveyToken(String value) {

    /** The number of random bytes: 32, that is 256 bits. */
    public static final int BYTES = 32;
    /** The rule of a malformed token. */
    public static final String FORMAT_RULE = "must be 43 characters A-Z, a-z, 0-9, '-' or '_'";

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** @throws ValidationException on {@code token}, rule {@link #FORMAT_RULE} or {@code must not be null} */
    public SurveyToken {
        Require.nonNull("token", value);
        if (!FORMAT.matcher(value).matches()) {
            throw new ValidationException("token", FORMAT_RULE, "(" + value.length() + " characters)");
        }
    }

    /**
     * @param random the source of randomness, not null
     * @return a fresh token of {@value #BYTES} random bytes
     */
    public static SurveyToken random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** @return the SHA-256 hash of the token's text: what crm4j stores and looks invitations up by */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return new TokenHash(hex.toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** @return {@code "SurveyToken[hidden]"}: the value never reaches a log */
    @Override
    public String toString() {
        return "SurveyToken[hidden]";
    }
}
