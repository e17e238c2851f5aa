package org.crm4j.core.product;

import java.util.Map;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;

/**
 * Port: where products are kept. The contract suite {@code org.crm4j.core.contract.ProductRepositoryContract} in
 * crm-core's test-jar checks an implementation.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing.
 */
public interface ProductRepository {

    /**
     * Stores a new product as given.
     *
     * @param product the new product
     * @return the stored product
     * @throws DuplicateException on field {@code "sku"} if another product has the SKU, or {@code "productId"}
     */
    Product save(Product product);

    /**
     * @param id the id
     * @return the product, or empty
     */
    Optional<Product> find(ProductId id);

    /**
     * @param sku the normalised SKU
     * @return the product with this SKU, or empty
     */
    Optional<Product> findBySku(Sku sku);

    /**
     * Replaces a stored product's catalogue details (everything but the stock) if nobody changed them since they
     * were read: the stored version must equal {@code product.version()}. The stock is the stored one, whatever
     * {@code product.stock()} says: it moves only by {@link #takeStock} and {@link #incrementStock}, which leave
     * the version alone.
     *
     * @param product the changed product, carrying the version it was read at
     * @return the stored product, at version {@code product.version() + 1}, with the stored stock
     * @throws NotFoundException         on field {@code "productId"}
     * @throws ConcurrentUpdateException if the stored version differs
     */
    Product update(Product product);

    /**
     * Takes units out of the stock of several products, each product atomically and only if its stock covers its
     * units, leaving its version; returns the products as they are after the change, so that a caller learns their
     * prices without reading them again. Two concurrent calls can never take the same unit: in SQL, {@code update
     * product set stock = stock - ? where id = ? and stock >= ?}. The rows are changed in the iteration order of
     * {@code quantities}: callers that take stock of several products in one transaction pass them in ascending
     * id order, so that concurrent callers lock the rows in the same order and cannot deadlock.
     *
     * <p>The products are independent: a product whose stock is too low is left unchanged and absent from the
     * result while the others are changed. A caller that needs all or nothing runs this inside
     * {@link org.crm4j.core.Transactions#inTransaction} and throws when a product is missing from the result.
     *
     * @param quantities the units to take per product, each at least 1; at most 1 000 products
     * @return the changed products (stock decremented, version unchanged), by id; products whose stock was too low
     *         are absent
     * @throws NotFoundException on field {@code "productId"} naming an id with no such product; an adapter may
     *                           find that out only after changing other products, so the exception undoes
     *                           nothing by itself: the caller's transaction rolls back (a call outside a
     *                           transaction runs in its own)
     */
    Map<ProductId, Product> takeStock(Map<ProductId, Integer> quantities);

    /**
     * Atomically puts {@code quantity} units into stock; the version stays.
     *
     * @param id       the product
     * @param quantity the units, at least 1
     * @throws NotFoundException on field {@code "productId"} if there is no such product
     */
    void incrementStock(ProductId id, int quantity);

    /**
     * Deletes a product. Callers check {@link #hasSales(ProductId)} first.
     *
     * @param id the id
     * @throws NotFoundException on field {@code "productId"}
     */
    void delete(ProductId id);

    /**
     * @param id the id
     * @return whether any sale (or return) references the product
     */
    boolean hasSales(ProductId id);

    /**
     * Searches products.
     *
     * @param query   the criteria, as {@link ProductQuery#matches(Product)} defines them
     * @param request the page; sorted by its {@link ProductSort} key (by id if none) (text compared
     *                case-insensitively, price by amount), ties broken by id ascending in the unsigned order of
     *                the UUID
     * @return the page of matches
     */
    Page<Product> search(ProductQuery query, PageRequest<ProductSort> request);
}
