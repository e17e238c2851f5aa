package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Row of {@code crm_sale}. Sales are immutable history: inserted once, never updated, so no version column.
 * Customer, product and campaign are referenced by id (foreign keys in the schema), not by associations: each
 * aggregate is loaded on its own.
 */
@Entity(name = "Sale")
@Table(name = "crm_sale")
class SaleEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customerId;

    @Column(name = "product_id", nullable = false)
    UUID productId;

    @Column(name = "quantity", nullable = false)
    int quantity;

    @Column(name = "unit_price_amount", nullable = false, precision = 19, scale = 4)
    BigDecimal unitPriceAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "unit_price_currency", nullable = false, length = 3)
    String unitPriceCurrency;

    @Column(name = "sold_at", nullable = false)
    Instant soldAt;

    @Column(name = "campaign_id")
    UUID campaignId;

    /** The sale a return gives back units of; null for a sale. */
    @Column(name = "return_of")
    UUID returnOf;

    /** The client's request id (unique), or null. */
    @Column(name = "request_id", length = 100)
    String requestId;

    SaleEntity() {
    }
}
