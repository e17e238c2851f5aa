package org.crm4j.core.sales;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.RetryPolicy;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;

/**
 * Records sales and returns. Recording a sale decrements the product's stock atomically: concurrent sales never
 * oversell, whatever the adapter. Every operation is atomic; when it throws a
 * {@link org.crm4j.core.CrmException}, nothing was written. Sales are never changed or deleted: a return is the
 * correction. Implementations are thread-safe.
 */
public interface SalesService {

    /** The most sales {@link #recordAll(List)} accepts in one call. */
    int MAX_SALES_PER_CALL = 1_000;

    /**
     * Creates the service.
     *
     * @param sales        the sale repository port
     * @param customers    the customer repository port (buyers must exist and be active)
     * @param products     the product repository port (stock)
     * @param campaigns    the campaign repository port (a sale's campaign must exist)
     * @param transactions the transaction port
     * @param clock        the source of sale times
     * @param ids          the source of new ids
     * @return the service
     */
    static SalesService create(SaleRepository sales, CustomerRepository customers, ProductRepository products,
            CampaignRepository campaigns, Transactions transactions, Clock clock, IdGenerator ids) {
        return create(sales, customers, products, campaigns, transactions, clock, ids, RetryPolicy.none());
    }

    /**
     * Creates the service with a retry policy for sales with a request id, which are repeated after a
     * {@link org.crm4j.core.CommitOutcomeUnknownException} (the repetition returns the stored sale if the commit
     * succeeded). Transient failures are repeated by the transactions given, if they retry.
     *
     * @param sales        the sale repository
     * @param customers    the customer repository
     * @param products     the product repository
     * @param campaigns    the campaign repository
     * @param transactions the transactions port
     * @param clock        the source of timestamps
     * @param ids          the source of new ids
     * @param retry        the retry policy, not null
     * @return the service
     */
    static SalesService create(SaleRepository sales, CustomerRepository customers, ProductRepository products,
            CampaignRepository campaigns, Transactions transactions, Clock clock, IdGenerator ids,
            RetryPolicy retry) {
        return new DefaultSalesService(sales, customers, products, campaigns, transactions, clock, ids, retry);
    }

    /**
     * Records a sale at the product's current price (or the command's negotiated {@link NewSale#unitPrice()})
     * and takes the units out of stock.
     *
     * @param command the sale
     * <p>Lifecycle automation: a sale (not a return) to a {@link org.crm4j.core.customer.LifecycleStage#PROSPECT}
     * moves the customer to {@code ACTIVE} in the same transaction, recorded in the stage history at the clock's
     * time (also for a sale dated in the past); it raises the customer's version. Customers in any other stage are
     * left as they are. {@link #recordAll(List)} does the same for every buyer of the call.
     *
     * @param command the sale
     * @return the stored sale
     * @throws ValidationException         on field {@code "quantity"} (not positive), {@code "customerId"} or
     *                                     {@code "productId"} (null, or archived: rule {@code "must be active"}),
     *                                     {@code "soldAt"} (in the future), {@code "unitPrice"} (negative: rule
     *                                     {@link Sale#UNIT_PRICE_NOT_NEGATIVE}; not in the currency of the
     *                                     product's price: rule {@code "must be in <CUR>, the currency of the
     *                                     product's price"}; too large to store)
     * @throws NotFoundException           on field {@code "customerId"}, {@code "productId"} or
     *                                     {@code "campaign"} (a campaign given but not stored)
     * @throws InsufficientStockException  if the stock does not cover the quantity
     */
    Sale record(NewSale command);

    /**
     * Records several sales as one unit of work: all of them or none. Each sale is checked and priced exactly as
     * {@link #record(NewSale)} does; sales without a time get the same instant (the service clock's, once per
     * call). Stock is taken per product for the sum of its sales in the call, products in ascending id order, so
     * that concurrent calls never oversell and never deadlock each other. Adapters may send the stock changes and
     * the inserts to the database in batches, which makes this much faster than one {@code record} per sale.
     *
     * <p>When it throws, nothing was written: no sale stored, no stock changed. Errors name the bad entry by its
     * 0-based index, e.g. field {@code "sales[3].quantity"}. The checks run in stages (the fields of every
     * entry, then the sale times, the buyers, the campaigns (each distinct one looked up once), and last stock and
     * products), each stage over the whole list in list order: the entry named is the first one that fails the
     * earliest failing stage.
     *
     * <pre>{@code
     * List<Sale> sales = crm.sales().recordAll(List.of(
     *         NewSale.of(ada, tea, 2),
     *         NewSale.of(bob, cups, 6)));
     * }</pre>
     *
     * @param commands the sales, in the order to record them; at most {@link #MAX_SALES_PER_CALL}; an empty list
     *                 records nothing
     * @return the stored sales, in the order of {@code commands}
     * @throws ValidationException        on field {@code "sales"} (null, or more than {@link #MAX_SALES_PER_CALL}
     *                                    entries), {@code "sales[i]"} (a null entry), or {@code "sales[i].quantity"},
     *                                    {@code "sales[i].customerId"}, {@code "sales[i].productId"},
     *                                    {@code "sales[i].soldAt"}, {@code "sales[i].unitPrice"} with the rules of
     *                                    {@link #record(NewSale)}
     * @throws NotFoundException          on field {@code "sales[i].customerId"}, {@code "sales[i].productId"} or
     *                                    {@code "sales[i].campaign"} (the first entry naming a campaign not stored)
     * @throws InsufficientStockException naming the product whose stock does not cover the sum of its sales in the
     *                                    call ({@link InsufficientStockException#requested()} is that sum)
     */
    List<Sale> recordAll(List<NewSale> commands);

    /**
     * Records a return of units of an earlier sale at the sale's unit price and puts them back into stock.
     * Returns of one sale are serialised ({@link SaleRepository#lockForReturn(SaleId)}): concurrent returns never
     * return more units than were sold, whatever the adapter.
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

    /** The most sales and returns {@link #history(CustomerId)} returns. */
    int HISTORY_LIMIT = 1_000;

    /**
     * A customer's whole purchase history in one call, without a paging loop: every sale and return of the
     * customer, oldest first (ties by id). For customers with up to {@value #HISTORY_LIMIT} sales and returns; beyond
     * that, page through {@link #search(SaleQuery, PageRequest)} with {@code SaleQuery.all().withCustomer(id)}.
     *
     * @param customer the customer, archived or not
     * @return the sales and returns (negative quantities), by {@link Sale#soldAt()} ascending; empty if none
     * @throws NotFoundException   on field {@code "customerId"} if there is no such customer
     * @throws ValidationException on field {@code "customerId"}, rule {@code "must have at most 1000 sales and
     *                             returns; page with search(SaleQuery.all().withCustomer(id), ...)"}, or rule
     *                             {@link org.crm4j.core.Require#NOT_NULL}
     */
    List<Sale> history(CustomerId customer);

    /**
     * Searches sales and returns.
     *
     * @param query   the criteria
     * @param request the page, sorted by one of the {@link SaleSort} keys (by id if none)
     * @return the page
     * @throws ValidationException on field {@code "query"} or {@code "pageRequest"} if null
     */
    Page<Sale> search(SaleQuery query, PageRequest<SaleSort> request);
}
