package org.crm4j.core.product;

import java.time.Instant;
import org.crm4j.core.Money;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * The product aggregate. Immutable: business methods return changed copies; the repository stores them and
 * raises the {@code version}. The stock changes only through {@link #withdraw(int)} and {@link #restock(int)}
 * (which adapters apply atomically, see {@link ProductRepository#takeStock(java.util.Map)}); stock
 * movements leave the {@code version} and {@code updatedAt} alone: both belong to the catalogue details (name,
 * price, active), so an edit of the details does not conflict with sales made since it was read.
 *
 * @param id        the identity
 * @param sku       the product code, unique per CRM
 * @param name      the name, trimmed, 1 to {@value #MAX_NAME_LENGTH} characters
 * @param price     the current unit price, not negative; its currency never changes
 * @param stock     the units in stock, not negative
 * @param active    false once archived: not for sale, kept for its sales history
 * @param createdAt when the product was created
 * @param updatedAt when the product's details were last changed
 * @param version   the optimistic-locking version, 0 when first saved
 */
public record Product(ProductId id, Sku sku, String name, Money price, int stock, boolean active, Instant createdAt,
        Instant updatedAt, long version) {

    /** The longest product name. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Checks the invariants.
     *
     * @throws ValidationException naming the field: {@code "name"} blank or too long, {@code "price"} or
     *                             {@code "stock"} negative, a required component null, a version below 0
     */
    public Product {
        Require.nonNull("productId", id);
        Require.nonNull("sku", sku);
        name = validName(name);
        validPrice(price);
        Require.notNegative("stock", stock);
        Require.nonNull("createdAt", createdAt);
        Require.nonNull("updatedAt", updatedAt);
        Require.notNegative("version", version);
    }

    /**
     * Creates a new, active product at version 0.
     *
     * @param id    the new id
     * @param sku   the product code
     * @param name  the name
     * @param price the unit price, not negative
     * @param stock the initial stock, not negative
     * @param now   the creation time
     * @return the product
     */
    public static Product create(ProductId id, Sku sku, String name, Money price, int stock, Instant now) {
        return new Product(id, sku, name, price, stock, true, now, now, 0);
    }

    /**
     * Creates a new product from a command, checking it as {@code ProductService.create} and the bulk import do.
     *
     * @param id      the new id, not null
     * @param command what to create, not null
     * @param now     the creation time, not null
     * @return the product, active, at version 0
     * @throws ValidationException naming the field and rule of the first invalid value ({@code command},
     *                             {@code sku}, {@code name}, {@code price}, {@code stock})
     */
    public static Product create(ProductId id, NewProduct command, Instant now) {
        Require.nonNull("command", command);
        Sku sku = Sku.of(command.sku());
        String name = validName(command.name());
        validPrice(command.price());
        Require.notNegative("stock", command.initialStock());
        return create(id, sku, name, command.price(), command.initialStock(), now);
    }

    /**
     * Changes the name and price.
     *
     * @param newName  the name
     * @param newPrice the price, not negative, in the product's currency
     * @param now      the time of the change
     * @return the changed product
     * @throws ValidationException on field {@code "currency"} if the price's currency differs
     */
    public Product changeDetails(String newName, Money newPrice, Instant now) {
        validPrice(newPrice);
        if (!newPrice.currency().equals(price.currency())) {
            throw new ValidationException("currency", "must be " + price.currency().getCurrencyCode()
                    + ", the currency of product " + sku, newPrice.currency().getCurrencyCode());
        }
        return new Product(id, sku, newName, newPrice, stock, active, createdAt, now, version);
    }

    /**
     * @param quantity the units wanted
     * @return whether the stock covers them
     */
    public boolean canSupply(int quantity) {
        return quantity <= stock;
    }

    /**
     * Takes units out of stock.
     *
     * @param quantity the units, at least 1 and at most the stock
     * @return the product with less stock
     * @throws ValidationException on field {@code "quantity"} if not positive or above the stock
     */
    public Product withdraw(int quantity) {
        Require.positive("quantity", quantity);
        if (!canSupply(quantity)) {
            throw new ValidationException("quantity", "must not exceed the stock " + stock, quantity);
        }
        return new Product(id, sku, name, price, stock - quantity, active, createdAt, updatedAt, version);
    }

    /**
     * Puts units into stock (a delivery or a return).
     *
     * @param quantity the units, at least 1
     * @return the product with more stock
     * @throws ValidationException on field {@code "quantity"} if not positive or the stock would overflow
     */
    public Product restock(int quantity) {
        Require.positive("quantity", quantity);
        if (stock > Integer.MAX_VALUE - quantity) {
            throw new ValidationException("quantity", "must keep the stock <= " + Integer.MAX_VALUE, quantity);
        }
        return new Product(id, sku, name, price, stock + quantity, active, createdAt, updatedAt, version);
    }

    /**
     * Archives the product: the normal way to retire a product with sales history.
     *
     * @param now the time of the change
     * @return the archived product
     */
    public Product archive(Instant now) {
        return new Product(id, sku, name, price, stock, false, createdAt, now, version);
    }

    /**
     * Puts an archived product on sale again.
     *
     * @param now the time of the change
     * @return the active product
     */
    public Product reactivate(Instant now) {
        return new Product(id, sku, name, price, stock, true, createdAt, now, version);
    }

    /**
     * The copy a repository stores on update.
     *
     * @param newVersion the stored version
     * @return this product at {@code newVersion}
     */
    public Product withVersion(long newVersion) {
        return new Product(id, sku, name, price, stock, active, createdAt, updatedAt, newVersion);
    }

    static String validName(String name) {
        return Require.text("name", name, MAX_NAME_LENGTH);
    }

    static void validPrice(Money price) {
        Require.nonNull("price", price);
        if (price.isNegative()) {
            throw new ValidationException("price", "must not be negative", price);
        }
        Require.storable("price", price);
    }

}
