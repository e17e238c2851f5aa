package org.crm4j.core.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: the {@link Ownership} of owned records ({@link RecordType}), one per record, kept apart from the
 * aggregates. Written in the transaction that creates the record. Adapters also apply {@link Visibility} in the
 * searches of the owned records (crm-jpa: an {@code EXISTS} on the same table). Implementations join the
 * running transaction and are thread-safe.
 */
public interface RecordOwners {

    /**
     * @param record the record
     * @return its ownership, or empty if it has none (created without a {@link SecurityContext})
     */
    Optional<Ownership> find(RecordRef record);

    /**
     * Reads the ownership of many records of one type in one call.
     *
     * @param type the records' type, not null
     * @param ids  the ids, at most 1 000
     * @return the ownership of each record that has one; the others are absent
     */
    Map<UUID, Ownership> findAll(RecordType type, Collection<UUID> ids);

    /**
     * Sets (inserts or replaces) the ownership of a record.
     *
     * @param record    the record, not null
     * @param ownership the ownership, not null
     */
    void assign(RecordRef record, Ownership ownership);
}
