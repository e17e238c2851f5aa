package org.crm4j.core.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignRepository;
import org.crm4j.core.campaign.CampaignSort;
import org.crm4j.core.customer.CustomerId;

/** {@link CampaignRepository} over the store's campaign map; campaigns are immutable values, stored as they are. */
final class InMemoryCampaignRepository implements CampaignRepository {

    private static final Comparator<Campaign> BY_ID = Comparator.comparing(c -> c.id().value(),
            InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryCampaignRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Campaign save(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return store.locked(() -> {
            if (store.campaigns.containsKey(campaign.id())) {
                throw new DuplicateException("campaignId", campaign.id());
            }
            store.put(store.campaigns, campaign.id(), campaign);
            return campaign;
        });
    }

    @Override
    public Campaign update(Campaign campaign) {
        Objects.requireNonNull(campaign, "campaign");
        return store.locked(() -> {
            Campaign stored = store.campaigns.get(campaign.id());
            if (stored == null) {
                throw new NotFoundException("campaignId", campaign.id());
            }
            if (stored.version() != campaign.version()) {
                throw new ConcurrentUpdateException(campaign.id(), campaign.version());
            }
            Campaign updated = campaign.withVersion(campaign.version() + 1);
            store.put(store.campaigns, updated.id(), updated);
            return updated;
        });
    }

    @Override
    public Optional<Campaign> find(CampaignId id) {
        return store.locked(() -> Optional.ofNullable(store.campaigns.get(id)));
    }

    @Override
    public Page<Campaign> search(CampaignQuery query, LocalDate today, PageRequest<CampaignSort> request) {
        return store.locked(() -> InMemoryStore.page(store.campaigns.values(), c -> query.matches(c, today),
                request, InMemoryCampaignRepository::comparator, BY_ID));
    }

    @Override
    public List<Campaign> findByMember(CustomerId customer) {
        return store.locked(() -> store.campaigns.values().stream()
                .filter(c -> store.members.getOrDefault(c.id(), Map.of()).containsKey(customer))
                .sorted(BY_ID)
                .toList());
    }

    @Override
    public void delete(CampaignId id) {
        store.locked(() -> {
            if (!store.campaigns.containsKey(id)) {
                throw new NotFoundException("campaignId", id);
            }
            store.remove(store.members, id);
            store.remove(store.controlGroups, id);
            store.remove(store.campaigns, id);
            return null;
        });
    }

    private static Comparator<Campaign> comparator(CampaignSort key) {
        return switch (key) {
            case NAME -> Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT));
            case START_DATE -> Comparator.comparing(Campaign::startDate);
            case END_DATE -> Comparator.comparing(Campaign::endDate);
            case CREATED_AT -> Comparator.comparing(Campaign::createdAt);
            case ID -> BY_ID;
        };
    }
}
