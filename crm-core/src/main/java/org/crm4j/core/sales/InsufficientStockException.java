package org.crm4j.core.sales;

import java.util.Locale;
import org.crm4j.core.CrmException;
import org.crm4j.core.product.ProductId;

/**
 * A sale asked for more units of a product than are in stock. Nothing was written: no sale, no stock change.
 */
public class InsufficientStockException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final transient ProductId productId;
    private final int requested;
    private final int available;

    /**
     * Creates the exception.
     *
     * @param productId the product
     * @param requested the quantity the sale asked for
     * @param available the stock at the time of the refusal
     */
    public InsufficientStockException(ProductId productId, int requested, int available) {
        super(String.format(Locale.ROOT, "quantity must not exceed the stock of product %s: requested %d, available %d",
                productId, requested, available));
        this.productId = productId;
        this.requested = requested;
        this.available = available;
    }

    /** @return the product */
    public ProductId productId() {
        return productId;
    }

    /** @return the quantity the sale asked for */
    public int requested() {
        return requested;
    }

    /** @return the stock at the time of the refusal */
    public int available() {
        return available;
    }
}
