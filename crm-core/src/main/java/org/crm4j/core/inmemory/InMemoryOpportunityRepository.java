package org.crm4j.core.inmemory;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.crm4j.core.security.RecordType;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.opportunity.OpportunitySort;

/** {@link OpportunityRepository} over the store's opportunity map. */
final class InMemoryOpportunityRepository implements OpportunityRepository {

    private static final Comparator<Opportunity> BY_ID = Comparator.comparing(o -> o.id().value(),
            InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryOpportunityRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Opportunity save(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        return store.locked(() -> {
            if (store.opportunities.containsKey(opportunity.id())) {
                throw new DuplicateException("opportunityId", opportunity.id());
            }
            store.put(store.opportunities, opportunity.id(), opportunity);
            return opportunity;
        });
    }

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        Objects.requireNonNull(id, "id");
        return store.locked(() -> Optional.ofNullable(store.opportunities.get(id)));
    }

    @Override
    public Opportunity update(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        return store.locked(() -> {
            Opportunity stored = store.opportunities.get(opportunity.id());
            if (stored == null) {
                throw new NotFoundException("opportunityId", opportunity.id());
            }
            if (stored.version() != opportunity.version()) {
                throw new ConcurrentUpdateException(opportunity.id(), opportunity.version());
            }
            Opportunity updated = opportunity.withVersion(opportunity.version() + 1);
            store.put(store.opportunities, opportunity.id(), updated);
            return updated;
        });
    }

    @Override
    public Page<Opportunity> search(OpportunityQuery query, PageRequest<OpportunitySort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        return store.locked(() -> InMemoryStore.page(store.opportunities.values(),
                opportunity -> query.matches(opportunity)
                        && store.visible(query.visibleTo(), RecordType.OPPORTUNITY, opportunity.id().value()), request,
                InMemoryOpportunityRepository::comparator, BY_ID));
    }

    private static Comparator<Opportunity> comparator(OpportunitySort key) {
        return switch (key) {
            case ID -> BY_ID;
            case NAME -> Comparator.comparing(o -> o.name().toLowerCase(Locale.ROOT));
            case AMOUNT -> Comparator.comparing(o -> o.amount().amount());
            case EXPECTED_CLOSE_DATE -> Comparator.comparing(Opportunity::expectedCloseDate);
            case CREATED_AT -> Comparator.comparing(Opportunity::createdAt);
        };
    }
}
