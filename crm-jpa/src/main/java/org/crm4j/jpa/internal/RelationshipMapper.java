package org.crm4j.jpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.relationship.StatusChange;

/** Copies relationships between the domain record and {@link RelationshipEntity}; history oldest first. */
final class RelationshipMapper {

    private RelationshipMapper() {
    }

    static void copy(CustomerRelationship from, RelationshipEntity to) {
        to.id = from.id().value();
        to.fromCustomerId = from.from().value();
        to.toCustomerId = from.to().value();
        to.type = from.type().name();
        to.keyFirst = from.key().first().value();
        to.keySecond = from.key().second().value();
        to.status = from.status().name();
        to.validFrom = from.validFrom();
        to.validTo = from.validTo().orElse(null);
        to.createdAt = Sql.micros(from.createdAt());
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
        List<RelationshipEntity.StatusChange> history = new ArrayList<>(from.history().size());
        for (StatusChange change : from.history()) {
            history.add(new RelationshipEntity.StatusChange(change.previous().name(), change.current().name(),
                    Sql.micros(change.at())));
        }
        to.history.clear();
        to.history.addAll(history);
    }

    static CustomerRelationship toDomain(RelationshipEntity row) {
        List<StatusChange> history = new ArrayList<>(row.history.size());
        for (RelationshipEntity.StatusChange change : row.history) {
            history.add(new StatusChange(RelationshipStatus.valueOf(change.previous),
                    RelationshipStatus.valueOf(change.current), change.changedAt));
        }
        return new CustomerRelationship(new RelationshipId(row.id), new CustomerId(row.fromCustomerId),
                new CustomerId(row.toCustomerId), RelationshipType.valueOf(row.type),
                RelationshipStatus.valueOf(row.status), row.validFrom, Optional.ofNullable(row.validTo), history,
                row.createdAt, row.updatedAt, row.version);
    }
}
