package org.crm4j.core.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: where campaigns are kept. Implemented by the in-memory adapter and by crm-jpa; checked by the
 * {@code CampaignRepositoryContract} suite of crm-core's test-jar. Every method may be called inside
 * {@link org.crm4j.core.Transactions#inTransaction} and then takes part in that transaction. Implementations are
 * thread-safe. A method that throws has changed nothing.
 * Stored campaigns are returned as equal values ({@link Campaign#equals(Object)}), members in the order they
 * were added.
 */
public interface CampaignRepository {

    /**
     * Stores a new campaign as it is, version included.
     *
     * @param campaign the campaign, not null
     * @return the stored campaign
     * @throws DuplicateException if a campaign with the same id exists (field {@code campaignId})
     */
    Campaign save(Campaign campaign);

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
    Optional<Campaign> find(CampaignId id);

    /**
     * Searches campaigns: those the query matches ({@link CampaignQuery#matches(Campaign, LocalDate)}), sorted by
     * {@code request.sort()} (text compared case-insensitively), ties broken by id ascending in the unsigned order
     * of the UUID, one page of them.
     *
     * @param query   the criteria, not null
     * @param today   the day the query runs, for the status criterion, not null
     * @param request the page; sorted by its {@link CampaignSort} key (by id if none)
     * @return the page, with the total number of campaigns the query matches
     */
    Page<Campaign> search(CampaignQuery query, LocalDate today, PageRequest<CampaignSort> request);

    /**
     * Lists the campaigns that target a customer.
     *
     * @param customer the customer, not null
     * @return the campaigns with {@code customer} among their members, sorted by id in the unsigned order of the
     *         UUID
     */
    List<Campaign> findByMember(CustomerId customer);

    /**
     * Removes a campaign and its members.
     *
     * @param id the id, not null
     * @throws NotFoundException if there is no campaign with that id (field {@code campaignId})
     */
    void delete(CampaignId id);
}
