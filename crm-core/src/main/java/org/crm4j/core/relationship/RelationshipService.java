package org.crm4j.core.relationship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;

/**
 * Records relationships between customers and answers questions about the network they form: who is related to
 * whom, which relationships got worse, how two customers are connected.
 *
 * <p>Every operation runs in one transaction of the {@link Transactions} port and, when it throws, has changed
 * nothing. "Today" and "now" come from the service's {@link Clock}. Thread-safe. Obtain one from
 * {@code Crm.relationships()}.
 */
public interface RelationshipService {

    /** The field a {@link DuplicateException} names when a relationship with the same key exists. */
    String DUPLICATE_FIELD = "relationship";
    /** The rule broken by a period that ends before it starts (field {@code to}). */
    String TO_NOT_BEFORE_FROM = Require.notBefore("from");

    /**
     * Creates the service over a repository.
     *
     * @param relationships  where relationships are kept, not null
     * @param customers      where customers are kept, to check that customer ids exist, not null
     * @param transactions   the transaction port, not null
     * @param clock          where "today" and "now" come from, not null
     * @param ids            where new relationship ids come from, not null
     * @return the service; thread-safe if its collaborators are
     */
    static RelationshipService create(RelationshipRepository relationships, CustomerRepository customers,
            Transactions transactions, Clock clock, IdGenerator ids) {
        return new DefaultRelationshipService(Objects.requireNonNull(relationships, "relationships"),
                Objects.requireNonNull(customers, "customers"),
                Objects.requireNonNull(transactions, "transactions"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(ids, "ids"));
    }

    /**
     * Records a relationship between two existing, different customers.
     *
     * @param command the relationship, not null
     * @return the stored relationship, with a new id, version 0 and an empty history
     * @throws ValidationException if {@code from} equals {@code to} (field {@code to}, rule
     *                             {@link CustomerRelationship#DIFFERENT_CUSTOMERS}), the period is empty (field
     *                             {@code validTo}) or a value is missing
     * @throws NotFoundException   if a customer does not exist (field {@code from} or {@code to})
     * @throws DuplicateException  if a relationship with the same {@linkplain RelationshipKey key} exists (field
     *                             {@link #DUPLICATE_FIELD}), whatever its period: renew it with
     *                             {@link #changeValidity(RelationshipId, LocalDate, Optional)} instead
     */
    CustomerRelationship establish(NewRelationship command);

    /**
     * Reads a relationship.
     *
     * @param id the id, not null
     * @return the relationship
     * @throws NotFoundException if there is no such relationship (field {@code relationshipId})
     */
    CustomerRelationship get(RelationshipId id);

    /**
     * Looks a relationship up.
     *
     * @param id the id, not null
     * @return the relationship, or empty if there is none with that id
     */
    Optional<CustomerRelationship> find(RelationshipId id);

    /**
     * Searches relationships, one page at a time.
     *
     * @param query   the criteria, not null
     * @param request the page, sorted by one of the {@link RelationshipSort} keys (by id if none)
     * @return the page
     * @throws ValidationException on field {@code "query"} or {@code "pageRequest"} if null
     */
    Page<CustomerRelationship> search(RelationshipQuery query, PageRequest<RelationshipSort> request);

    /**
     * The customers related to a customer by relationships the query accepts.
     *
     * @param customer the customer, not null
     * @param query    the types, statuses and day of validity (today if empty), not null
     * @return the neighbours, sorted by neighbour id then relationship id (unsigned UUID order); a customer related in several ways
     *         appears once per relationship
     * @throws NotFoundException if there is no such customer (field {@code customerId})
     */
    List<Neighbour> neighbours(CustomerId customer, NeighbourQuery query);

    /**
     * The relationships whose status got worse (GOOD to FAIR or DETERIORATING, FAIR to DETERIORATING) in the
     * half-open period of days {@code [from, to)}, in the zone of the service's clock.
     *
     * @param from the first day, inclusive, not null
     * @param to   the day after the last, exclusive, not before {@code from} ({@code to == from} is empty)
     * @return the relationships, sorted by id
     * @throws ValidationException if {@code to} is before {@code from} (field {@code to}, rule
     *                             {@link #TO_NOT_BEFORE_FROM})
     */
    List<CustomerRelationship> deterioratedBetween(LocalDate from, LocalDate to);

    /**
     * A shortest chain of relationships valid today linking two customers, found by breadth-first search. The
     * direction of CLIENT relationships does not matter. The search explores the neighbours of each customer in
     * the unsigned order of their UUIDs (the order of their text), so that the same data always gives the
     * same path, whatever the adapter.
     *
     * @param from the first customer, not null
     * @param to   the last customer, not null
     * @return the path, of length 0 if {@code from} equals {@code to}; empty if they are not connected
     * @throws NotFoundException if a customer does not exist (field {@code from} or {@code to})
     */
    Optional<RelationshipPath> shortestPath(CustomerId from, CustomerId to);

    /**
     * A shortest chain of relationships that a query accepts linking two customers; see
     * {@link #shortestPath(CustomerId, CustomerId)}.
     *
     * @param from the first customer, not null
     * @param to   the last customer, not null
     * @param via  the relationships that may be followed, not null
     * @return the path, of length 0 if {@code from} equals {@code to}; empty if they are not connected
     * @throws NotFoundException if a customer does not exist (field {@code from} or {@code to})
     */
    Optional<RelationshipPath> shortestPath(CustomerId from, CustomerId to, NeighbourQuery via);

    /**
     * Records a new status now, adding an entry to the history; the current status changes nothing.
     *
     * @param id        the relationship, not null
     * @param newStatus the status, not null
     * @return the stored relationship
     * @throws NotFoundException if there is no such relationship
     */
    CustomerRelationship changeStatus(RelationshipId id, RelationshipStatus newStatus);

    /**
     * Sets the period a relationship is valid in, for example to renew an ended relationship.
     *
     * @param id        the relationship, not null
     * @param validFrom the first valid day, not null
     * @param validTo   the first day no longer valid; empty if open-ended
     * @return the stored relationship
     * @throws NotFoundException   if there is no such relationship
     * @throws ValidationException if {@code validTo} is not after {@code validFrom} (field {@code validTo})
     */
    CustomerRelationship changeValidity(RelationshipId id, LocalDate validFrom, Optional<LocalDate> validTo);

    /**
     * Ends a relationship: it is no longer valid from {@code on}.
     *
     * @param id the relationship, not null
     * @param on the first day it is no longer valid, after its {@code validFrom}
     * @return the stored relationship
     * @throws NotFoundException   if there is no such relationship
     * @throws ValidationException if {@code on} is not after {@code validFrom} (field {@code validTo})
     */
    CustomerRelationship end(RelationshipId id, LocalDate on);

    /**
     * Deletes a relationship and its history.
     *
     * @param id the relationship, not null
     * @throws NotFoundException if there is no such relationship
     */
    void delete(RelationshipId id);
}
