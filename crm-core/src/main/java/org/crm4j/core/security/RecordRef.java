package org.crm4j.core.security;

import java.util.UUID;
import org.crm4j.core.Require;

/**
 * One owned record: its kind and the UUID of its id. Immutable.
 *
 * @param type the kind of record
 * @param id   the record's id
 */
public record RecordRef(RecordType type, UUID id) {

    /**
     * @throws org.crm4j.core.ValidationException on field {@code "type"} or {@code "id"} if null
     */
    public RecordRef {
        Require.nonNull("type", type);
        Require.nonNull("id", id);
    }

    /** @return {@code "customer 5f0c…"} */
    @Override
    public String toString() {
        return type.label() + " " + id;
    }
}
