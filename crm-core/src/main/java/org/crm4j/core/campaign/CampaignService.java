package org.crm4j.core.campaign;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;

/**
 * Plans and runs marketing campaigns: create, read, update, delete, search, start, finish, cancel, target customers
 * and record their responses and conversions.
 *
 * <p>Every operation runs in one transaction of the {@link org.crm4j.core.Transactions} port and, when it throws,
 * has changed nothing. "Today" and "now" come from the service's {@link java.time.Clock}. Thread-safe.
 * Obtain one from {@code Crm.campaigns()}.
 */
public interface CampaignService {

    /** The rule broken by deleting a campaign that has started (field {@code status}). */
    String DELETE_ONLY_UNSTARTED = "must not have started to be deleted";
    /** The rule broken by targeting an archived customer (field {@code customerId}). */
    String MEMBER_ACTIVE = "must be active";
    /**
     * The rule broken by targeting a customer whose latest consent decision for the campaign's
     * {@linkplain CampaignChannel#consentChannel() consent channel} refused consent (field {@code member}).
     */
    String MEMBER_CONSENT = "must not have withdrawn consent to the campaign's channel";
    /**
     * The rule broken by choosing a control group for a campaign that already has members or a control group
     * (field {@code controlGroup}): every member must have had the same chance of being held out.
     */
    String CONTROL_GROUP_FIRST = "must be chosen once, before the campaign's first member";

