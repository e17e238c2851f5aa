package org.crm4j.core.campaign;

import java.util.List;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;

/**
 * Port: where campaign members are kept, one row per member, apart from their {@link Campaign}, so that a campaign
 * of a hundred thousand members is written incrementally: members are added in batches, a response or conversion
 * changes one member, results are counted by the store. Implemented by the in-memory adapter and by crm-jpa;
 * checked by the {@code CampaignMemberRepositoryContract} suite of crm-core's test-jar.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing. Members are removed
 * with their campaign ({@link CampaignRepository#delete(CampaignId)}).
 */
public interface CampaignMemberRepository {

    /** The most members {@link #addAll(List)} takes in one call. */
    int MAX_BATCH = 1_000;

    /**
     * Stores new members as they are (held out in the control group or not), all or none (adapters write them in one batch). The store keeps each
     * customer a member of a campaign at most once (crm-jpa: the primary key), which is how a customer who already
     * is a member is found: no query per batch is needed.
     *
     * @param members the members, at most {@value #MAX_BATCH}, each customer at most once per campaign, not null
     * @throws DuplicateException if a customer already is a member of the campaign (field {@code member})
     * @throws NotFoundException  if the campaign or a customer does not exist and the store checks it (field
     *                            {@code campaignId} or {@code customerId}); callers check both first
     */
    void addAll(List<CampaignMember> members);

    /**
     * Reads one member and holds it against concurrent changes until the transaction ends (a row lock on a
     * database), so that a response and a conversion of the same member recorded at once are applied one after the
     * other.
     *
     * @param campaign the campaign, not null
     * @param customer the customer, not null
     * @return the member, or empty if the customer is not a member of the campaign
     */
    Optional<CampaignMember> lock(CampaignId campaign, CustomerId customer);

    /**
     * Stores a member's response and conversion times: changes exactly one member (one row), never another; its
     * campaign, customer and targeting time stay as stored.
     *
     * @param member the member with its new times, not null
     * @throws NotFoundException if the customer is not a member of the campaign (field {@code member})
     */
    void update(CampaignMember member);

    /**
     * One page of a campaign's members with their customers' details.
     *
     * @param campaign the campaign, not null
     * @param request  the page, sorted by one of the {@link CampaignMemberSort} keys (by customer id if none), ties
     *                 broken by customer id ascending in the unsigned order of the UUID
     * @return the page, with the number of all members of the campaign
     */
    Page<CampaignMemberDetails> page(CampaignId campaign, PageRequest<CampaignMemberSort> request);

    /**
     * Counts a campaign's members, and those who responded and converted, without reading them.
     *
     * @param campaign the campaign, not null
     * @return the counts; zeros for a campaign without members (or an unknown one)
     */
    MemberCounts count(CampaignId campaign);

    /**
     * Records a campaign's control group (share and seed), once.
     *
     * @param campaign     the campaign, not null
     * @param controlGroup its control group, not null
     * @throws DuplicateException if the campaign has a control group already (field {@code controlGroup})
     * @throws NotFoundException  if the campaign does not exist and the store checks it (field {@code campaignId});
     *                            callers check it first
     */
    void saveControlGroup(CampaignId campaign, ControlGroup controlGroup);

    /**
     * Reads a campaign's control group.
     *
     * @param campaign the campaign, not null
     * @return the control group, or empty if the campaign has none (or is unknown)
     */
    Optional<ControlGroup> controlGroup(CampaignId campaign);

    /**
     * The memberships of one customer in every campaign (for a privacy request), by targeting time, ties by
     * campaign id.
     *
     * @param customer the customer
     * @return the customer's member rows; empty if none
     */
    List<CampaignMember> findByCustomer(CustomerId customer);
}
