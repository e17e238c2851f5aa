package org.crm4j.core.product;

import org.crm4j.core.Money;

/**
 * Command: replace a product's name and price, as an edit form would. The stock is not edited here: it moves
 * with sales, returns and {@link ProductService#restock(ProductId, int)}.
 *
 * @param expectedVersion the version the caller read; a different stored version is a
 *                        {@link org.crm4j.core.ConcurrentUpdateException}
 * @param name            the name, 1 to 200 characters after trimming
 * @param price           the unit price, not negative, in the product's currency
 */
public record ProductUpdate(long expectedVersion, String name, Money price) {

    /**
     * @param product the product as read
     * @return an update that keeps the current details, expecting the product's version
     */
    public static ProductUpdate from(Product product) {
        return new ProductUpdate(product.version(), product.name(), product.price());
    }

    /**
     * @param newName the name
     * @return a copy with the name
     */
    public ProductUpdate withName(String newName) {
        return new ProductUpdate(expectedVersion, newName, price);
    }

    /**
     * @param newPrice the price
     * @return a copy with the price
     */
    public ProductUpdate withPrice(Money newPrice) {
        return new ProductUpdate(expectedVersion, name, newPrice);
    }
}
