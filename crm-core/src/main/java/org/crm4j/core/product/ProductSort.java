package org.crm4j.core.product;

import org.crm4j.core.SortKey;

/**
 * What a search of products can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order).
 */
public enum ProductSort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the normalised SKU. */
    SKU("sku"),
    /** By the name, case-insensitively. */
    NAME("name"),
    /** By the price's amount (whatever its currency). */
    PRICE("price"),
    /** By the units in stock. */
    STOCK("stock"),
    /** By the creation time. */
    CREATED_AT("createdAt");

    private final String property;

    ProductSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
