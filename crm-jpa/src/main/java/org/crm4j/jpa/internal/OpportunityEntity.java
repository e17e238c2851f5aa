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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code crm_opportunity} with its stage history and line items; mapped. */
@Entity(name = "Opportunity")
@Table(name = "crm_opportunity")
class OpportunityEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "customer_id")
    UUID customerId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "owner_id", nullable = false, length = 100)
    String ownerId;

    @Column(name = "amount", nullable = false, precision = 19, scale = 4)
    BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "expected_close_date", nullable = false)
    LocalDate expectedCloseDate;

    @Column(name = "stage", nullable = false, length = 16)
    String stage;

    @Column(name = "probability", nullable = false)
    int probability;

    /** Clear or sealed as {@link #sealedFields} says (V25). */
    @Column(name = "lost_reason", length = 2800)
    String lostReason;

    /** {@link org.crm4j.jpa.PersonalField#NOTES}'s bit if the free texts of the row are sealed, else 0 (V25). */
    @Column(name = "sealed_fields", nullable = false)
    int sealedFields;

    /** The data key of the sealed free texts, or null for a row in clear (V25). */
    @Column(name = "data_key_id", length = 64)
    String dataKeyId;

    /** When the deal was won or lost (the last stage change's time), null while open: for reports. */
    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_opportunity_stage_change", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "seq")
    List<StageChange> history = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "crm_opportunity_line_item", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "seq")
    List<LineItem> lineItems = new ArrayList<>();

    OpportunityEntity() {
    }

    /** One stage change: the previous and the new stage, and when. */
    @Embeddable
    static class StageChange {
        @Column(name = "previous_stage", nullable = false, length = 16)
        String previous;

        @Column(name = "current_stage", nullable = false, length = 16)
        String current;

        @Column(name = "changed_at", nullable = false)
        Instant changedAt;

        StageChange() {
        }

        StageChange(String previous, String current, Instant changedAt) {
            this.previous = previous;
            this.current = current;
            this.changedAt = changedAt;
        }
    }

    /** One line item: product, units, unit price (in the opportunity's currency). */
    @Embeddable
    static class LineItem {
        @Column(name = "product_id", nullable = false)
        UUID productId;

        @Column(name = "quantity", nullable = false)
        int quantity;

        @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
        BigDecimal unitPrice;

        LineItem() {
        }

        LineItem(UUID productId, int quantity, BigDecimal unitPrice) {
            this.productId = productId;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
        }
    }
}
