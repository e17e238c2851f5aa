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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row of {@code crm_lead} with its status history; mapped. */
@Entity(name = "Lead")
@Table(name = "crm_lead")
class LeadEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    /** Clear, or sealed as {@code sealedFields} says (see {@link FieldCrypto}); likewise e-mail and phone. */
    @Column(name = "person_name", nullable = false, length = 1000)
    String personName;

    @Column(name = "company_name", length = 200)
    String companyName;

    @Column(name = "company_size", length = 16)
    String companySize;

    @Column(name = "industry", length = 40)
    String industry;

    @Column(name = "country", length = 2)
    String country;

    @Column(name = "email", length = 500)
    String email;

    @Column(name = "phone", length = 160)
    String phone;

    /** The {@link org.crm4j.jpa.PersonalField} bits of the columns stored sealed; 0 for a row in clear. */
    @Column(name = "sealed_fields", nullable = false)
    int sealedFields;

    /** The data key of the sealed columns, or null for a row in clear. */
    @Column(name = "data_key_id", length = 64)
    String dataKeyId;

    @Column(name = "source", nullable = false, length = 16)
    String source;

    @Column(name = "campaign_id")
    UUID campaignId;

    @Column(name = "owner_id", nullable = false, length = 100)
    String ownerId;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    /** Clear, or sealed if {@code sealedFields} has {@link org.crm4j.jpa.PersonalField#NOTES}'s bit (V25). */
    @Column(name = "disqualified_because", length = 2800)
    String disqualifiedBecause;

    @Column(name = "customer_id")
    UUID customerId;

    @Column(name = "opportunity_id")
    UUID opportunityId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_lead_status_change", joinColumns = @JoinColumn(name = "lead_id"))
    @OrderColumn(name = "seq")
    List<StatusChange> history = new ArrayList<>();

    LeadEntity() {
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
