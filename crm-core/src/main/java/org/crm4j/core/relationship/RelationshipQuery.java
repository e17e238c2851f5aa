package org.crm4j.core.relationship;

import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;

/**
 * Which relationships to list. Every present criterion must hold; an empty one accepts everything.
 *
 * @param customer the customer that must be one end of the relationship
 * @param type     the type
 * @param status   the current status
 */
public record RelationshipQuery(Optional<CustomerId> customer, Optional<RelationshipType> type,
        Optional<RelationshipStatus> status) {


    /**
     * Checks the query.
     *
     * @throws org.crm4j.core.ValidationException if a component is null
     */
    public RelationshipQuery {
        Require.nonNull("customer", customer);
        Require.nonNull("type", type);
        Require.nonNull("status", status);
    }

    /**
     * Every relationship.
     *
     * @return the query without criteria
     */
    public static RelationshipQuery all() {
        return new RelationshipQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param newCustomer the customer that must be one end of the relationships
     * @return a copy with that criterion
     */
    public RelationshipQuery involving(CustomerId newCustomer) {
        return new RelationshipQuery(Optional.of(Require.nonNull("customer", newCustomer)), type, status);
    }

    /**
     * @param newType the type the relationships must have
     * @return a copy with that criterion
     */
    public RelationshipQuery withType(RelationshipType newType) {
        return new RelationshipQuery(customer, Optional.of(Require.nonNull("type", newType)), status);
    }

    /**
     * @param newStatus the status the relationships must be in
     * @return a copy with that criterion
     */
    public RelationshipQuery withStatus(RelationshipStatus newStatus) {
        return new RelationshipQuery(customer, type, Optional.of(Require.nonNull("status", newStatus)));
    }

    /**
     * Tells whether a relationship meets every criterion; the reference semantics that adapters translating the
     * query (for example to SQL) must reproduce.
     *
     * @param relationship the relationship, not null
     * @return true if the relationship is to be listed
     */
    public boolean matches(CustomerRelationship relationship) {
        return customer.map(relationship::involves).orElse(true)
                && type.map(t -> t == relationship.type()).orElse(true)
                && status.map(s -> s == relationship.status()).orElse(true);
    }
}
