package org.crm4j.core.relationship;

import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;

/**
 * A customer related to another one, with the relationship that links them.
 *
 * @param customer     the neighbour, not null
 * @param relationship the relationship between the neighbour and the customer asked about, not null
 */
public record Neighbour(CustomerId customer, CustomerRelationship relationship) {

    /**
     * Checks that the neighbour is an end of the relationship.
     *
     * @throws org.crm4j.core.ValidationException     if a component is null
     * @throws IllegalArgumentException if {@code customer} is not an end of {@code relationship}
     */
    public Neighbour {
        Require.nonNull("customer", customer);
        Require.nonNull("relationship", relationship);
        if (!relationship.involves(customer)) {
            throw new IllegalArgumentException("customer " + customer + " is not part of relationship "
                    + relationship.id());
        }
    }

    /**
     * Tells whether the neighbour is the client of the customer asked about.
     *
     * @return true if the relationship is a {@link RelationshipType#CLIENT} one whose {@code from} is the neighbour
     */
    public boolean isClient() {
        return relationship.type() == RelationshipType.CLIENT && relationship.from().equals(customer);
    }

    /**
     * Tells whether the customer asked about is the client of the neighbour.
     *
     * @return true if the relationship is a {@link RelationshipType#CLIENT} one whose {@code to} is the neighbour
     */
    public boolean isSupplier() {
        return relationship.type() == RelationshipType.CLIENT && relationship.to().equals(customer);
    }
}
