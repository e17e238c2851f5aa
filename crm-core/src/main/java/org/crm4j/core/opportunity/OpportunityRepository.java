package org.crm4j.core.opportunity;

import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;

/**
 * Port: where opportunities are kept, with their stage history and line items. The contract suite
 * {@code org.crm4j.core.contract.OpportunityRepositoryContract} in crm-core's test-jar checks an implementation.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing.
 */
public interface OpportunityRepository {

    /**
     * Stores a new opportunity as given.
     *
     * @param opportunity the new opportunity
     * @return the stored opportunity
     * @throws DuplicateException on field {@code "opportunityId"} if the id is taken
     */
    Opportunity save(Opportunity opportunity);

    /**
     * @param id the id
     * @return the opportunity, or empty
     */
    Optional<Opportunity> find(OpportunityId id);

    /**
     * Replaces a stored opportunity if nobody changed it since it was read.
     *
     * @param opportunity the changed opportunity, carrying the version it was read at
     * @return the stored opportunity, at version {@code opportunity.version() + 1}
     * @throws NotFoundException         on field {@code "opportunityId"}
     * @throws ConcurrentUpdateException if the stored version differs
     */
    Opportunity update(Opportunity opportunity);

    /**
     * Searches opportunities.
     *
     * @param query   the criteria, as {@link OpportunityQuery#matches(Opportunity)} defines them
     * @param request the page, sorted by its {@link OpportunitySort} key (by id if none), ties by id ascending
     * @return the page of matches
     */
    Page<Opportunity> search(OpportunityQuery query, PageRequest<OpportunitySort> request);
}
