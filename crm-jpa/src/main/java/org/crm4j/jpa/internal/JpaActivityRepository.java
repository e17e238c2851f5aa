package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityQuery;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.activity.ActivitySort;

/** {@link ActivityRepository} on JPA: {@code crm_activity}. */
final class JpaActivityRepository implements ActivityRepository {

    private static final String ID_FIELD = "activityId";

    private final JpaTransactions tx;
    private final FieldCrypto crypto;

    JpaActivityRepository(JpaTransactions tx, FieldCrypto crypto) {
        this.tx = tx;
        this.crypto = Objects.requireNonNull(crypto, "crypto");
    }

    @Override
    public Activity save(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return tx.withEntityManager(em -> {
            if (em.find(ActivityEntity.class, activity.id().value()) != null) {
                em.clear();
                throw new DuplicateException(ID_FIELD, activity.id());
            }
            ActivityEntity row = new ActivityEntity();
            ActivityMapper.copy(activity, row, crypto);
            Activity stored = ActivityMapper.toDomain(row, crypto);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em, m -> m.find(ActivityEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(r -> ActivityMapper.toDomain(r, crypto))));
    }

    @Override
    public Activity update(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return tx.withEntityManager(em -> Repositories.update(em, "Activity", ActivityEntity.class, ID_FIELD,
                activity.id().value(), activity.version(),
                row -> ActivityMapper.copy(activity.withVersion(activity.version() + 1), row, crypto),
                r -> ActivityMapper.toDomain(r, crypto)));
    }

    @Override
    public Page<Activity> search(ActivityQuery query, PageRequest<ActivitySort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.customer().ifPresent(customer -> {
            where.append(" AND a.customer_id = ?");
            parameters.add(customer.value());
        });
        query.lead().ifPresent(lead -> {
            where.append(" AND a.lead_id = ?");
            parameters.add(lead.value());
        });
        query.opportunity().ifPresent(opportunity -> {
            where.append(" AND a.opportunity_id = ?");
            parameters.add(opportunity.value());
        });
        query.type().ifPresent(type -> {
            where.append(" AND a.type = ?");
            parameters.add(type.name());
        });
        if (query.openTasksOnly()) {
            where.append(" AND a.type = 'TASK' AND a.completed_at IS NULL");
        }
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "a.id";
            case TIMELINE_AT -> "a.timeline_at";
            case CREATED_AT -> "a.created_at";
        }, "a.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_activity a", where.toString(), parameters, order, request,
                        ActivityEntity.class),
                rows -> new Page<>(rows.rows().stream().map(r -> ActivityMapper.toDomain(r, crypto)).toList(),
                        request.page(), request.size(), rows.total())));
    }
}
