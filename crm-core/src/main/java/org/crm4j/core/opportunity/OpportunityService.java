package org.crm4j.core.opportunity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserDirectory;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.InsufficientStockException;
import org.crm4j.core.sales.SalesService;

/**
 * Opens opportunities, moves them through their stages and closes them. Every operation is atomic: it runs in one
 * transaction and, when it throws a {@link org.crm4j.core.CrmException}, has changed nothing. Implementations are
 * thread-safe; of two concurrent changes of one opportunity one fails with a {@link ConcurrentUpdateException}.
 */
public interface OpportunityService {

    /**
     * Creates the service.
     *
     * @param opportunities the opportunity port
     * @param customers     the customer port, to check customers
     * @param products      the product port, to check line items
     * @param sales         the sales service that records the sales of a won opportunity
     * @param probabilities the default probability of each stage
     * @param users         the host's users, to check owners
     * @param transactions  the transaction port
     * @param clock         the source of timestamps and of today (in UTC)
     * @param ids           the source of new ids
     * @return the service
     */
    static OpportunityService create(OpportunityRepository opportunities, CustomerRepository customers,
            ProductRepository products, SalesService sales, StageProbabilities probabilities, UserDirectory users,
            Transactions transactions, Clock clock, IdGenerator ids) {
        return new DefaultOpportunityService(opportunities, customers, products, sales, probabilities, users,
                transactions, clock, ids);
    }

    /**
     * Opens an opportunity in its first stage at that stage's default probability.
     *
     * @param command the details
     * @return the stored opportunity, at version 0
     * @throws ValidationException on {@code "name"}, {@code "owner"}, {@code "amount"} (null or rule
     *                             {@link Opportunity#NOT_NEGATIVE}), {@code "expectedCloseDate"} (null or rule
     *                             {@link Opportunity#CLOSE_AFTER_CREATION}), {@code "stage"} (closed), or
     *                             {@code "lineItems[i].unitPrice"} (another currency than the amount's)
     * @throws NotFoundException   on {@code "customerId"}, {@code "lineItems[i].productId"} or {@code "owner"} (not
     *                             in the host's user directory)
     */
    Opportunity create(NewOpportunity command);

    /**
     * @param id the id
     * @return the opportunity
     * @throws NotFoundException on {@code "opportunityId"}
     */
    Opportunity get(OpportunityId id);

    /**
     * @param id the id
     * @return the opportunity, or empty
     */
    Optional<Opportunity> find(OpportunityId id);

    /**
     * Searches opportunities.
     *
     * @param query   the criteria
     * @param request the page, sorted by one of the {@link OpportunitySort} keys (by id if none)
     * @return the page
     */
    Page<Opportunity> search(OpportunityQuery query, PageRequest<OpportunitySort> request);

    /**
     * Moves an open opportunity to another open stage, at that stage's default probability; the change is
     * recorded with its time.
     *
     * @param id    the opportunity
     * @param stage the open stage
     * @return the stored opportunity
     * @throws NotFoundException   on {@code "opportunityId"}
     * @throws ValidationException on {@code "stage"}: rule {@link Opportunity#OPEN_TO_CHANGE} for a closed
     *                             opportunity, or a closed or unchanged target
     */
    Opportunity moveTo(OpportunityId id, OpportunityStage stage);

    /**
     * Replaces the line items of an open opportunity.
     *
     * @param id    the opportunity
     * @param items the line items, in the amount's currency
     * @return the stored opportunity
     * @throws NotFoundException   on {@code "opportunityId"} or {@code "lineItems[i].productId"}
     * @throws ValidationException on {@code "stage"} if closed, or {@code "lineItems[i].unitPrice"}
     */
    Opportunity changeLineItems(OpportunityId id, List<LineItem> items);

    /**
     * Hands an open opportunity to another user.
     *
     * @param id       the opportunity
     * @param newOwner the owner
     * @return the stored opportunity
     * @throws NotFoundException   on {@code "opportunityId"}, or on {@code "owner"} (host's user directory)
     * @throws ValidationException on {@code "stage"} if closed
     */
    Opportunity reassign(OpportunityId id, UserId newOwner);

    /**
     * Wins an opportunity: CLOSED_WON at 100 %.
     *
     * @param id the opportunity
     * @return the stored opportunity
     * @throws NotFoundException   on {@code "opportunityId"}
     * @throws ValidationException on {@code "stage"} ({@link Opportunity#OPEN_TO_CHANGE}) or {@code "customerId"}
     *                             ({@link Opportunity#WIN_NEEDS_CUSTOMER})
     */
    Opportunity win(OpportunityId id);

    /**
     * Wins an opportunity and records one sale per line item in the same transaction, by the sales feature's
     * rules: at the line item's negotiated unit price (not the product's current price; it must be in the currency
     * of the product's price, else {@code "sales[i].unitPrice"} is refused), taking stock, with request id
     * {@code "opportunity:<id>:<index>"}.
     * All or nothing: if a sale is refused (not enough stock, archived product or customer) the opportunity stays
     * open and no sale is recorded.
     *
     * @param id the opportunity
     * @return the stored opportunity and its sales
     * @throws NotFoundException            on {@code "opportunityId"}
     * @throws ValidationException          as {@link #win(OpportunityId)}, on {@code "lineItems"} (rule
     *                                      {@code "must not be empty to record sales"}), or as
     *                                      {@link SalesService#recordAll}
     * @throws InsufficientStockException   if a product's stock does not cover its line items
     */
    WonOpportunity winRecordingSales(OpportunityId id);

    /**
     * Loses an opportunity: CLOSED_LOST at 0 %.
     *
     * @param id     the opportunity
     * @param reason why, 1 to {@value Opportunity#MAX_REASON_LENGTH} characters
     * @return the stored opportunity
     * @throws NotFoundException   on {@code "opportunityId"}
     * @throws ValidationException on {@code "stage"} ({@link Opportunity#OPEN_TO_CHANGE}) or {@code "lostReason"}
     */
    Opportunity lose(OpportunityId id, String reason);
}
