package org.crm4j.core.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The campaign service over the campaign and member ports; every operation in one transaction. */
final class DefaultCampaignService implements CampaignService {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

    private final CampaignRepository campaigns;
    private final CampaignMemberRepository members;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;

    DefaultCampaignService(CampaignRepository campaigns, CampaignMemberRepository members,
            CustomerRepository customers, Transactions transactions, Clock clock, IdGenerator ids) {
        this.campaigns = campaigns;
        this.members = members;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Campaign plan(NewCampaign command) {
        Require.nonNull("command", command);
        return transactions.inTransaction(() -> {
            Campaign campaign = Campaign.plan(new CampaignId(ids.next()), command, clock.instant());
            campaigns.save(campaign);
            LOG.debug("Planned campaign {} \"{}\" from {} to {} on {}", campaign.id(), campaign.name(),
                    campaign.startDate(), campaign.endDate(), campaign.channel());
            return campaign;
        });
    }

    @Override
    public Campaign get(CampaignId id) {
        Require.nonNull("campaignId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        Require.nonNull("campaignId", id);
        return transactions.inTransaction(() -> campaigns.find(id));
    }

    @Override
    public Campaign update(CampaignId id, CampaignUpdate update) {
        Require.nonNull("update", update);
        return change(id, "Updated", c -> {
            if (c.version() != update.expectedVersion()) {
                throw new ConcurrentUpdateException(id, update.expectedVersion());
            }
            return c.revise(update, today(), clock.instant());
        });
    }

    @Override
    public void delete(CampaignId id) {
        Require.nonNull("campaignId", id);
        transactions.run(() -> {
            Campaign campaign = load(id);
            LocalDate today = today();
            CampaignStatus status = campaign.status(today);
            boolean neverRan = status == CampaignStatus.PLANNED || status == CampaignStatus.CANCELLED
                    && LocalDate.ofInstant(campaign.cancelledAt().orElseThrow(), clock.getZone())
                            .isBefore(campaign.startDate());
            if (!neverRan) {
                throw new ValidationException("status", DELETE_ONLY_UNSTARTED, status);
            }
            campaigns.delete(id);
            LOG.debug("Deleted campaign {} \"{}\"", id, campaign.name());
        });
    }

    @Override
    public Page<Campaign> search(CampaignQuery query, PageRequest<CampaignSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> campaigns.search(query, today(), request));
    }

    @Override
    public List<Campaign> campaignsOf(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return transactions.inTransaction(() -> {
            requireCustomer(customer);
            return campaigns.findByMember(customer);
        });
    }

    @Override
    public Campaign start(CampaignId id) {
        return change(id, "Started", c -> c.start(today(), clock.instant()));
    }

    @Override
    public Campaign finish(CampaignId id) {
        return change(id, "Finished", c -> c.finish(today(), clock.instant()));
    }

    @Override
    public Campaign cancel(CampaignId id) {
        return change(id, "Cancelled", c -> c.cancel(today(), clock.instant()));
    }

    @Override
    public void addMembers(CampaignId id, Collection<CustomerId> newMembers) {
        Require.nonNull("campaignId", id);
        Require.nonNull("newMembers", newMembers);
        List<CustomerId> added = new ArrayList<>(newMembers.size());
        Set<CustomerId> distinct = new HashSet<>();
        for (CustomerId customer : newMembers) {
            Require.nonNull("customerId", customer);
            if (!distinct.add(customer)) {
                throw new DuplicateException("member", customer);
            }
            added.add(customer);
        }
        transactions.run(() -> {
            Campaign campaign = load(id);
            TargetingPolicy.requireOpen(campaign, today());
            Instant now = clock.instant();
            Optional<ControlGroup> control = members.controlGroup(id);
            for (int from = 0; from < added.size(); from += CampaignMemberRepository.MAX_BATCH) {
                List<CustomerId> batch = added.subList(from,
                        Math.min(from + CampaignMemberRepository.MAX_BATCH, added.size()));
                addBatch(campaign, batch, control, now);
            }
            LOG.debug("Added {} members to campaign {}", added.size(), id);
        });
    }

    /**
     * Checks one batch of customers with two narrow port calls, then stores them in one more; the store refuses a
     * customer who already is a member (its unique key), so that no query per batch looks for them.
     */
    private void addBatch(Campaign campaign, List<CustomerId> batch, Optional<ControlGroup> control,
            Instant now) {
        Map<CustomerId, Boolean> active = customers.activeFlags(batch);
        Optional<Channel> consentChannel = campaign.channel().consentChannel();
        Set<CustomerId> withdrawn = consentChannel.isPresent()
                ? customers.withdrawnConsents(batch, consentChannel.get()) : Set.of();
        List<CampaignMember> targeted = new ArrayList<>(batch.size());
        for (CustomerId customer : batch) {
            TargetingPolicy.requireTargetable(customer, active.get(customer), withdrawn.contains(customer),
                    campaign.channel());
            targeted.add(control.isPresent() && control.get().holdsOut(customer)
                    ? CampaignMember.heldOut(campaign.id(), customer, now)
                    : CampaignMember.targeted(campaign.id(), customer, now));
        }
        members.addAll(targeted);
    }

    @Override
    public void holdOut(CampaignId id, ControlGroup controlGroup) {
        Require.nonNull("campaignId", id);
        Require.nonNull("controlGroup", controlGroup);
        transactions.run(() -> {
            Campaign campaign = load(id);
            TargetingPolicy.requireOpen(campaign, today());
            TargetingPolicy.requireNoMembers(members.count(id), members.controlGroup(id));
            members.saveControlGroup(id, controlGroup);
            LOG.debug("Campaign {} holds out {} of its members (seed {})", id, controlGroup.share(),
                    controlGroup.seed());
        });
    }

    @Override
    public Optional<ControlGroup> controlGroup(CampaignId id) {
        Require.nonNull("campaignId", id);
        return transactions.inTransaction(() -> {
            load(id);
            return members.controlGroup(id);
        });
    }

    @Override
    public Page<CampaignMemberDetails> members(CampaignId id, PageRequest<CampaignMemberSort> request) {
        Require.nonNull("campaignId", id);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> {
            load(id);
            return members.page(id, request);
        });
    }

