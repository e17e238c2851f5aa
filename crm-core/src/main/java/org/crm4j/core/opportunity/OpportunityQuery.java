package org.crm4j.core.opportunity;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.security.Visibility;

/**
 * Search criteria for opportunities; every criterion is optional and all given ones must match. Immutable.
 *
 * @param customer the customer, or empty for any
 * @param owner    the owner, or empty for any
 * @param stage     the stage, or empty for any
 * @param visibleTo only the opportunities this user sees ({@link Visibility#permits}); set by crm4j's access
 *                  control from the acting user, which replaces any value a caller gave
 */
public record OpportunityQuery(Optional<CustomerId> customer, Optional<UserId> owner,
        Optional<OpportunityStage> stage, Optional<Visibility> visibleTo) {

    /**
     * Checks that no {@code Optional} is null.
     *
     * @throws ValidationException on the field of a null {@code Optional}
     */
    public OpportunityQuery {
        Require.nonNull("customerId", customer);
        Require.nonNull("owner", owner);
        Require.nonNull("stage", stage);
        Require.nonNull("visibleTo", visibleTo);
    }

    /**
     * The criteria before access control, visible to everyone.
     *
     * @param customer the customer, or empty for any
     * @param owner    the owner, or empty for any
     * @param stage    the stage, or empty for any
     * @throws ValidationException on the field of a null {@code Optional}
     */
    public OpportunityQuery(Optional<CustomerId> customer, Optional<UserId> owner, Optional<OpportunityStage> stage) {
        this(customer, owner, stage, Optional.empty());
    }

    /**
     * @param visibility the user whose visible opportunities only match, or empty for everyone's, not null
     * @return a copy with this criterion (replacing any before)
     */
    public OpportunityQuery restrictedTo(Optional<Visibility> visibility) {
        return new OpportunityQuery(customer, owner, stage, Require.nonNull("visibleTo", visibility));
    }

    /** @return criteria matching every opportunity */
    public static OpportunityQuery all() {
        return new OpportunityQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param value the customer
     * @return a copy that also requires the customer
     */
    public OpportunityQuery withCustomer(CustomerId value) {
        return new OpportunityQuery(Optional.of(value), owner, stage, visibleTo);
    }

    /**
     * @param value the owner
     * @return a copy that also requires the owner
     */
    public OpportunityQuery withOwner(UserId value) {
        return new OpportunityQuery(customer, Optional.of(value), stage, visibleTo);
    }

    /**
     * @param value the stage
     * @return a copy that also requires the stage
     */
    public OpportunityQuery withStage(OpportunityStage value) {
        return new OpportunityQuery(customer, owner, Optional.of(value), visibleTo);
    }

    /**
     * Whether an opportunity matches every criterion but {@link #visibleTo()} (which needs its ownership): the
     * reference semantics adapters reproduce.
     *
     * @param opportunity the opportunity
     * @return whether every given criterion matches
     */
    public boolean matches(Opportunity opportunity) {
        return customer.map(c -> opportunity.customer().equals(Optional.of(c))).orElse(true)
                && owner.map(o -> o.equals(opportunity.owner())).orElse(true)
                && stage.map(s -> s == opportunity.stage()).orElse(true);
    }
}
