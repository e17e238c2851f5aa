package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.Objects;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * One product in one basket, as {@link DemandHistories#basketLines} reports it: the customer bought the product on
 * the UTC day, and returns did not take back every unit bought that day.
 *
 * @param customerId the customer
 * @param day        the UTC day of the purchase
 * @param productId  the product
 */
public record BasketLine(CustomerId customerId, LocalDate day, ProductId productId) {

    /** Checks that no component is null. */
    public BasketLine {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(productId, "productId");
    }
}
