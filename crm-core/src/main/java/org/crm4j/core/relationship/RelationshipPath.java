package org.crm4j.core.relationship;

import java.util.List;
import java.util.Locale;
import org.crm4j.core.customer.CustomerId;

/**
 * A chain of relationships linking two customers: {@code relationships.get(i)} links {@code customers.get(i)}
 * and {@code customers.get(i + 1)}.
 *
 * @param customers     the customers from the start to the end, at least one (copied)
 * @param relationships the relationships, one fewer than the customers (copied)
 */
public record RelationshipPath(List<CustomerId> customers, List<CustomerRelationship> relationships) {

    /**
     * Checks that the relationships link consecutive customers.
     *
     * @throws org.crm4j.core.ValidationException     if a list is or holds null
     * @throws IllegalArgumentException if the lists do not form a chain
     */
    public RelationshipPath {
        customers = List.copyOf(customers);
        relationships = List.copyOf(relationships);
        if (customers.isEmpty() || relationships.size() != customers.size() - 1) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a path has n >= 1 customers and n - 1 relationships, was %d and %d", customers.size(),
                    relationships.size()));
        }
        for (int i = 0; i < relationships.size(); i++) {
            CustomerRelationship r = relationships.get(i);
            if (!r.involves(customers.get(i)) || !r.otherThan(customers.get(i)).equals(customers.get(i + 1))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "relationship %d (%s) does not link %s and %s", i, r.id(), customers.get(i),
                        customers.get(i + 1)));
            }
        }
    }

    /**
     * The number of relationships on the path (0 when a customer is linked to itself).
     *
     * @return {@code relationships().size()}
     */
    public int length() {
        return relationships.size();
    }
}
