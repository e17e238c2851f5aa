package org.crm4j.core.inmemory;

import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyRepository;

/** {@link SurveyRepository} over the store's survey map. */
final class InMemorySurveyRepository implements SurveyRepository {

    private final InMemoryStore store;

    InMemorySurveyRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Survey save(Survey survey) {
        Objects.requireNonNull(survey, "survey");
        return store.locked(() -> {
            if (store.surveys.containsKey(survey.id())) {
                throw new DuplicateException("surveyId", survey.id());
            }
            store.put(store.surveys, survey.id(), survey);
            return survey;
        });
    }

    @Override
    public Optional<Survey> find(SurveyId id) {
        Objects.requireNonNull(id, "id");
        return store.locked(() -> Optional.ofNullable(store.surveys.get(id)));
    }
}
