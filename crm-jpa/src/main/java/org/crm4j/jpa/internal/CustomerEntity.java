package org.crm4j.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Row of {@code crm_customer} with its stage history, consents and tags; mapped to and from the domain's
 * {@code Customer} by {@link CustomerMapper}. The personal columns (name, e-mail, phone, date of birth) hold
 * either the clear value or a sealed one (see {@link FieldCrypto}), as {@code sealedFields} says field by field;
 * {@code emailIndex} carries the unique constraint {@code uk_customer_email_index} and is the lower-cased address
 * or its blind index, {@code phoneIndex} likewise for the phone number.
 */
@Entity(name = "Customer")
@Table(name = "crm_customer")
class CustomerEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "name", nullable = false, length = 1000)
    String name;

    @Column(name = "email", nullable = false, length = 500)
    String email;

    @Column(name = "email_index", nullable = false, length = 254)
    String emailIndex;

    @Column(name = "phone", length = 160)
    String phone;

    @Column(name = "phone_index", length = 64)
    String phoneIndex;

    /** ISO-8601 text ({@code 1815-12-10}) in clear, so that it can be sealed in the same column. */
    @Column(name = "date_of_birth", length = 160)
    String dateOfBirth;

    /** The {@link org.crm4j.jpa.PersonalField} bits of the columns stored sealed; 0 for a row in clear. */
    @Column(name = "sealed_fields", nullable = false)
    int sealedFields;

    /** The data key of the sealed columns, or null for a row in clear. */
    @Column(name = "data_key_id", length = 64)
    String dataKeyId;

    @Column(name = "gender", nullable = false, length = 16)
    String gender;

    @Column(name = "lifecycle_stage", nullable = false, length = 16)
    String lifecycleStage;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_customer_stage_change", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "seq")
    List<StageChange> stageChanges = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_customer_consent", joinColumns = @JoinColumn(name = "customer_id"))
    @MapKeyColumn(name = "channel", length = 16)
    Map<String, Consent> consents = new HashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag", nullable = false, length = 50)
    Set<String> tags = new HashSet<>();

    CustomerEntity() {
    }

    /** One lifecycle transition: the stage left, the stage entered and when. */
    @Embeddable
    static class StageChange {
        @Column(name = "from_stage", nullable = false, length = 16)
        String from;

        @Column(name = "to_stage", nullable = false, length = 16)
        String to;

        @Column(name = "changed_at", nullable = false)
        Instant changedAt;

        StageChange() {
        }

        StageChange(String from, String to, Instant changedAt) {
            this.from = from;
            this.to = to;
            this.changedAt = changedAt;
        }
    }

    /** Marketing consent on one channel: given or withdrawn, and when. */
    @Embeddable
    static class Consent {
        @Column(name = "granted", nullable = false)
        boolean granted;

        @Column(name = "changed_at", nullable = false)
        Instant changedAt;

        Consent() {
        }

        Consent(boolean granted, Instant changedAt) {
            this.granted = granted;
            this.changedAt = changedAt;
        }
    }
}
