package org.crm4j.core.sales;

import org.crm4j.core.SortKey;

/**
 * What a search of sales and returns can be sorted by (see {@link org.crm4j.core.SortKey} for ties and text order).
 */
public enum SaleSort implements SortKey {
    /** By the id, in the unsigned order of the UUID. */
    ID("id"),
    /** By the time of the sale or return. */
    SOLD_AT("soldAt"),
    /** By the quantity (negative for returns). */
    QUANTITY("quantity");

    private final String property;

    SaleSort(String property) {
        this.property = property;
    }

    @Override
    public String property() {
        return property;
    }
}
