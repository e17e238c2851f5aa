package org.crm4j.jpa.internal;

import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyRepository;

/** {@link SurveyRepository} on JPA: the survey row with its custom questions. */
final class JpaSurveyRepository implements SurveyRepository {

    private static final String ID_FIELD = "surveyId";

    private final JpaTransactions tx;

    JpaSurveyRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Survey save(Survey survey) {
        Objects.requireNonNull(survey, "survey");
        return tx.withEntityManager(em -> {
            if (em.find(SurveyEntity.class, survey.id().value()) != null) {
                em.clear();
                throw new DuplicateException(ID_FIELD, survey.id());
            }
            SurveyEntity row = new SurveyEntity();
            SurveyMapper.copy(survey, row);
            Survey stored = SurveyMapper.toDomain(row);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Survey> find(SurveyId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.find(SurveyEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(SurveyMapper::toDomain)));
    }
}
