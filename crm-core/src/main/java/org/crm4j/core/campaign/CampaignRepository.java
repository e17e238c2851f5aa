package org.crm4j.core.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: where campaigns are kept. Implemented by the in-memory adapter and by crm-jpa; checked by the
 * {@code CampaignRepositoryContract} suite of crm-core's test-jar. Methods are called inside
 * {@link org.crm4j.core.Transactions#inTransaction(java.util.function.Supplier)}; implementations are thread-safe.
 * Stored campaigns are returned as equal values ({@link Campaign#equals(Object)}), members in the order they
 * were added.
 */
public interface CampaignRepository {

    /** The properties {@link #find(CampaignQuery, LocalDate, PageRequest)} can sort by. */
    Set<String> SORTABLE = Set.of("id", "name", "startDate", "endDate", "createdAt");

    /**
     * Stores a new campaign as it is, version included.
     *
     * @param campaign the campaign, not null
     * @throws DuplicateException if a campaign with the same id exists (field {@code campaignId})
     */
    void insert(Campaign campaign);

    /**
     * Replaces a stored campaign, if nobody changed it since it was read.
     *
     * @param campaign the changed campaign, carrying the version it was read at
     * @return the stored campaign, with {@code version == campaign.version() + 1}
     * @throws NotFoundException         if there is no campaign with that id (field {@code campaignId})
     * @throws ConcurrentUpdateException if the stored version differs from {@code campaign.version()}
     */
    Campaign update(Campaign campaign);

    /**
     * Looks a campaign up.
     *
     * @param id the id, not null
     * @return the campaign, or empty if there is none with that id
     */
    Optional<Campaign> findById(CampaignId id);

    /**
     * Lists the campaigns a query accepts ({@link CampaignQuery#accepts(Campaign, LocalDate)}), sorted by
     * {@code page.sort()} then by id, one page of them.
     *
     * @param query the criteria, not null
     * @param today the day the query runs, for the status criterion, not null
     * @param page  the page; its sort property is one of {@link #SORTABLE}
     * @return the page, with the total number of campaigns the query accepts
     */
    Page<Campaign> find(CampaignQuery query, LocalDate today, PageRequest page);

    /**
     * Lists the campaigns that target a customer.
     *
     * @param customer the customer, not null
     * @return the campaigns with {@code customer} among their members, sorted by id
     */
    List<Campaign> findByMember(CustomerId customer);

    /**
     * Removes a campaign.
     *
     * @param id the id, not null
     * @return true if a campaign was removed, false if there was none with that id
     */
    boolean delete(CampaignId id);
}
