package org.crm4j.core.survey;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * A host's own question of a survey, answered with a whole number on a scale ("How easy was it to reach us?",
 * 1 to 7). Immutable.
 *
 * @param code the question's key in answers: 1 to 30 characters A-Z, 0-9 or '_', starting with a letter
 * @param text the question as shown, 1 to 500 characters
 * @param min  the lowest answer, in [0, 100]
 * @param max  the highest answer, in [min + 1, 100]
 */
public record CustomQuestion(String code, String text, int min, int max) {

    /** The rule of a malformed code. */
    public static final String CODE_RULE = "must be 1 to 30 characters A-Z, 0-9 or '_', starting with a letter";
    /** The rule of a scale end outside [0, 100]. */
    public static final String SCALE_RULE = "must be in [0, 100]";
    /** The rule of a scale whose top is not above its bottom. */
    public static final String MAX_RULE = "must be greater than min";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    /** @throws ValidationException on {@code code}, {@code text}, {@code min} or {@code max} */
    public CustomQuestion {
        Require.nonNull("code", code);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code", CODE_RULE, code);
        }
        text = Require.text("text", text, 500);
        if (min < 0 || min > 100) {
            throw new ValidationException("min", SCALE_RULE, min);
        }
        if (max < 0 || max > 100) {
            throw new ValidationException("max", SCALE_RULE, max);
        }
        if (max <= min) {
            throw new ValidationException("max", MAX_RULE, max);
        }
    }

    /**
     * @param answer an answer
     * @return whether it lies on the scale
     */
    boolean accepts(int answer) {
        return answer >= min && answer <= max;
    }

    /** @return the rule of an answer off the scale: {@code "must be in [min, max]"} */
    String answerRule() {
        return String.format(Locale.ROOT, "must be in [%d, %d]", min, max);
    }
}
