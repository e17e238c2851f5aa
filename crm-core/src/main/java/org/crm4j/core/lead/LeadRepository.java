package org.crm4j.core.lead;

import java.util.List;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: where leads are kept. The contract suite {@code org.crm4j.core.contract.LeadRepositoryContract} in
 * crm-core's test-jar checks an implementation.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing.
 */
public interface LeadRepository {

    /**
     * Stores a new lead as given.
     *
     * @param lead the new lead
     * @return the stored lead
     * @throws DuplicateException on field {@code "leadId"} if the id is taken
     */
    Lead save(Lead lead);

    /**
     * @param id the id
     * @return the lead, or empty
     */
    Optional<Lead> find(LeadId id);

    /**
     * Replaces a stored lead if nobody changed it since it was read.
     *
     * @param lead the changed lead, carrying the version it was read at
     * @return the stored lead, at version {@code lead.version() + 1}
     * @throws NotFoundException         on field {@code "leadId"}
     * @throws ConcurrentUpdateException if the stored version differs
     */
    Lead update(Lead lead);

    /**
     * Searches leads.
     *
     * @param query   the criteria, as {@link LeadQuery#matches(Lead)} defines them
     * @param request the page, sorted by its {@link LeadSort} key (by id if none), ties by id ascending
     * @return the page of matches
     */
    Page<Lead> search(LeadQuery query, PageRequest<LeadSort> request);

    /**
     * The leads converted into a customer (for a privacy request), oldest first, ties by id.
     *
     * @param customer the customer
     * @return the leads whose {@link Lead#customer()} is {@code customer}; empty if none
     */
    List<Lead> findConvertedInto(CustomerId customer);
}
