package org.crm4j.core.activity;

import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;

/**
 * Port: where activities are kept. The contract suite
 * {@code org.crm4j.core.contract.ActivityRepositoryContract} in crm-core's test-jar checks an implementation.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing.
 */
public interface ActivityRepository {

    /**
     * Stores a new activity as given.
     *
     * @param activity the new activity
     * @return the stored activity
     * @throws DuplicateException on field {@code "activityId"} if the id is taken
     */
    Activity save(Activity activity);

    /**
     * @param id the id
     * @return the activity, or empty
     */
    Optional<Activity> find(ActivityId id);

    /**
     * Replaces a stored activity if nobody changed it since it was read.
     *
     * @param activity the changed activity, carrying the version it was read at
     * @return the stored activity, at version {@code activity.version() + 1}
     * @throws NotFoundException         on field {@code "activityId"}
     * @throws ConcurrentUpdateException if the stored version differs
     */
    Activity update(Activity activity);

    /**
     * Searches activities.
     *
     * @param query   the criteria, as {@link ActivityQuery#matches(Activity)} defines them
     * @param request the page, sorted by its {@link ActivitySort} key (by id if none), ties by id ascending
     * @return the page of matches
     */
    Page<Activity> search(ActivityQuery query, PageRequest<ActivitySort> request);
}
