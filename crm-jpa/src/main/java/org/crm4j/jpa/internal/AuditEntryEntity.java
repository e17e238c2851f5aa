package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code crm_audit_entry}: one audit entry, inserted once, never updated; mapped. */
@Entity(name = "AuditEntry")
@Table(name = "crm_audit_entry")
class AuditEntryEntity {

    @Id
    @Column(name = "entry_sequence", nullable = false)
    long sequence;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    String actor;

    @Column(name = "entry_action", nullable = false, length = 16)
    String action;

    @Column(name = "operation", nullable = false, length = 200)
    String operation;

    @Column(name = "record_type", nullable = false, length = 40)
    String recordType;

    @Column(name = "record_id", nullable = false, length = 200)
    String recordId;

    @Column(name = "changes", nullable = false, length = 100_000)
    String changes;

    @Column(name = "previous_hash", nullable = false, length = 64)
    String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    String hash;

    AuditEntryEntity() {
    }
}
