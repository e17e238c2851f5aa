package org.crm4j.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code crm_relationship} with its status history; mapped. */
@Entity(name = "Relationship")
@Table(name = "crm_relationship")
class RelationshipEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "from_customer_id", nullable = false)
    UUID fromCustomerId;

    @Column(name = "to_customer_id", nullable = false)
    UUID toCustomerId;

    @Column(name = "type", nullable = false, length = 16)
    String type;

    @Column(name = "key_first", nullable = false)
    UUID keyFirst;

    @Column(name = "key_second", nullable = false)
    UUID keySecond;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_relationship_status_change", joinColumns = @JoinColumn(name = "relationship_id"))
    @OrderColumn(name = "seq")
    List<StatusChange> history = new ArrayList<>();

    RelationshipEntity() {
    }

    /** One status change: the previous and the new status, and when. */
    @Embeddable
    static class StatusChange {
        @Column(name = "previous_status", nullable = false, length = 16)
        String previous;

        @Column(name = "current_status", nullable = false, length = 16)
        String current;

        @Column(name = "changed_at", nullable = false)
        Instant changedAt;

        StatusChange() {
        }

        StatusChange(String previous, String current, Instant changedAt) {
            this.previous = previous;
            this.current = current;
            this.changedAt = changedAt;
        }
    }
}
