package org.crm4j.core.inmemory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;

/** {@link RecordOwners} over the store's ownership map. */
final class InMemoryRecordOwners implements RecordOwners {

    private final InMemoryStore store;

    InMemoryRecordOwners(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<Ownership> find(RecordRef record) {
        Objects.requireNonNull(record, "record");
        return store.locked(() -> Optional.ofNullable(store.owners.get(record)));
    }

    @Override
    public Map<UUID, Ownership> findAll(RecordType type, Collection<UUID> ids) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ids, "ids");
        return store.locked(() -> {
            Map<UUID, Ownership> found = new LinkedHashMap<>();
            for (UUID id : ids) {
                Ownership ownership = store.owners.get(new RecordRef(type, id));
                if (ownership != null) {
                    found.put(id, ownership);
                }
            }
            return found;
        });
    }

    @Override
    public void assign(RecordRef record, Ownership ownership) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(ownership, "ownership");
        store.locked(() -> {
            store.put(store.owners, record, ownership);
            return null;
        });
    }
}
