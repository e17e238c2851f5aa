package org.crm4j.core.survey;

import java.util.Optional;

/**
 * The port that stores {@link Survey} definitions. Calls join the running transaction of
 * {@link org.crm4j.core.Transactions}.
 */
public interface SurveyRepository {

    /**
     * Stores a new survey as it is.
     *
     * @param survey the survey, not null
     * @return the stored survey
     * @throws org.crm4j.core.DuplicateException {@code surveyId} if the id is taken
     */
    Survey save(Survey survey);

    /**
     * @param id the id, not null
     * @return the survey, or empty
     */
    Optional<Survey> find(SurveyId id);
}
