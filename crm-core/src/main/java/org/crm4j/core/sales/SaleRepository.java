package org.crm4j.core.sales;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;

/**
 * Port: where sales and returns are kept. Sales are history: the port has no update and no delete. The contract
 * suite {@code org.crm4j.core.contract.SaleRepositoryContract} in crm-core's test-jar checks an implementation.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe.
 */
public interface SaleRepository {

    /**
     * Stores a sale or return.
     *
     * @param sale the sale
     * @return the stored sale
     * @throws DuplicateException on field {@code "saleId"} if the id is taken
     */
    Sale save(Sale sale);

    /**
     * Stores several sales or returns, in list order; adapters may send them to the database together.
     *
     * @param sales the sales, at most 1 000
     * @throws DuplicateException on field {@code "saleId"} if an id is taken; then, inside a transaction, the
     *                            caller rolls back the ones already stored
     */
    void saveAll(List<Sale> sales);

    /**
     * @param id the id
     * @return the sale or return, or empty
     */
    Optional<Sale> find(SaleId id);

    /**
     * Finds a sale and serialises returns of it: until the caller's transaction ends, another transaction calling
     * this method for the same sale waits. The sales service calls it before {@link #returnedQuantity(SaleId)} so
     * that two concurrent returns of one sale cannot both see the same units as not yet returned and together
     * return more than was sold. Database adapters lock the sale's row ({@code SELECT ... FOR UPDATE}); the
     * in-memory adapter relies on its store lock. Outside a transaction it behaves as {@link #find(SaleId)}.
     *
     * @param id the id of the sale (or return)
     * @return the sale or return, or empty (then nothing is locked)
     */
    Optional<Sale> lockForReturn(SaleId id);

    /**
     * @param saleId a sale
     * @return the units returned so far from that sale, as a positive number (0 if none)
     */
    int returnedQuantity(SaleId saleId);

    /**
     * Searches sales and returns.
     *
     * @param query   the criteria, as {@link SaleQuery#matches(Sale)} defines them
     * @param request the page; sorted by its {@link SaleSort} key (by id if none), ties broken by id
     *                ascending in the unsigned order of the UUID
     * @return the page of matches
     */
    Page<Sale> search(SaleQuery query, PageRequest<SaleSort> request);

    /**
     * The sales recorded with the given request ids (see {@link NewSale#requestId()}), which adapters keep unique:
     * saving a sale whose request id is taken fails with a {@link org.crm4j.core.DuplicateException} on field
     * {@code "requestId"}, also when two transactions save it at once.
     *
     * @param requestIds the request ids, not null; at most 1 000
     * @return the stored sales by request id; ids without a sale are absent
     */
    Map<String, Sale> findByRequestIds(Collection<String> requestIds);
}
