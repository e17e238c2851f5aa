package org.crm4j.core.sales;

import java.time.Clock;
import java.util.Optional;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;

/**
 * Records sales and returns. Recording a sale decrements the product's stock atomically: concurrent sales never
 * oversell, whatever the adapter. Every operation is atomic; when it throws a
 * {@link org.crm4j.core.CrmException}, nothing was written. Sales are never changed or deleted: a return is the
 * correction. Implementations are thread-safe.
 */
public interface SalesService {

    /**
     * Creates the service.
     *
     * @param sales        the sale repository port
     * @param customers    the customer repository port (buyers must exist and be active)
     * @param products     the product repository port (stock)
     * @param transactions the transaction port
     * @param clock        the source of sale times
     * @param ids          the source of new ids
     * @return the service
     */
    static SalesService create(SaleRepository sales, CustomerRepository customers, ProductRepository products,
            Transactions transactions, Clock clock, IdGenerator ids) {
        return new DefaultSalesService(sales, customers, products, transactions, clock, ids);
    }

    /**
     * Records a sale at the product's current price and takes the units out of stock.
     *
     * @param command the sale
     * @return the stored sale
     * @throws ValidationException         on field {@code "quantity"} (not positive), {@code "customerId"} or
     *                                     {@code "productId"} (null, or archived: rule {@code "must be active"}),
     *                                     {@code "soldAt"} (in the future)
     * @throws NotFoundException           on field {@code "customerId"} or {@code "productId"}
     * @throws InsufficientStockException  if the stock does not cover the quantity
     */
    Sale record(NewSale command);

    /**
     * Records a return of units of an earlier sale at the sale's unit price and puts them back into stock.
     *
     * @param command the return
     * @return the stored return, with a negative quantity
     * @throws ValidationException on field {@code "quantity"} (not positive, or more than not yet returned),
     *                             {@code "saleId"} (a return, not a sale) or {@code "returnedAt"} (in the future)
     * @throws NotFoundException   on field {@code "saleId"}
     */
    Sale recordReturn(NewReturn command);

    /**
     * @param id the id
     * @return the sale or return
     * @throws NotFoundException on field {@code "saleId"}
     */
    Sale get(SaleId id);

    /**
     * @param id the id
     * @return the sale or return, or empty
     */
    Optional<Sale> find(SaleId id);

    /**
     * Searches sales and returns.
     *
     * @param query   the criteria
     * @param request the page; sort by one of {@link SaleQuery#SORT_PROPERTIES}
     * @return the page
     * @throws ValidationException on field {@code "sort"} for another sort property
     */
    Page<Sale> search(SaleQuery query, PageRequest request);
}
