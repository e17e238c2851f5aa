package org.crm4j.core.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipKey;
import org.crm4j.core.relationship.RelationshipQuery;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.relationship.RelationshipService;
import org.crm4j.core.relationship.RelationshipSort;

/**
 * {@link RelationshipRepository} over the store's relationship map; relationships are immutable values, stored as
 * they are.
 */
final class InMemoryRelationshipRepository implements RelationshipRepository {

    private static final Comparator<CustomerRelationship> BY_ID = Comparator.comparing(r -> r.id().value(),
            InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryRelationshipRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public CustomerRelationship save(CustomerRelationship relationship) {
        Objects.requireNonNull(relationship, "relationship");
        return store.locked(() -> {
            if (store.relationships.containsKey(relationship.id())) {
                throw new DuplicateException("relationshipId", relationship.id());
            }
            if (findByKey(relationship.key()).isPresent()) {
                throw new DuplicateException(RelationshipService.DUPLICATE_FIELD, relationship.key());
            }
            store.put(store.relationships, relationship.id(), relationship);
            return relationship;
        });
    }

    @Override
    public CustomerRelationship update(CustomerRelationship relationship) {
        Objects.requireNonNull(relationship, "relationship");
        return store.locked(() -> {
            CustomerRelationship stored = store.relationships.get(relationship.id());
            if (stored == null) {
                throw new NotFoundException("relationshipId", relationship.id());
            }
            if (stored.version() != relationship.version()) {
                throw new ConcurrentUpdateException(relationship.id(), relationship.version());
            }
            if (!stored.key().equals(relationship.key())) {
                throw new IllegalArgumentException("the key of relationship " + relationship.id()
                        + " cannot change, was " + stored.key() + ", now " + relationship.key());
            }
            CustomerRelationship updated = relationship.withVersion(relationship.version() + 1);
            store.put(store.relationships, updated.id(), updated);
            return updated;
        });
    }

    @Override
    public Optional<CustomerRelationship> find(RelationshipId id) {
        return store.locked(() -> Optional.ofNullable(store.relationships.get(id)));
    }

    @Override
    public Optional<CustomerRelationship> findByKey(RelationshipKey key) {
        return store.locked(() -> store.relationships.values().stream()
                .filter(r -> r.key().equals(key)).findFirst());
    }

    @Override
    public List<CustomerRelationship> findByCustomer(CustomerId customer) {
        return sorted(r -> r.involves(customer));
    }

    @Override
    public List<CustomerRelationship> findDeterioratedBetween(Instant fromInclusive, Instant toExclusive) {
        return sorted(r -> r.deterioratedBetween(fromInclusive, toExclusive));
    }

    @Override
    public Page<CustomerRelationship> search(RelationshipQuery query, PageRequest<RelationshipSort> request) {
        return store.locked(() -> InMemoryStore.page(store.relationships.values(), query::matches, request,
                InMemoryRelationshipRepository::comparator, BY_ID));
    }

    @Override
    public void delete(RelationshipId id) {
        store.locked(() -> {
            if (!store.relationships.containsKey(id)) {
                throw new NotFoundException("relationshipId", id);
            }
            store.remove(store.relationships, id);
            return null;
        });
    }

    private List<CustomerRelationship> sorted(Predicate<CustomerRelationship> filter) {
        return store.locked(() -> store.relationships.values().stream().filter(filter).sorted(BY_ID).toList());
    }

    private static Comparator<CustomerRelationship> comparator(RelationshipSort key) {
        return switch (key) {
            case VALID_FROM -> Comparator.comparing(CustomerRelationship::validFrom);
            case CREATED_AT -> Comparator.comparing(CustomerRelationship::createdAt);
            case ID -> BY_ID;
        };
    }
}
