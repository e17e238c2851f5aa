package org.crm4j.core.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.campaign.CampaignMemberDetails;
import org.crm4j.core.campaign.CampaignMemberRepository;
import org.crm4j.core.campaign.CampaignMemberSort;
import org.crm4j.core.campaign.MemberCounts;
import org.crm4j.core.campaign.ControlGroup;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;

/**
 * {@link CampaignMemberRepository} over the store's member maps (one per campaign, keyed by customer), checking
 * campaigns and customers as a database's foreign keys would.
 */
final class InMemoryCampaignMemberRepository implements CampaignMemberRepository {

    private static final Comparator<CampaignMemberDetails> BY_ID = Comparator.comparing(
            d -> d.member().customer().value(), InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryCampaignMemberRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void addAll(List<CampaignMember> members) {
        Objects.requireNonNull(members, "members");
        store.locked(() -> {
            Set<Key> seen = new HashSet<>();
            for (CampaignMember member : members) {
                Objects.requireNonNull(member, "member");
                if (!store.campaigns.containsKey(member.campaign())) {
                    throw new NotFoundException("campaignId", member.campaign());
                }
                if (!store.customers.containsKey(member.customer())) {
                    throw new NotFoundException("customerId", member.customer());
                }
                boolean repeated = !seen.add(new Key(member.campaign(), member.customer()));
                if (repeated || store.members.getOrDefault(member.campaign(), Map.of())
                        .containsKey(member.customer())) {
                    throw new DuplicateException("member", member.customer());
                }
            }
            for (CampaignMember member : members) {
                Map<CustomerId, CampaignMember> ofCampaign = store.members.get(member.campaign());
                if (ofCampaign == null) {
                    ofCampaign = new LinkedHashMap<>();
                    store.put(store.members, member.campaign(), ofCampaign);
                }
                store.put(ofCampaign, member.customer(), member);
            }
            return null;
        });
    }

    /** The store's lock, which the transaction holds, serialises every change already. */
    @Override
    public Optional<CampaignMember> lock(CampaignId campaign, CustomerId customer) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> Optional.ofNullable(store.members.getOrDefault(campaign, Map.of()).get(customer)));
    }

    @Override
    public void update(CampaignMember member) {
        Objects.requireNonNull(member, "member");
        store.locked(() -> {
            Map<CustomerId, CampaignMember> ofCampaign = store.members.get(member.campaign());
            CampaignMember stored = ofCampaign == null ? null : ofCampaign.get(member.customer());
            if (stored == null) {
                throw new NotFoundException("member", member.customer());
            }
            store.put(ofCampaign, member.customer(), new CampaignMember(stored.campaign(), stored.customer(),
                    stored.targetedAt(), member.respondedAt(), member.convertedAt(), stored.control()));
            return null;
        });
    }

    @Override
    public Page<CampaignMemberDetails> page(CampaignId campaign, PageRequest<CampaignMemberSort> request) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(request, "request");
        return store.locked(() -> {
            List<CampaignMemberDetails> details = store.members.getOrDefault(campaign, Map.of()).values().stream()
                    .map(member -> {
                        Customer customer = store.customers.get(member.customer());
                        return new CampaignMemberDetails(member, customer.name(), customer.email(),
                                customer.active());
                    })
                    .toList();
            return InMemoryStore.page(details, d -> true, request, InMemoryCampaignMemberRepository::comparator,
                    BY_ID);
        });
    }

    @Override
    public MemberCounts count(CampaignId campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return store.locked(() -> {
            Collection<CampaignMember> members = store.members.getOrDefault(campaign, Map.of()).values();
            int contacted = 0;
            int responded = 0;
            int converted = 0;
            int heldOut = 0;
            int heldOutConverted = 0;
            for (CampaignMember member : members) {
                if (member.control()) {
                    heldOut++;
                    heldOutConverted += member.hasConverted() ? 1 : 0;
                } else {
                    contacted++;
                    responded += member.hasResponded() ? 1 : 0;
                    converted += member.hasConverted() ? 1 : 0;
                }
            }
            return new MemberCounts(contacted, responded, converted, heldOut, heldOutConverted);
        });
    }

    @Override
    public void saveControlGroup(CampaignId campaign, ControlGroup controlGroup) {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(controlGroup, "controlGroup");
        store.locked(() -> {
            if (!store.campaigns.containsKey(campaign)) {
                throw new NotFoundException("campaignId", campaign);
            }
            if (store.controlGroups.containsKey(campaign)) {
                throw new DuplicateException("controlGroup", campaign);
            }
            store.put(store.controlGroups, campaign, controlGroup);
            return null;
        });
    }

    @Override
    public Optional<ControlGroup> controlGroup(CampaignId campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return store.locked(() -> Optional.ofNullable(store.controlGroups.get(campaign)));
    }

    private static Comparator<CampaignMemberDetails> comparator(CampaignMemberSort key) {
        return switch (key) {
            case NAME -> Comparator.comparing(d -> d.name().toLowerCase(Locale.ROOT));
            case TARGETED_AT -> Comparator.comparing(d -> d.member().targetedAt());
            case ID -> BY_ID;
        };
    }

    /** A membership's identity. */
    private record Key(CampaignId campaign, CustomerId customer) {
    }

    @Override
    public List<CampaignMember> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> store.members.values().stream()
                .map(ofCampaign -> ofCampaign.get(customer))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(CampaignMember::targetedAt)
                        .thenComparing(m -> m.campaign().value(), InMemoryStore.UUID_ORDER))
                .toList());
    }
}
