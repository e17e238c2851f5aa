package org.crm4j.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crm4j.core.security.RecordType;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.lead.LeadSort;

/** {@link LeadRepository} over the store's lead map. */
final class InMemoryLeadRepository implements LeadRepository {

    private static final Comparator<Lead> BY_ID = Comparator.comparing(l -> l.id().value(), InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryLeadRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Lead save(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        return store.locked(() -> {
            if (store.leads.containsKey(lead.id())) {
                throw new DuplicateException("leadId", lead.id());
            }
            store.put(store.leads, lead.id(), lead);
            return lead;
        });
    }

    @Override
    public Optional<Lead> find(LeadId id) {
        Objects.requireNonNull(id, "id");
        return store.locked(() -> Optional.ofNullable(store.leads.get(id)));
    }

    @Override
    public Lead update(Lead lead) {
        Objects.requireNonNull(lead, "lead");
        return store.locked(() -> {
            Lead stored = store.leads.get(lead.id());
            if (stored == null) {
                throw new NotFoundException("leadId", lead.id());
            }
            if (stored.version() != lead.version()) {
                throw new ConcurrentUpdateException(lead.id(), lead.version());
            }
            Lead updated = lead.withVersion(lead.version() + 1);
            store.put(store.leads, lead.id(), updated);
            return updated;
        });
    }

    @Override
    public Page<Lead> search(LeadQuery query, PageRequest<LeadSort> request) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(request, "request");
        return store.locked(() -> InMemoryStore.page(store.leads.values(),
                lead -> query.matches(lead)
                        && store.visible(query.visibleTo(), RecordType.LEAD, lead.id().value()), request,
                InMemoryLeadRepository::comparator, BY_ID));
    }

    private static Comparator<Lead> comparator(LeadSort key) {
        return switch (key) {
            case ID -> BY_ID;
            case PERSON_NAME -> Comparator.comparing(l -> l.personName().toLowerCase(Locale.ROOT));
            case CREATED_AT -> Comparator.comparing(Lead::createdAt);
            case UPDATED_AT -> Comparator.comparing(Lead::updatedAt);
        };
    }

    @Override
    public List<Lead> findConvertedInto(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> store.leads.values().stream()
                .filter(lead -> lead.customer().equals(Optional.of(customer)))
                .sorted(Comparator.comparing(Lead::createdAt).thenComparing(BY_ID))
                .toList());
    }
}
