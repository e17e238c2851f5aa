package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Row of {@code crm_record_owner}: the owner and team of one owned record; mapped. */
@Entity(name = "RecordOwner")
@Table(name = "crm_record_owner")
@IdClass(RecordOwnerEntity.Key.class)
class RecordOwnerEntity {

    @Id
    @Column(name = "record_type", nullable = false, length = 16)
    String recordType;

    @Id
    @Column(name = "record_id", nullable = false)
    UUID recordId;

    @Column(name = "owner_id", nullable = false, length = 100)
    String ownerId;

    @Column(name = "team", length = 100)
    String team;

    @Column(name = "shared", nullable = false)
    boolean shared;

    RecordOwnerEntity() {
    }

    /** The primary key: record type and id. */
    static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String recordType;
        UUID recordId;

        Key() {
        }

        Key(String recordType, UUID recordId) {
            this.recordType = recordType;
            this.recordId = recordId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && recordType.equals(key.recordType) && recordId.equals(key.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordType, recordId);
        }
    }
}
