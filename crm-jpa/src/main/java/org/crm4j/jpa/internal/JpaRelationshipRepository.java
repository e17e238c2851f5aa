package org.crm4j.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
 * {@link RelationshipRepository} on JPA. The key (type and both ends, in normal order for symmetric types) is
 * stored in its own columns with the unique constraint {@code uk_relationship_key}.
 */
final class JpaRelationshipRepository implements RelationshipRepository {

    private static final String ID_FIELD = "relationshipId";

    private final JpaTransactions tx;

    JpaRelationshipRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public CustomerRelationship save(CustomerRelationship relationship) {
        Objects.requireNonNull(relationship, "relationship");
        return tx.withEntityManager(em -> {
            if (em.find(RelationshipEntity.class, relationship.id().value()) != null) {
                em.clear();
                throw new DuplicateException(ID_FIELD, relationship.id());
            }
            if (findByKey(relationship.key()).isPresent()) {
                throw new DuplicateException(RelationshipService.DUPLICATE_FIELD, relationship.key());
            }
            RelationshipEntity row = new RelationshipEntity();
            RelationshipMapper.copy(relationship, row);
            CustomerRelationship stored = RelationshipMapper.toDomain(row);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public CustomerRelationship update(CustomerRelationship relationship) {
        Objects.requireNonNull(relationship, "relationship");
        UUID id = relationship.id().value();
        return tx.withEntityManager(em -> Repositories.update(em, "Relationship", RelationshipEntity.class, ID_FIELD,
                id, relationship.version(), row -> {
                    RelationshipKey stored = RelationshipMapper.toDomain(row).key();
                    if (!stored.equals(relationship.key())) {
                        throw new IllegalArgumentException("the key of relationship " + relationship.id()
                                + " cannot change, was " + stored + ", now " + relationship.key());
                    }
                    RelationshipMapper.copy(relationship.withVersion(relationship.version() + 1), row);
                }, RelationshipMapper::toDomain));
    }

    @Override
    public Optional<CustomerRelationship> find(RelationshipId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.find(RelationshipEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(RelationshipMapper::toDomain)));
    }

    @Override
    public Optional<CustomerRelationship> findByKey(RelationshipKey key) {
        Objects.requireNonNull(key, "key");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT r FROM Relationship r WHERE r.type = :type AND r.keyFirst = :first"
                                + " AND r.keySecond = :second", RelationshipEntity.class)
                        .setParameter("type", key.type().name())
                        .setParameter("first", key.first().value())
                        .setParameter("second", key.second().value())
                        .getResultList(),
                rows -> rows.stream().findFirst().map(RelationshipMapper::toDomain)));
    }

    @Override
    public List<CustomerRelationship> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<RelationshipEntity>list(m.createNativeQuery("SELECT r.* FROM crm_relationship r"
                                + " WHERE r.from_customer_id = ? OR r.to_customer_id = ? ORDER BY r.id",
                                RelationshipEntity.class)
                        .setParameter(1, customer.value())
                        .setParameter(2, customer.value())),
                rows -> rows.stream().map(RelationshipMapper::toDomain).toList()));
    }

    @Override
    public List<CustomerRelationship> findDeterioratedBetween(Instant fromInclusive, Instant toExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        // The index on changed_at narrows the candidates to relationships with a change in the period; the domain
        // decides which of those changes made the status worse.
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<RelationshipEntity>list(m.createNativeQuery("SELECT r.* FROM crm_relationship r"
                                + " WHERE EXISTS (SELECT 1 FROM crm_relationship_status_change h"
                                + " WHERE h.relationship_id = r.id AND h.changed_at >= ? AND h.changed_at < ?)"
                                + " ORDER BY r.id", RelationshipEntity.class)
                        .setParameter(1, Sql.micros(fromInclusive))
                        .setParameter(2, Sql.micros(toExclusive))),
                rows -> rows.stream().map(RelationshipMapper::toDomain)
                        .filter(r -> r.deterioratedBetween(fromInclusive, toExclusive)).toList()));
    }

    @Override
    public Page<CustomerRelationship> search(RelationshipQuery query, PageRequest<RelationshipSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        query.customer().ifPresent(customer -> {
            where.append(" AND (r.from_customer_id = ? OR r.to_customer_id = ?)");
            parameters.add(customer.value());
            parameters.add(customer.value());
        });
        query.type().ifPresent(type -> {
            where.append(" AND r.type = ?");
            parameters.add(type.name());
        });
        query.status().ifPresent(status -> {
            where.append(" AND r.status = ?");
            parameters.add(status.name());
        });
        String order = Sql.orderBy(request, key -> switch (key) {
            case ID -> "r.id";
            case VALID_FROM -> "r.valid_from";
            case CREATED_AT -> "r.created_at";
        }, "r.id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.page(m, "crm_relationship r", where.toString(), parameters, order, request,
                        RelationshipEntity.class),
                rows -> new Page<>(rows.rows().stream().map(RelationshipMapper::toDomain).toList(), request.page(),
                        request.size(), rows.total())));
    }

    @Override
    public void delete(RelationshipId id) {
        Objects.requireNonNull(id, "id");
        tx.withEntityManager(em -> {
            try {
                RelationshipEntity row = em.find(RelationshipEntity.class, id.value());
                if (row == null) {
                    throw new NotFoundException(ID_FIELD, id);
                }
                em.remove(row);
                em.flush();
                return null;
            } finally {
                em.clear();
            }
        });
    }
}
