package org.crm4j.core.inmemory;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.activity.ActivityId;
import org.crm4j.core.activity.ActivityQuery;
import org.crm4j.core.activity.ActivityRepository;
import org.crm4j.core.activity.ActivitySort;

/** {@link ActivityRepository} over the store's activity map. */
final class InMemoryActivityRepository implements ActivityRepository {

    private static final Comparator<Activity> BY_ID = Comparator.comparing(o -> o.id().value(),
            InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryActivityRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Activity save(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return store.locked(() -> {
            if (store.activities.containsKey(activity.id())) {
                throw new DuplicateException("activityId", activity.id());
            }
            store.put(store.activities, activity.id(), activity);
            return activity;
        });
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        Objects.requireNonNull(id, "id");
        return store.locked(() -> Optional.ofNullable(store.activities.get(id)));
    }

    @Override
    public Activity update(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        return store.locked(() -> {
            Activity stored = store.activities.get(activity.id());
            if (stored == null) {
                throw new NotFoundException("activityId", activity.id());
            }
            if (stored.version() != activity.version()) {
                throw new ConcurrentUpdateException(activity.id(), activity.version());
            }
            Activity updated = activity.withVersion(activity.version() + 1);
            store.put(store.activities, activity.id(), updated);
            return updated;
        });
    }

    @Override
    public Page<Activity> search(ActivityQuery query, PageRequest<ActivitySort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        return store.locked(() -> InMemoryStore.page(store.activities.values(), query::matches, request,
                InMemoryActivityRepository::comparator, BY_ID));
    }

    private static Comparator<Activity> comparator(ActivitySort key) {
        return switch (key) {
            case ID -> BY_ID;
            case TIMELINE_AT -> Comparator.comparing(Activity::timelineAt);
            case CREATED_AT -> Comparator.comparing(Activity::createdAt);
        };
    }
}
