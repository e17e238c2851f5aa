package org.crm4j.core.activity;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.OpportunityId;

/**
 * Search criteria for activities; every criterion is optional and all given ones must match. Immutable.
 *
 * @param customer      the customer, or empty for any
 * @param lead          the lead, or empty for any
 * @param opportunity   the opportunity, or empty for any
 * @param type          the kind, or empty for any
 * @param openTasksOnly whether only tasks not yet completed match
 */
public record ActivityQuery(Optional<CustomerId> customer, Optional<LeadId> lead,
        Optional<OpportunityId> opportunity, Optional<ActivityType> type, boolean openTasksOnly) {

    /**
     * Checks that no {@code Optional} is null.
     *
     * @throws ValidationException on the field of a null {@code Optional}
     */
    public ActivityQuery {
        Require.nonNull("customerId", customer);
        Require.nonNull("leadId", lead);
        Require.nonNull("opportunityId", opportunity);
        Require.nonNull("type", type);
    }

    /** @return criteria matching every activity */
    public static ActivityQuery all() {
        return new ActivityQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    /**
     * @param value the customer
     * @return a copy that also requires the customer
     */
    public ActivityQuery about(CustomerId value) {
        return new ActivityQuery(Optional.of(value), lead, opportunity, type, openTasksOnly);
    }

    /**
     * @param value the lead
     * @return a copy that also requires the lead
     */
    public ActivityQuery about(LeadId value) {
        return new ActivityQuery(customer, Optional.of(value), opportunity, type, openTasksOnly);
    }

    /**
     * @param value the opportunity
     * @return a copy that also requires the opportunity
     */
    public ActivityQuery about(OpportunityId value) {
        return new ActivityQuery(customer, lead, Optional.of(value), type, openTasksOnly);
    }

    /**
     * @param value the kind
     * @return a copy that also requires the kind
     */
    public ActivityQuery withType(ActivityType value) {
        return new ActivityQuery(customer, lead, opportunity, Optional.of(value), openTasksOnly);
    }

    /** @return a copy matching only tasks that are not completed */
    public ActivityQuery openTasks() {
        return new ActivityQuery(customer, lead, opportunity, type, true);
    }

    /**
     * Whether an activity matches: the reference semantics adapters reproduce.
     *
     * @param activity the activity
     * @return whether every given criterion matches
     */
    public boolean matches(Activity activity) {
        return customer.map(c -> activity.customer().equals(Optional.of(c))).orElse(true)
                && lead.map(l -> activity.lead().equals(Optional.of(l))).orElse(true)
                && opportunity.map(o -> activity.opportunity().equals(Optional.of(o))).orElse(true)
                && type.map(t -> t == activity.type()).orElse(true)
                && (!openTasksOnly || activity.type() == ActivityType.TASK && activity.completedAt().isEmpty());
    }
}
