package org.crm4j.core.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.crm4j.core.Sort;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The customer service over the ports; see {@link CustomerService}. Thread-safe if the ports are. */
final class DefaultCustomerService implements CustomerService {

    /** Attempts of a change without expected version under concurrent changes: more than the threads expected. */
    private static final int CHANGE_ATTEMPTS = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CustomerService.class);
    private static final String HAS_SALES = "must have no sales; archive the customer instead";

    private final CustomerRepository customers;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final PhoneRegion defaultRegion;

    DefaultCustomerService(CustomerRepository customers, Transactions transactions, Clock clock, IdGenerator ids,
            PhoneRegion defaultRegion) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.defaultRegion = defaultRegion;
    }

    @Override
    public Customer register(NewCustomer command) {
        Require.nonNull("command", command);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Customer customer = Customer.register(new CustomerId(ids.next()), command, defaultRegion, now,
                    LocalDate.ofInstant(now, clock.getZone()));
            requireFreeEmail(customer.email(), null);
            Customer saved = customers.save(customer);
            LOG.debug("Registered customer {}", saved.id());
            return saved;
        });
    }

    @Override
    public Customer get(CustomerId id) {
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Customer> find(CustomerId id) {
        Require.nonNull("customerId", id);
        return transactions.inTransaction(() -> customers.find(id));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        EmailAddress address;
        try {
            address = EmailAddress.of(email);
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> customers.findByEmail(address));
    }

    @Override
    public Customer update(CustomerId id, CustomerUpdate command) {
        Require.nonNull("command", command);
        return transactions.inTransaction(() -> {
            Customer current = load(id);
            if (current.version() != command.expectedVersion()) {
                throw new ConcurrentUpdateException(id, command.expectedVersion());
            }
            String name = Customer.validName(command.name());
            EmailAddress email = EmailAddress.of(command.email());
            Customer changed = current.changeDetails(name, email, phone(command.phone()),
                    dateOfBirth(command.dateOfBirth()), command.gender(), clock.instant());
            requireFreeEmail(email, id);
            Customer saved = customers.update(changed);
            LOG.debug("Updated customer {} to version {}", id, saved.version());
            return saved;
        });
    }

    @Override
    public Customer moveToStage(CustomerId id, LifecycleStage target) {
        Require.nonNull("stage", target);
        return change(id, customer -> customer.moveTo(target, clock.instant()), "moved to stage " + target);
    }

    @Override
    public Customer recordConsent(CustomerId id, Channel channel, boolean granted) {
        Require.nonNull("channel", channel);
        return change(id, customer -> customer.recordConsent(channel, granted, clock.instant()),
                (granted ? "granted" : "withdrew") + " consent for " + channel);
    }

    @Override
    public Customer tag(CustomerId id, String tag) {
        Tag label = Tag.of(tag);
        return change(id, customer -> customer.tag(label, clock.instant()), null);
    }

    @Override
    public Customer untag(CustomerId id, String tag) {
        Tag label = Tag.of(tag);
        return change(id, customer -> customer.untag(label, clock.instant()), null);
    }

    @Override
    public Customer archive(CustomerId id) {
        return change(id, customer -> customer.archive(clock.instant()), "archived");
    }

    @Override
    public Customer reactivate(CustomerId id) {
        return change(id, customer -> customer.reactivate(clock.instant()), "reactivated");
    }

    @Override
    public void delete(CustomerId id) {
        transactions.run(() -> {
            load(id);
            if (customers.hasSales(id)) {
                throw new ValidationException("customerId", HAS_SALES, id);
            }
            customers.delete(id);
            LOG.debug("Deleted customer {}", id);
        });
    }

    @Override
    public List<Customer> findByPhone(String phone) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(phone, defaultRegion);
        } catch (ValidationException invalid) {
            return List.of();
        }
        Page<Customer> found = transactions.inTransaction(() -> customers.search(
                CustomerQuery.all().withPhone(number).includingArchived(),
                PageRequest.of(0, LOOKUP_LIMIT, Sort.asc(CustomerSort.CREATED_AT))));
        if (found.totalElements() > LOOKUP_LIMIT) {
            throw new ValidationException("phone", "must match at most " + LOOKUP_LIMIT
                    + " customers; search with CustomerQuery.withPhone and page", number);
        }
        return found.content();
    }

    @Override
    public Map<CustomerId, Customer> getAll(Collection<CustomerId> ids) {
        Require.nonNull("ids", ids);
        Set<CustomerId> distinct = new LinkedHashSet<>();
        for (CustomerId id : ids) {
            distinct.add(Require.nonNull("ids", id));
        }
        if (distinct.size() > LOOKUP_LIMIT) {
            throw new ValidationException("ids", "must hold at most " + LOOKUP_LIMIT + " ids", distinct.size());
        }
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return Map.copyOf(transactions.inTransaction(() -> customers.findAll(distinct)));
    }

    @Override
    public Page<Customer> search(CustomerQuery query, PageRequest<CustomerSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> customers.search(query, request));
    }

    /**
     * Applies a change that takes no expected version (stage, consent, tags) to the current customer. A concurrent
     * change of the same customer makes the versioned update fail; the change is then applied again to the
     * customer as that change left it, up to {@value #CHANGE_ATTEMPTS} times, so callers never see a conflict they
     * could not have avoided. Inside a caller's transaction it runs once (the conflict belongs to the caller).
     */
    private Customer change(CustomerId id, UnaryOperator<Customer> action, String logged) {
        boolean outermost = !transactions.active();
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Customer saved = customers.update(action.apply(load(id)));
                    if (logged != null) {
                        LOG.debug("Customer {} {}", id, logged);
                    }
                    return saved;
                });
            } catch (ConcurrentUpdateException e) {
                if (!outermost || attempt >= CHANGE_ATTEMPTS) {
                    throw e;
                }
                Thread.onSpinWait();
            }
        }
    }

    private Customer load(CustomerId id) {
        Require.nonNull("customerId", id);
        return customers.find(id).orElseThrow(() -> new NotFoundException("customerId", id));
    }

    private void requireFreeEmail(EmailAddress email, CustomerId owner) {
        customers.findByEmail(email).filter(other -> !other.id().equals(owner)).ifPresent(other -> {
            throw new DuplicateException("email", email);
        });
    }

    /** @return the parsed number, or null (what {@link Customer#register} takes) for an empty or blank one */
    private PhoneNumber phone(Optional<String> raw) {
        return raw.filter(text -> !text.isBlank()).map(text -> PhoneNumber.parse(text, defaultRegion)).orElse(null);
    }

    /** @return the date, or null (what {@link Customer#register} takes) if unknown */
    private LocalDate dateOfBirth(Optional<LocalDate> given) {
        LocalDate date = given.orElse(null);
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("dateOfBirth", "must not be in the future", date);
        }
        return date;
    }
}
