package org.crm4j.core.survey;

import java.util.UUID;
import org.crm4j.core.Require;

/**
 * The identity of a {@link Survey}. Immutable.
 *
 * @param value the UUID, not null
 */
public record SurveyId(UUID value) {

    /** @throws org.crm4j.core.ValidationException on field {@code "surveyId"} if the value is null */
    public SurveyId {
        Require.nonNull("surveyId", value);
    }

    /**
     * @param text a UUID's textual form
     * @return the id
     * @throws IllegalArgumentException if {@code text} is not a UUID
     */
    public static SurveyId of(String text) {
        return new SurveyId(UUID.fromString(text));
    }

    /** @return the UUID's textual form */
    @Override
    public String toString() {
        return value.toString();
    }
}