    @Override
    public CampaignMember recordResponse(CampaignId id, CustomerId customer) {
        CampaignMember stored = changeMember(id, customer, m -> m.respond(clock.instant()));
        LOG.debug("Recorded a response of {} to campaign {}", customer, id);
        return stored;
    }

    @Override
    public CampaignMember recordConversion(CampaignId id, CustomerId customer) {
        CampaignMember stored = changeMember(id, customer, m -> m.convert(clock.instant()));
        LOG.debug("Recorded a conversion of {} by campaign {}", customer, id);
        return stored;
    }

    @Override
    public CampaignResults results(CampaignId id) {
        Require.nonNull("campaignId", id);
        return transactions.inTransaction(() -> load(id).results(members.count(id)));
    }

    /**
     * Locks one member, changes it and stores it: one read and at most one write of that member alone. The
     * campaign is read only when the member is missing, to tell an unknown campaign from a non-member.
     */
    private CampaignMember changeMember(CampaignId id, CustomerId customer, UnaryOperator<CampaignMember> action) {
        Require.nonNull("campaignId", id);
        Require.nonNull("customerId", customer);
        return transactions.inTransaction(() -> {
            Optional<CampaignMember> locked = members.lock(id, customer);
            if (locked.isEmpty()) {
                load(id);
                throw new NotFoundException("member", customer);
            }
            CampaignMember before = locked.get();
            CampaignMember after = action.apply(before);
            if (!after.equals(before)) {
                members.update(after);
            }
            return after;
        });
    }

    /** Loads, changes and stores a campaign; logs {@code what} was done at info level unless it is null. */
    private Campaign change(CampaignId id, String what, UnaryOperator<Campaign> action) {
        Require.nonNull("campaignId", id);
        return transactions.inTransaction(() -> {
            Campaign before = load(id);
            Campaign after = action.apply(before);
            if (after.equals(before)) {
                return before;
            }
            Campaign stored = campaigns.update(after);
            if (what != null) {
                LOG.debug("{} campaign {} (now {})", what, id, stored.status(today()));
            }
            return stored;
        });
    }

    private Campaign load(CampaignId id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("campaignId", id));
    }

    private void requireCustomer(CustomerId customer) {
        Require.nonNull("customerId", customer);
        if (customers.activeFlags(List.of(customer)).isEmpty()) {
            throw new NotFoundException("customerId", customer);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
