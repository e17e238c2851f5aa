package org.crm4j.core.relationship;

import java.time.LocalDate;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.customer.CustomerId;

/**
 * Command to record a relationship between two customers. The business rules (two different, known customers;
 * a period that is not empty; no duplicate) are checked by {@link RelationshipService#establish(NewRelationship)}.
 *
 * @param from      one customer (the client for {@link RelationshipType#CLIENT}), not null
 * @param to        the other customer, not null
 * @param type      the type, not null
 * @param status    the initial status, not null
 * @param validFrom the first valid day, not null
 * @param validTo   the first day no longer valid; empty if open-ended
 */
public record NewRelationship(CustomerId from, CustomerId to, RelationshipType type, RelationshipStatus status,
        LocalDate validFrom, Optional<LocalDate> validTo) {

    /**
     * Checks that every component is present.
     *
     * @throws org.crm4j.core.ValidationException if a component is null
     */
    public NewRelationship {
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.nonNull("type", type);
        Require.nonNull("status", status);
        Require.nonNull("validFrom", validFrom);
        Require.nonNull("validTo", validTo);
    }

    /**
     * A relationship in GOOD status, valid from {@code validFrom} with no end.
     *
     * @param from      one customer (the client for CLIENT), not null
     * @param to        the other customer, not null
     * @param type      the type, not null
     * @param validFrom the first valid day, not null
     * @return the command
     */
    public static NewRelationship of(CustomerId from, CustomerId to, RelationshipType type, LocalDate validFrom) {
        return new NewRelationship(from, to, type, RelationshipStatus.GOOD, validFrom, Optional.empty());
    }
}
