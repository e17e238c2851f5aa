package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Row of {@code crm_activity}; mapped. */
@Entity(name = "Activity")
@Table(name = "crm_activity")
class ActivityEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "type", nullable = false, length = 16)
    String type;

    @Column(name = "subject", nullable = false, length = 200)
    String subject;

    /** Clear or sealed (see {@link FieldCrypto#sealText}) as {@link #sealedFields} says; sized in V25. */
    @Column(name = "body", length = 54_000)
    String body;

    /** {@link org.crm4j.jpa.PersonalField#NOTES}'s bit if the free texts of the row are sealed, else 0 (V25). */
    @Column(name = "sealed_fields", nullable = false)
    int sealedFields;

    /** The data key of the sealed free texts, or null for a row in clear (V25). */
    @Column(name = "data_key_id", length = 64)
    String dataKeyId;

    @Column(name = "customer_id")
    UUID customerId;

    @Column(name = "lead_id")
    UUID leadId;

    @Column(name = "opportunity_id")
    UUID opportunityId;

    @Column(name = "occurred_at")
    Instant occurredAt;

    @Column(name = "due_date")
    LocalDate dueDate;

    @Column(name = "completed_at")
    Instant completedAt;

    /** {@code Activity.timelineAt()}, stored for the timeline's index; derived, never read back. */
    @Column(name = "timeline_at", nullable = false)
    Instant timelineAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    ActivityEntity() {
    }
}
