package org.crm4j.core.activity;

import java.time.Clock;
import java.util.Optional;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.opportunity.OpportunityRepository;

/**
 * Records calls, e-mails, meetings, notes and tasks about customers, leads and opportunities, and completes tasks.
 * Every operation is atomic: it runs in one transaction and, when it throws a {@link org.crm4j.core.CrmException},
 * has changed nothing. Implementations are thread-safe.
 */
public interface ActivityService {

    /**
     * Creates the service.
     *
     * @param activities    the activity port
     * @param customers     the customer port, to check linked customers
     * @param leads         the lead port, to check linked leads
     * @param opportunities the opportunity port, to check linked opportunities and find their customers
     * @param transactions  the transaction port
     * @param clock         the source of timestamps
     * @param ids           the source of new ids
     * @return the service
     */
    static ActivityService create(ActivityRepository activities, CustomerRepository customers, LeadRepository leads,
            OpportunityRepository opportunities, Transactions transactions, Clock clock, IdGenerator ids) {
        return new DefaultActivityService(activities, customers, leads, opportunities, transactions, clock, ids);
    }

    /**
     * Records an activity. One about an opportunity of a customer is linked to that customer too (so that it shows
     * on the customer's timeline).
     *
     * @param command the details
     * @return the stored activity, at version 0
     * @throws ValidationException on {@code "link"} (rule {@link Activity#LINKED}), {@code "subject"},
     *                             {@code "body"}, {@code "type"}, {@code "occurredAt"} (rule {@link Activity#TIMED}
     *                             or {@code "must not be in the future"}), {@code "dueDate"} (rule
     *                             {@link Activity#TASK_DUE}), or on {@code "customerId"} if the customer given
     *                             differs from the opportunity's
     * @throws NotFoundException   on {@code "customerId"}, {@code "leadId"} or {@code "opportunityId"} if the
     *                             linked record does not exist
     */
    Activity record(NewActivity command);

    /**
     * @param id the id
     * @return the activity
     * @throws NotFoundException on {@code "activityId"}
     */
    Activity get(ActivityId id);

    /**
     * @param id the id
     * @return the activity, or empty
     */
    Optional<Activity> find(ActivityId id);

    /**
     * Searches activities.
     *
     * @param query   the criteria
     * @param request the page, sorted by one of the {@link ActivitySort} keys (by id if none)
     * @return the page
     */
    Page<Activity> search(ActivityQuery query, PageRequest<ActivitySort> request);

    /**
     * Completes a task.
     *
     * @param id the task
     * @return the stored task
     * @throws NotFoundException   on {@code "activityId"}
     * @throws ValidationException on {@code "type"} (rule {@link Activity#TASK_ONLY}) or {@code "completedAt"}
     *                             (rule {@link Activity#NOT_COMPLETED})
     */
    Activity complete(ActivityId id);
}
