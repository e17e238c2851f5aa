package org.crm4j.core.relationship;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Require;

/**
 * Which relationships to follow from a customer: those of the given types and statuses that are valid on a day.
 *
 * @param types    the accepted types; empty accepts every type (copied)
 * @param statuses the accepted statuses; empty accepts every status (copied)
 * @param on       the day the relationships must be valid on; empty means the service's current day
 */
public record NeighbourQuery(Set<RelationshipType> types, Set<RelationshipStatus> statuses, Optional<LocalDate> on) {

    /**
     * Copies the sets.
     *
     * @throws org.crm4j.core.ValidationException if a component is null or a set contains null
     */
    public NeighbourQuery {
        types = Set.copyOf(types);
        statuses = Set.copyOf(statuses);
        Require.nonNull("on", on);
    }

    /**
     * Every relationship valid today.
     *
     * @return the query accepting every type and status
     */
    public static NeighbourQuery all() {
        return new NeighbourQuery(Set.of(), Set.of(), Optional.empty());
    }

    /**
     * The relationships of one type valid today.
     *
     * @param type the type, not null
     * @return the query
     */
    public static NeighbourQuery ofType(RelationshipType type) {
        return new NeighbourQuery(Set.of(type), Set.of(), Optional.empty());
    }

    /**
     * The relationships in one status valid today.
     *
     * @param status the status, not null
     * @return the query
     */
    public static NeighbourQuery inStatus(RelationshipStatus status) {
        return new NeighbourQuery(Set.of(), Set.of(status), Optional.empty());
    }

    /**
     * This query restricted to relationships valid on another day.
     *
     * @param day the day, not null
     * @return a copy with {@code on == day}
     */
    public NeighbourQuery validOn(LocalDate day) {
        return new NeighbourQuery(types, statuses, Optional.of(day));
    }

    boolean matches(CustomerRelationship relationship, LocalDate day) {
        return (types.isEmpty() || types.contains(relationship.type()))
                && (statuses.isEmpty() || statuses.contains(relationship.status()))
                && relationship.isValidOn(day);
    }
}
