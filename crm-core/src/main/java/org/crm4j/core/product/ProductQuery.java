package org.crm4j.core.product;

import java.util.Locale;
import java.util.Optional;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Search criteria for products. Every present criterion must hold; an empty one accepts everything. Text criteria
 * match a case-insensitive substring. Immutable.
 *
 * @param name            part of the name (stripped; a blank text is no criterion)
 * @param sku             part of the SKU (stripped; a blank text is no criterion)
 * @param includeArchived whether archived products match too
 * @param maxStock        the highest stock, in units, inclusive: low-stock products (a threshold of 0 finds the
 *                        sold-out ones)
 */
public record ProductQuery(Optional<String> name, Optional<String> sku, boolean includeArchived,
        Optional<Integer> maxStock) {

    /**
     * Strips the texts and drops blank ones.
     *
     * @throws ValidationException on field {@code "name"}, {@code "sku"} or {@code "maxStock"}, rule
     *                             {@link Require#NOT_NULL}, if an {@code Optional} is null, or on {@code "maxStock"},
     *                             rule {@link Require#NOT_NEGATIVE}, if it is negative
     */
    public ProductQuery {
        name = Require.nonNull("name", name).map(String::strip).filter(t -> !t.isEmpty());
        sku = Require.nonNull("sku", sku).map(String::strip).filter(t -> !t.isEmpty());
        Require.nonNull("maxStock", maxStock).ifPresent(units -> Require.notNegative("maxStock", units));
    }

    /**
     * The criteria of the first releases, without a stock threshold.
     *
     * @param name            part of the name
     * @param sku             part of the SKU
     * @param includeArchived whether archived products match too
     * @throws ValidationException as the canonical constructor
     */
    public ProductQuery(Optional<String> name, Optional<String> sku, boolean includeArchived) {
        this(name, sku, includeArchived, Optional.empty());
    }

    /** @return criteria matching every active product */
    public static ProductQuery all() {
        return new ProductQuery(Optional.empty(), Optional.empty(), false);
    }

    /**
     * Low stock: products with at most {@code threshold} units in stock, e.g. to reorder. Searched in the
     * database on the JPA adapter; sort by {@link ProductSort#STOCK} for the scarcest first.
     *
     * @param threshold the highest stock that matches, in units, &gt;= 0
     * @return a copy that also requires {@code stock <= threshold}
     * @throws ValidationException on field {@code "maxStock"}, rule {@link Require#NOT_NEGATIVE}
     */
    public ProductQuery withStockAtMost(int threshold) {
        return new ProductQuery(name, sku, includeArchived, Optional.of(Require.notNegative("maxStock", threshold)));
    }

    /**
     * @param part part of the name, not null
     * @return a copy that also requires the name to contain {@code part}
     */
    public ProductQuery withName(String part) {
        return new ProductQuery(Optional.of(Require.nonNull("name", part)), sku, includeArchived, maxStock);
    }

    /**
     * @param part part of the SKU, not null
     * @return a copy that also requires the SKU to contain {@code part}
     */
    public ProductQuery withSku(String part) {
        return new ProductQuery(name, Optional.of(Require.nonNull("sku", part)), includeArchived, maxStock);
    }

    /** @return a copy that matches archived products too */
    public ProductQuery includingArchived() {
        return new ProductQuery(name, sku, true, maxStock);
    }

    /**
     * Whether a product matches, as adapters that filter in memory need it; database adapters implement the same
     * meaning in their query language.
     *
     * @param product the product
     * @return whether all present criteria hold
     */
    public boolean matches(Product product) {
        return (includeArchived || product.active())
                && name.map(part -> contains(product.name(), part)).orElse(true)
                && sku.map(part -> contains(product.sku().value(), part)).orElse(true)
                && maxStock.map(units -> product.stock() <= units).orElse(true);
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
