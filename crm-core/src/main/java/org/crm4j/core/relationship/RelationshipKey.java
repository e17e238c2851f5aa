package org.crm4j.core.relationship;

import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;

/**
 * What makes two relationships duplicates of each other: the same type between the same customers, in either
 * order for a symmetric type, in the same direction for {@link RelationshipType#CLIENT}. A CRM holds at most one
 * relationship per key; adapters may enforce it with a unique constraint on these three columns.
 *
 * @param type   the relationship type, not null
 * @param first  for a symmetric type the smaller of the two customer ids, else the client
 * @param second for a symmetric type the larger of the two customer ids, else the client's supplier
 */
public record RelationshipKey(RelationshipType type, CustomerId first, CustomerId second) {

    /**
     * Checks the key.
     *
     * @throws org.crm4j.core.ValidationException     if an argument is null
     * @throws IllegalArgumentException if a symmetric key is not in normal order
     */
    public RelationshipKey {
        Require.nonNull("type", type);
        Require.nonNull("first", first);
        Require.nonNull("second", second);
        if (type.isSymmetric() && first.value().compareTo(second.value()) > 0) {
            throw new IllegalArgumentException("a symmetric key lists the smaller customer id first, was "
                    + first + ", " + second);
        }
    }

    /**
     * The key of a relationship of {@code type} from {@code from} to {@code to}.
     *
     * @param type the relationship type, not null
     * @param from the {@code from} customer, not null
     * @param to   the {@code to} customer, not null
     * @return the key, with the two customers in normal order if the type is symmetric
     */
    public static RelationshipKey of(RelationshipType type, CustomerId from, CustomerId to) {
        Require.nonNull("type", type);
        if (type.isSymmetric() && from.value().compareTo(to.value()) > 0) {
            return new RelationshipKey(type, to, from);
        }
        return new RelationshipKey(type, from, to);
    }
}
