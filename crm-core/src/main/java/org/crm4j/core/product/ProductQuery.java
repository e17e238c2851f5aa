package org.crm4j.core.product;

import java.util.Locale;

/**
 * Search criteria for products; every criterion is optional (null) and all given ones must match. Text criteria
 * match a case-insensitive substring. Immutable.
 *
 * @param name             part of the name, or null
 * @param sku              part of the SKU, or null
 * @param includeArchived  whether archived products match too
 */
public record ProductQuery(String name, String sku, boolean includeArchived) {


    /** Turns blank criteria into null. */
    public ProductQuery {
        name = name == null || name.isBlank() ? null : name.strip();
        sku = sku == null || sku.isBlank() ? null : sku.strip();
    }

    /** @return criteria matching every active product */
    public static ProductQuery all() {
        return new ProductQuery(null, null, false);
    }

    /**
     * @param part part of the name
     * @return a copy that also requires the name to contain {@code part}
     */
    public ProductQuery withName(String part) {
        return new ProductQuery(part, sku, includeArchived);
    }

    /**
     * @param part part of the SKU
     * @return a copy that also requires the SKU to contain {@code part}
     */
    public ProductQuery withSku(String part) {
        return new ProductQuery(name, part, includeArchived);
    }

    /** @return a copy that matches archived products too */
    public ProductQuery includingArchived() {
        return new ProductQuery(name, sku, true);
    }

    /**
     * Whether a product matches, as adapters that filter in memory need it.
     *
     * @param product the product
     * @return whether all given criteria match
     */
    public boolean matches(Product product) {
        return (includeArchived || product.active())
                && (name == null || contains(product.name(), name))
                && (sku == null || contains(product.sku().value(), sku));
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
