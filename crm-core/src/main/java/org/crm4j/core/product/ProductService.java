package org.crm4j.core.product;

import java.time.Clock;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/**
 * Creates, changes, finds and retires products and keeps their stock. Every operation is atomic: it runs in one
 * transaction and, when it throws a {@link org.crm4j.core.CrmException}, has changed nothing. Implementations are
 * thread-safe.
 */
public interface ProductService {

    /**
     * Creates the service.
     *
     * @param products     the repository port
     * @param transactions the transaction port
     * @param clock        the source of timestamps
     * @param ids          the source of new ids
     * @return the service
     */
    static ProductService create(ProductRepository products, Transactions transactions, Clock clock,
            IdGenerator ids) {
        return new DefaultProductService(products, transactions, clock, ids);
    }

    /**
     * Creates an active product.
     *
     * @param command the details
     * @return the stored product, at version 0
     * @throws ValidationException on field {@code "sku"}, {@code "name"}, {@code "price"} (null or negative) or
     *                             {@code "stock"} (negative)
     * @throws DuplicateException  on field {@code "sku"} if another product has the SKU
     */
    Product create(NewProduct command);

    /**
     * @param id the id
     * @return the product
     * @throws NotFoundException on field {@code "productId"}
     */
    Product get(ProductId id);

    /**
     * @param id the id
     * @return the product, or empty
     */
    Optional<Product> find(ProductId id);

    /**
     * @param sku the product code, in any case
     * @return the product, or empty (also for an invalid code)
     */
    Optional<Product> findBySku(String sku);

    /**
     * Searches products.
     *
     * @param query   the criteria
     * @param request the page, sorted by one of the {@link ProductSort} keys (by id if none)
     * @return the page
     * @throws ValidationException on field {@code "query"} or {@code "pageRequest"} if null
     */
    Page<Product> search(ProductQuery query, PageRequest<ProductSort> request);

    /**
     * Replaces the name and price.
     *
     * @param id      the product
     * @param command the new details and the version they were based on
     * @return the stored product
     * @throws NotFoundException         on field {@code "productId"}
     * @throws ValidationException       on field {@code "name"}, {@code "price"} or {@code "currency"} (a price in
     *                                   another currency than the product's)
     * @throws ConcurrentUpdateException if the product changed since {@code command.expectedVersion()}
     */
    Product update(ProductId id, ProductUpdate command);

    /**
     * Adds delivered units to the stock, atomically.
     *
     * @param id       the product
     * @param quantity the units, at least 1
     * @return the stored product
     * @throws NotFoundException   on field {@code "productId"}
     * @throws ValidationException on field {@code "quantity"} if not positive
     */
    Product restock(ProductId id, int quantity);

    /**
     * Archives the product: the normal way to retire one. It keeps its history but cannot be sold.
     *
     * @param id the product
     * @return the stored product
     * @throws NotFoundException on field {@code "productId"}
     */
    Product archive(ProductId id);

    /**
     * Puts an archived product on sale again.
     *
     * @param id the product
     * @return the stored product
     * @throws NotFoundException on field {@code "productId"}
     */
    Product reactivate(ProductId id);

    /**
     * Deletes a product that was never sold (a mistaken entry).
     *
     * @param id the product
     * @throws NotFoundException   on field {@code "productId"}
     * @throws ValidationException on field {@code "productId"}, rule {@code "must have no sales; archive the
     *                             product instead"}, if any sale references it
     */
    void delete(ProductId id);
}
