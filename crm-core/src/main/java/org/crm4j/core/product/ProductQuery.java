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
 */
public record ProductQuery(Optional<String> name, Optional<String> sku, boolean includeArchived) {

    /**
     * Strips the texts and drops blank ones.
     *
     * @throws ValidationException on field {@code "name"} or {@code "sku"}, rule {@link Require#NOT_NULL}, if an
     *                             {@code Optional} is null
     */
    public ProductQuery {
        name = Require.nonNull("name", name).map(String::strip).filter(t -> !t.isEmpty());
        sku = Require.nonNull("sku", sku).map(String::strip).filter(t -> !t.isEmpty());
    }

    /** @return criteria matching every active product */
    public static ProductQuery all() {
        return new ProductQuery(Optional.empty(), Optional.empty(), false);
    }

    /**
     * @param part part of the name, not null
     * @return a copy that also requires the name to contain {@code part}
     */
    public ProductQuery withName(String part) {
        return new ProductQuery(Optional.of(Require.nonNull("name", part)), sku, includeArchived);
    }

    /**
     * @param part part of the SKU, not null
     * @return a copy that also requires the SKU to contain {@code part}
     */
    public ProductQuery withSku(String part) {
        return new ProductQuery(name, Optional.of(Require.nonNull("sku", part)), includeArchived);
    }

    /** @return a copy that matches archived products too */
    public ProductQuery includingArchived() {
        return new ProductQuery(name, sku, true);
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
                && sku.map(part -> contains(product.sku().value(), part)).orElse(true);
    }

    private static boolean contains(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
