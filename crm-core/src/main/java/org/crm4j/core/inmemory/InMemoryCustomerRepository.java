package org.crm4j.core.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crm4j.core.security.RecordType;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Consent;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.customer.CustomerSort;
import org.crm4j.core.customer.EmailAddress;
import org.crm4j.core.customer.LifecycleStage;

/** {@link CustomerRepository} over the store's customer map. */
final class InMemoryCustomerRepository implements CustomerRepository {

    private static final Comparator<Customer> BY_ID = Comparator.comparing(c -> c.id().value(),
            InMemoryStore.UUID_ORDER);

    /** Refusal of deleting a customer others refer to, as a database's foreign keys would refuse it. */
    static final String IN_OPPORTUNITY = "must be the customer of no opportunity; archive the customer instead";
    static final String HAS_ACTIVITIES = "must have no activities; archive the customer instead";
    static final String CONVERTED_LEAD = "must be linked to no converted lead; archive the customer instead";
    static final String REFERENCED = CustomerRepository.REFERENCED;

    private final InMemoryStore store;

    InMemoryCustomerRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Customer save(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> {
            if (store.customers.containsKey(customer.id())) {
                throw new DuplicateException("customerId", customer.id());
            }
            requireFreeEmail(customer);
            store.put(store.customers, customer.id(), customer);
            return customer;
        });
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        return store.locked(() -> Optional.ofNullable(store.customers.get(id)));
    }

    @Override
    public Map<CustomerId, Customer> findAll(Collection<CustomerId> ids) {
        Objects.requireNonNull(ids, "ids");
        return store.locked(() -> {
            Map<CustomerId, Customer> found = new HashMap<>();
            for (CustomerId id : ids) {
                Customer stored = store.customers.get(id);
                if (stored != null) {
                    found.put(id, stored);
                }
            }
            return found;
        });
    }

    @Override
    public Set<CustomerId> activateProspects(Collection<CustomerId> ids, Instant at) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(at, "at");
        return store.locked(() -> {
            Set<CustomerId> moved = new HashSet<>();
            for (CustomerId id : ids) {
                Customer stored = store.customers.get(id);
                if (stored != null && stored.stage() == LifecycleStage.PROSPECT) {
                    Customer active = stored.moveTo(LifecycleStage.ACTIVE, at);
                    store.put(store.customers, id, active.withVersion(active.version() + 1));
                    moved.add(id);
                }
            }
            return moved;
        });
    }

    @Override
    public Map<CustomerId, Boolean> activeFlags(Collection<CustomerId> ids) {
        Objects.requireNonNull(ids, "ids");
        return store.locked(() -> {
            Map<CustomerId, Boolean> flags = new HashMap<>();
            for (CustomerId id : ids) {
                Customer stored = store.customers.get(id);
                if (stored != null) {
                    flags.put(id, stored.active());
                }
            }
            return flags;
        });
    }

    @Override
    public Set<CustomerId> withdrawnConsents(Collection<CustomerId> ids, Channel channel) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(channel, "channel");
        return store.locked(() -> {
            Set<CustomerId> withdrawn = new HashSet<>();
            for (CustomerId id : ids) {
                Customer stored = store.customers.get(id);
                Consent consent = stored == null ? null : stored.consents().get(channel);
                if (consent != null && !consent.granted()) {
                    withdrawn.add(id);
                }
            }
            return withdrawn;
        });
    }

    @Override
    public Optional<Customer> findByEmail(EmailAddress email) {
        return store.locked(() -> store.customers.values().stream()
                .filter(c -> c.email().equals(email)).findFirst());
    }

    @Override
    public Customer update(Customer customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> {
            Customer stored = store.customers.get(customer.id());
            if (stored == null) {
                throw new NotFoundException("customerId", customer.id());
            }
            if (stored.version() != customer.version()) {
                throw new ConcurrentUpdateException(customer.id(), customer.version());
            }
            requireFreeEmail(customer);
            Customer updated = customer.withVersion(customer.version() + 1);
            store.put(store.customers, customer.id(), updated);
            return updated;
        });
    }

    @Override
    public void delete(CustomerId id) {
        store.locked(() -> {
            if (!store.customers.containsKey(id)) {
                throw new NotFoundException("customerId", id);
            }
            if (store.members.values().stream().anyMatch(members -> members.containsKey(id))
                    || store.relationships.values().stream().anyMatch(r -> r.involves(id))
                    || store.tickets.values().stream().anyMatch(ticket -> ticket.customer().equals(id))
                    || store.invitations.values().stream().anyMatch(invitation -> invitation.customer().equals(id))) {
                throw new ValidationException("customerId", REFERENCED, id);
            }
            if (store.leads.values().stream().anyMatch(lead -> lead.customer().equals(Optional.of(id)))) {
                throw new ValidationException("customerId", CONVERTED_LEAD, id);
            }
            if (store.opportunities.values().stream().anyMatch(o -> o.customer().equals(Optional.of(id)))) {
                throw new ValidationException("customerId", IN_OPPORTUNITY, id);
            }
            if (store.activities.values().stream().anyMatch(a -> a.customer().equals(Optional.of(id)))) {
                throw new ValidationException("customerId", HAS_ACTIVITIES, id);
            }
            store.remove(store.customers, id);
            return null;
        });
    }

    @Override
    public boolean hasSales(CustomerId id) {
        return store.locked(() -> store.sales.values().stream().anyMatch(s -> s.customerId().equals(id)));
    }

    @Override
    public Page<Customer> search(CustomerQuery query, PageRequest<CustomerSort> request) {
        return store.locked(() -> InMemoryStore.page(store.customers.values(),
                customer -> query.matches(customer)
                        && store.visible(query.visibleTo(), RecordType.CUSTOMER, customer.id().value()), request,
                InMemoryCustomerRepository::comparator, BY_ID));
    }

    private void requireFreeEmail(Customer customer) {
        for (Customer other : store.customers.values()) {
            if (other.email().equals(customer.email()) && !other.id().equals(customer.id())) {
                throw new DuplicateException("email", customer.email());
            }
        }
    }

    private static Comparator<Customer> comparator(CustomerSort key) {
        return switch (key) {
            case NAME -> Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT));
            case EMAIL -> Comparator.comparing(c -> c.email().value());
            case CREATED_AT -> Comparator.comparing(Customer::createdAt);
            case UPDATED_AT -> Comparator.comparing(Customer::updatedAt);
            case ID -> BY_ID;
        };
    }
}
