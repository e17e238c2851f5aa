package org.crm4j.core.relationship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: where customer relationships are kept. Implemented by the in-memory adapter and by crm-jpa; checked by the
 * {@code RelationshipRepositoryContract} suite of crm-core's test-jar. Every method may be called inside
 * {@link org.crm4j.core.Transactions#inTransaction} and then takes part in that transaction. Implementations are
 * thread-safe. A method that throws has changed nothing.
 * Stored relationships are returned as equal values ({@link CustomerRelationship#equals(Object)}), their history
 * oldest first.
 */
public interface RelationshipRepository {

    /**
     * Stores a new relationship as it is, version included.
     *
     * @param relationship the relationship, not null
     * @return the stored relationship
     * @throws DuplicateException if a relationship with the same id (field {@code relationshipId}) or the same
     *                            {@linkplain CustomerRelationship#key() key} (field {@code relationship}) exists
     */
    CustomerRelationship save(CustomerRelationship relationship);

    /**
     * Replaces a stored relationship, if nobody changed it since it was read. The key never changes.
     *
     * @param relationship the changed relationship, carrying the version it was read at
     * @return the stored relationship, with {@code version == relationship.version() + 1}
     * @throws NotFoundException         if there is no relationship with that id (field {@code relationshipId})
     * @throws ConcurrentUpdateException if the stored version differs from {@code relationship.version()}
     */
    CustomerRelationship update(CustomerRelationship relationship);

    /**
     * Looks a relationship up by id.
     *
     * @param id the id, not null
     * @return the relationship, or empty if there is none with that id
     */
    Optional<CustomerRelationship> find(RelationshipId id);

    /**
     * Looks a relationship up by key.
     *
     * @param key the key, not null
     * @return the relationship with that key, or empty
     */
    Optional<CustomerRelationship> findByKey(RelationshipKey key);

    /**
     * Lists the relationships a customer is an end of, whatever their validity.
     *
     * @param customer the customer, not null
     * @return the relationships, sorted by id in the unsigned order of the UUID
     */
    List<CustomerRelationship> findByCustomer(CustomerId customer);

    /**
     * Lists the relationships whose status got worse in a period
     * ({@link CustomerRelationship#deterioratedBetween(Instant, Instant)}).
     *
     * @param fromInclusive the start of the period, not null
     * @param toExclusive   the end of the period, not null
     * @return the relationships, sorted by id in the unsigned order of the UUID
     */
    List<CustomerRelationship> findDeterioratedBetween(Instant fromInclusive, Instant toExclusive);

    /**
     * Searches relationships: those the query matches ({@link RelationshipQuery#matches(CustomerRelationship)}),
     * sorted by {@code request.sort()}, ties broken by id ascending in the unsigned order of the UUID, one page of
     * them.
     *
     * @param query   the criteria, not null
     * @param request the page; sorted by its {@link RelationshipSort} key (by id if none)
     * @return the page, with the total number of relationships the query matches
     */
    Page<CustomerRelationship> search(RelationshipQuery query, PageRequest<RelationshipSort> request);

    /**
     * Removes a relationship and its history.
     *
     * @param id the id, not null
     * @throws NotFoundException if there is no relationship with that id (field {@code relationshipId})
     */
    void delete(RelationshipId id);
}