    /**
     * Creates the service over its ports.
     *
     * @param campaigns      where campaigns are kept, not null
     * @param members        where campaign members are kept, not null
     * @param customers      where customers are kept, to check that customers exist, are active and consent,
     *                       not null
     * @param transactions   the transaction port, not null
     * @param clock          where "today" and "now" come from, not null
     * @param ids            where new campaign ids come from, not null
     * @return the service; thread-safe if its collaborators are
     */
    static CampaignService create(CampaignRepository campaigns, CampaignMemberRepository members,
            CustomerRepository customers, Transactions transactions, Clock clock, IdGenerator ids) {
        return new DefaultCampaignService(Objects.requireNonNull(campaigns, "campaigns"),
                Objects.requireNonNull(members, "members"),
                Objects.requireNonNull(customers, "customers"),
                Objects.requireNonNull(transactions, "transactions"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(ids, "ids"));
    }

    /**
     * Plans a new campaign.
     *
     * @param command the campaign to plan, not null
     * @return the stored campaign, with a new id and version 0
     * @throws ValidationException if a value is missing or invalid: blank name, end date before start date
     *                             (field {@code endDate}, rule {@link Campaign#END_NOT_BEFORE_START}), negative
     *                             budget
     */
    Campaign plan(NewCampaign command);

    /**
     * Reads a campaign.
     *
     * @param id the id, not null
     * @return the campaign
     * @throws NotFoundException if there is no such campaign (field {@code campaignId})
     */
    Campaign get(CampaignId id);

    /**
     * Looks a campaign up.
     *
     * @param id the id, not null
     * @return the campaign, or empty if there is none with that id
     */
    Optional<Campaign> find(CampaignId id);

    /**
     * Searches campaigns, one page at a time.
     *
     * @param query   the criteria, not null
     * @param request the page, sorted by one of the {@link CampaignSort} keys (by id if none)
     * @return the page
     * @throws ValidationException on field {@code "query"} or {@code "pageRequest"} if null
     */
    Page<Campaign> search(CampaignQuery query, PageRequest<CampaignSort> request);

    /**
     * Lists the campaigns that targeted a customer.
     *
     * @param customer the customer, not null
     * @return the campaigns, sorted by id
     * @throws NotFoundException if there is no such customer (field {@code customerId})
     */
    List<Campaign> campaignsOf(CustomerId customer);

    /**
     * Counts a campaign's members, responses and conversions, apart for the contacted members and those held out in
     * its control group (the store counts them; no member is loaded).
     *
     * @param id the campaign, not null
     * @return the results
     * @throws NotFoundException if there is no such campaign
     */
    CampaignResults results(CampaignId id);

    /**
     * Lists a campaign's members with their customers' names, e-mail addresses and active flags, one page at a
     * time.
     *
     * @param id      the campaign, not null
     * @param request the page, sorted by one of the {@link CampaignMemberSort} keys (by customer id if none)
     * @return the page, with the number of all members
     * @throws NotFoundException if there is no such campaign (field {@code campaignId})
     */
    Page<CampaignMemberDetails> members(CampaignId id, PageRequest<CampaignMemberSort> request);

    /**
     * Replaces the name, dates, target, channel and budget of a planned or running campaign.
     *
     * @param id     the campaign, not null
     * @param update the new values, not null
     * @return the stored campaign
     * @throws NotFoundException                         if there is no such campaign
     * @throws ValidationException                       if the campaign is finished or cancelled (field
     *                                                   {@code status}) or a new value is invalid
     * @throws org.crm4j.core.ConcurrentUpdateException if the stored version is not
     *                                                   {@code update.expectedVersion()}
     */
    Campaign update(CampaignId id, CampaignUpdate update);

    /**
     * Targets customers: adds them to the members of a planned or running campaign, all or none. Customers who
     * refused or withdrew marketing consent for the campaign's channel are refused, not skipped: the caller
     * removes them and tries again, so that nobody is targeted against their decision by mistake. Members are
     * checked and written in batches of {@value CampaignMemberRepository#MAX_BATCH} (a few narrow port calls per
     * batch; no customer is loaded), all in one transaction. If the campaign has a {@linkplain #holdOut control
     * group}, each customer is held out or not as {@link ControlGroup#holdsOut} decides. The campaign itself (its version and
     * {@code updatedAt}) does not change.
     *
     * @param id         the campaign, not null
     * @param newMembers the customers, not null, none a member yet, no repetition
     * @throws NotFoundException   if the campaign or a customer does not exist (field {@code campaignId} or
     *                             {@code customerId})
     * @throws DuplicateException  if a customer is already a member, or listed twice (field {@code member})
     * @throws ValidationException if the campaign is finished or cancelled (field {@code status}), a customer is
     *                             archived (field {@code customerId}, rule {@link #MEMBER_ACTIVE}) or refused
     *                             consent for the campaign's channel (field {@code member}, rule
     *                             {@link #MEMBER_CONSENT}; the message names the customer and the channel)
     */
    void addMembers(CampaignId id, Collection<CustomerId> newMembers);

    /**
     * Records a member's response to the campaign's contact; a member's first response counts. Changes that one
     * member only. A member held out in the control group was never contacted and cannot respond: refused, nothing
     * changes (its conversions are recorded with {@link #recordConversion}).
     *
     * @param id       the campaign, not null
     * @param customer the member, not null
     * @return the member as stored
     * @throws NotFoundException   if the campaign does not exist (field {@code campaignId}) or the customer is not
     *                             a member (field {@code member})
     * @throws ValidationException on field {@code member} (rule {@link CampaignMember#RESPONSE_NEEDS_CONTACT}) if
     *                             the member is held out in the control group
     */
    CampaignMember recordResponse(CampaignId id, CustomerId customer);

    /**
     * Records a member's conversion; a member's first conversion counts. A contacted member without a response gets
     * one at the same instant; a member held out in the control group converts without a response (it was never
     * contacted; its conversion is the baseline of {@code InsightService.campaignEffect}). Changes that one member
     * only.
     *
     * @param id       the campaign, not null
     * @param customer the member, not null
     * @return the member as stored
     * @throws NotFoundException if the campaign does not exist (field {@code campaignId}) or the customer is not
     *                           a member (field {@code member})
     */
    CampaignMember recordConversion(CampaignId id, CustomerId customer);

    /**
     * Starts a planned campaign today.
     *
     * @param id the campaign, not null
     * @return the running campaign
     * @throws NotFoundException   if there is no such campaign
     * @throws ValidationException if it is not PLANNED (field {@code status})
     */
    Campaign start(CampaignId id);

    /**
     * Finishes a running campaign today.
     *
     * @param id the campaign, not null
     * @return the finished campaign
     * @throws NotFoundException   if there is no such campaign
     * @throws ValidationException if it is not RUNNING (field {@code status})
     */
    Campaign finish(CampaignId id);

    /**
     * Cancels a planned or running campaign.
     *
     * @param id the campaign, not null
     * @return the cancelled campaign
     * @throws NotFoundException   if there is no such campaign
     * @throws ValidationException if it is finished or cancelled (field {@code status})
     */
    Campaign cancel(CampaignId id);

    /**
     * Deletes a campaign that never ran: one that is PLANNED or was cancelled before its start date.
     * A campaign that ran is kept for its history (sales may be attributed to it).
     *
     * @param id the campaign, not null
     * @throws NotFoundException   if there is no such campaign
     * @throws ValidationException if the campaign has started (field {@code status}, rule
     *                             {@link #DELETE_ONLY_UNSTARTED})
     */
    void delete(CampaignId id);

    /**
     * Gives a planned or running campaign a control group: from now on each customer it targets
     * ({@link #addMembers}) is held out with probability {@code controlGroup.share()}, decided by
     * {@link ControlGroup#holdsOut} from the recorded seed, and stored as a member with
     * {@link CampaignMember#control()} true. Held-out members are never to be contacted: whoever sends the campaign
     * skips them ({@link #members} shows the flag). They cannot respond ({@link #recordResponse}
     * refuses), but their conversions are recorded with {@link #recordConversion}, without a response, so that
     * {@link #results} and {@code InsightService.campaignEffect}
     * can compare the groups. The campaign itself (its version and {@code updatedAt}) does not change.
     *
     * @param id           the campaign, not null
     * @param controlGroup the share held out and the seed, not null
     * @throws NotFoundException   if there is no such campaign (field {@code campaignId})
     * @throws ValidationException on field {@code controlGroup} if null, or (rule {@link #CONTROL_GROUP_FIRST}) if
     *                             the campaign has members or a control group already; on field {@code status} if
     *                             the campaign is finished or cancelled
     */
    void holdOut(CampaignId id, ControlGroup controlGroup);

    /**
     * Reads a campaign's control group.
     *
     * @param id the campaign, not null
     * @return the control group, or empty if the campaign has none
     * @throws NotFoundException if there is no such campaign (field {@code campaignId})
     */
    Optional<ControlGroup> controlGroup(CampaignId id);
}
