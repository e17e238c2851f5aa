package org.crm4j.jpa.internal;

import java.util.Currency;
import org.crm4j.core.Money;
import org.crm4j.core.product.Product;
import org.crm4j.core.product.ProductId;
import org.crm4j.core.product.Sku;

/** Copies products between the domain record and {@link ProductEntity}. */
final class ProductMapper {

    private ProductMapper() {
    }

    static void copy(Product from, ProductEntity to) {
        to.id = from.id().value();
        to.sku = from.sku().value();
        to.name = from.name();
        to.priceAmount = from.price().amount();
        to.priceCurrency = from.price().currency().getCurrencyCode();
        to.stock = from.stock();
        to.active = from.active();
        to.createdAt = Sql.micros(from.createdAt());
        to.updatedAt = Sql.micros(from.updatedAt());
        to.version = from.version();
    }

    /**
     * Copies everything but the stock, which moves only by the atomic stock updates: an edit of the catalogue
     * details never writes a stock it read earlier.
     */
    static void copyCatalogue(Product from, ProductEntity to) {
        int stock = to.stock;
        copy(from, to);
        to.stock = stock;
    }

    static Product toDomain(ProductEntity row) {
        return new Product(new ProductId(row.id), new Sku(row.sku), row.name,
                Money.of(row.priceAmount, Currency.getInstance(row.priceCurrency)), row.stock, row.active,
                row.createdAt, row.updatedAt, row.version);
    }
}
