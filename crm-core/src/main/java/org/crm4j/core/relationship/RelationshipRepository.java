package org.crm4j.core.relationship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: where customer relationships are kept. Implemented by the in-memory adapter and by crm-jpa; checked by the
 * {@code RelationshipRepositoryContract} suite of crm-core's test-jar. Methods are called inside
 * {@link org.crm4j.core.Transactions#inTransaction(java.util.function.Supplier)}; implementations are thread-safe.
 * Stored relationships are returned as equal values ({@link CustomerRelationship#equals(Object)}), their history
 * oldest first.
 */
public interface RelationshipRepository {

    /** The properties {@link #find(RelationshipQuery, PageRequest)} can sort by. */
    Set<String> SORTABLE = Set.of("id", "validFrom", "createdAt");

    /**
     * Stores a new relationship as it is, version included.
     *
     * @param relationship the relationship, not null
     * @throws DuplicateException if a relationship with the same id (field {@code relationshipId}) or the same
     *                            {@linkplain CustomerRelationship#key() key} (field {@code relationship}) exists
     */
    void insert(CustomerRelationship relationship);

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
    Optional<CustomerRelationship> findById(RelationshipId id);

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
     * @return the relationships, sorted by id
     */
    List<CustomerRelationship> findByCustomer(CustomerId customer);

    /**
     * Lists the relationships whose status got worse in a period
     * ({@link CustomerRelationship#deterioratedBetween(Instant, Instant)}).
     *
     * @param fromInclusive the start of the period, not null
     * @param toExclusive   the end of the period, not null
     * @return the relationships, sorted by id
     */
    List<CustomerRelationship> findDeterioratedBetween(Instant fromInclusive, Instant toExclusive);

    /**
     * Lists the relationships a query accepts ({@link RelationshipQuery#accepts(CustomerRelationship)}), sorted by
     * {@code page.sort()} then by id, one page of them.
     *
     * @param query the criteria, not null
     * @param page  the page; its sort property is one of {@link #SORTABLE}
     * @return the page, with the total number of relationships the query accepts
     */
    Page<CustomerRelationship> find(RelationshipQuery query, PageRequest page);

    /**
     * Removes a relationship and its history.
     *
     * @param id the id, not null
     * @return true if a relationship was removed, false if there was none with that id
     */
    boolean delete(RelationshipId id);
}
