package org.crm4j.jpa.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.UserId;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;

/** {@link RecordOwners} on JPA: table {@code crm_record_owner}. */
final class JpaRecordOwners implements RecordOwners {

    private final JpaTransactions tx;

    JpaRecordOwners(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Ownership> find(RecordRef record) {
        Objects.requireNonNull(record, "record");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.find(RecordOwnerEntity.class, new RecordOwnerEntity.Key(record.type().name(), record.id())),
                row -> Optional.ofNullable(row).map(JpaRecordOwners::toDomain)));
    }

    @Override
    public Map<UUID, Ownership> findAll(RecordType type, Collection<UUID> ids) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.createQuery("SELECT o FROM RecordOwner o WHERE o.recordType = :type AND o.recordId IN :ids",
                        RecordOwnerEntity.class)
                        .setParameter("type", type.name())
                        .setParameter("ids", List.copyOf(ids))
                        .getResultList(),
                rows -> {
                    Map<UUID, Ownership> found = new LinkedHashMap<>();
                    rows.forEach(row -> found.put(row.recordId, toDomain(row)));
                    return found;
                }));
    }

    @Override
    public void assign(RecordRef record, Ownership ownership) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(ownership, "ownership");
        tx.withEntityManager(em -> {
            try {
                RecordOwnerEntity row = em.find(RecordOwnerEntity.class,
                        new RecordOwnerEntity.Key(record.type().name(), record.id()));
                boolean fresh = row == null;
                if (fresh) {
                    row = new RecordOwnerEntity();
                    row.recordType = record.type().name();
                    row.recordId = record.id();
                }
                row.ownerId = ownership.owner().value();
                row.team = ownership.team().orElse(null);
                row.shared = ownership.shared();
                if (fresh) {
                    em.persist(row);
                }
                Repositories.flush(em, "recordId", record.id());
            } finally {
                em.clear();
            }
            return null;
        });
    }

    private static Ownership toDomain(RecordOwnerEntity row) {
        return new Ownership(UserId.of(row.ownerId), Optional.ofNullable(row.team), row.shared);
    }
}
