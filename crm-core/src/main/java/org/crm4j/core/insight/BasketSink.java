package org.crm4j.core.insight;

import java.time.LocalDate;
import java.util.List;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.product.ProductId;

/**
 * Receives the baskets {@link DemandHistories#forEachBasket} streams, one call per basket, on the calling thread.
 */
@FunctionalInterface
public interface BasketSink {

    /**
     * One basket: what a customer bought on a UTC day.
     *
     * @param customer the customer
     * @param day      the UTC day
     * @param products the products, at least one, each once, in unsigned UUID order; immutable, the sink may keep
     *                 it
     */
    void basket(CustomerId customer, LocalDate day, List<ProductId> products);
}
