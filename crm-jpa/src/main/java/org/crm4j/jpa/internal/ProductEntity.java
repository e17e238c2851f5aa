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

/** Row of {@code crm_product}. */
@Entity(name = "Product")
@Table(name = "crm_product")
class ProductEntity {

    @Id
    @Column(name = "id", nullable = false)
    UUID id;

    @Column(name = "sku", nullable = false, length = 64)
    String sku;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "price_amount", nullable = false, precision = 19, scale = 4)
    BigDecimal priceAmount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "price_currency", nullable = false, length = 3)
    String priceCurrency;

    @Column(name = "stock", nullable = false)
    int stock;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    /** Checked and raised by the repository's conditional UPDATE, see {@link Repositories}. */
    @Column(name = "version", nullable = false)
    long version;

    ProductEntity() {
    }
}
