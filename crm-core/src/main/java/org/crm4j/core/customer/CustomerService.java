package org.crm4j.core.customer;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;

/**
 * Registers, changes, finds and retires customers. Every operation is atomic: it runs in one transaction and,
 * when it throws a {@link org.crm4j.core.CrmException}, has changed nothing. Timestamps come from the injected
 * clock. Implementations are thread-safe.
 */
public interface CustomerService {

    /**
     * Creates the service.
     *
     * @param customers     the repository port
     * @param transactions  the transaction port
     * @param clock         the source of timestamps and of "today" (for dates of birth)
     * @param ids           the source of new ids
     * @param defaultRegion the region of national phone numbers, or null to accept international numbers only
     * @return the service
     */
    static CustomerService create(CustomerRepository customers, Transactions transactions, Clock clock,
            IdGenerator ids, PhoneRegion defaultRegion) {
        return new DefaultCustomerService(customers, transactions, clock, ids, defaultRegion);
    }

    /**
     * Registers a customer as an active prospect.
     *
     * @param command the details
     * @return the stored customer, at version 0
     * @throws ValidationException on field {@code "name"}, {@code "email"}, {@code "phone"},
     *                             {@code "dateOfBirth"} (rule {@code "must not be in the future"}) or
     *                             {@code "tags"}
     * @throws DuplicateException  on field {@code "email"} if another customer has the address
     */
    Customer register(NewCustomer command);

    /**
     * @param id the id
     * @return the customer
     * @throws NotFoundException on field {@code "customerId"}
     */
    Customer get(CustomerId id);

    /**
     * @param id the id
     * @return the customer, or empty
     */
    Optional<Customer> find(CustomerId id);

    /**
     * @param email the address, in any case
     * @return the customer with this address, or empty (also for an invalid address)
     */
    Optional<Customer> findByEmail(String email);

    /** The most customers {@link #findByPhone(String)} returns and {@link #getAll(Collection)} asks for. */
    int LOOKUP_LIMIT = 1_000;

    /**
     * The customers with a phone number, archived ones included: a caller's number looked up. Phone numbers are
     * not unique (a household, a switchboard).
     *
     * @param phone the number as written, parsed as {@link #register(NewCustomer)} parses it (national numbers in
     *              the service's default region)
     * @return the customers with exactly this number (compared in E.164 form), oldest registration first (ties by
     *         id); empty for no match and for a number that cannot be parsed
     * @throws ValidationException on field {@code "phone"}, rule {@code "must match at most 1000 customers; search
     *                             with CustomerQuery.withPhone and page"}, if more customers have the number
     */
    List<Customer> findByPhone(String phone);

    /**
     * Reads many customers in one call (one query on the JPA adapter).
     *
     * @param ids the ids, at most {@value #LOOKUP_LIMIT}; repeated ids are read once
     * @return the stored customers by id; unknown ids are absent
     * @throws ValidationException on field {@code "ids"}, rule {@link org.crm4j.core.Require#NOT_NULL} if the
     *                             collection or an id is null, or {@code "must hold at most 1000 ids"}
     */
    Map<CustomerId, Customer> getAll(Collection<CustomerId> ids);

    /**
     * Searches customers.
     *
     * @param query   the criteria
     * @param request the page, sorted by one of the {@link CustomerSort} keys (by id if none)
     * @return the page
     * @throws ValidationException on field {@code "query"} or {@code "pageRequest"} if null
     */
    Page<Customer> search(CustomerQuery query, PageRequest<CustomerSort> request);

    /**
     * Replaces the contact details.
     *
     * @param id      the customer
     * @param command the new details and the version they were based on
     * @return the stored customer
     * @throws NotFoundException          on field {@code "customerId"}
     * @throws ValidationException        as {@link #register(NewCustomer)}
     * @throws DuplicateException         on field {@code "email"}
     * @throws ConcurrentUpdateException  if the customer changed since {@code command.expectedVersion()}
     */
    Customer update(CustomerId id, CustomerUpdate command);

    /**
     * Moves the customer to another lifecycle stage and records the transition with the clock's time.
     *
     * @param id     the customer
     * @param target the new stage
     * @return the stored customer
     * @throws NotFoundException   on field {@code "customerId"}
     * @throws ValidationException on field {@code "stage"} if the transition is illegal (see
     *                             {@link LifecycleStage})
     */
    Customer moveToStage(CustomerId id, LifecycleStage target);

    /**
     * Records a marketing consent decision for a channel.
     *
     * @param id      the customer
     * @param channel the channel
     * @param granted whether the customer agrees
     * @return the stored customer
     * @throws NotFoundException   on field {@code "customerId"}
     * @throws ValidationException on field {@code "channel"} if null
     */
    Customer recordConsent(CustomerId id, Channel channel, boolean granted);

    /**
     * Adds a label.
     *
     * @param id  the customer
     * @param tag the label
     * @return the stored customer
     * @throws NotFoundException   on field {@code "customerId"}
     * @throws ValidationException on field {@code "tags"} if the label is invalid
     */
    Customer tag(CustomerId id, String tag);

    /**
     * Removes a label.
     *
     * @param id  the customer
     * @param tag the label
     * @return the stored customer
     * @throws NotFoundException   on field {@code "customerId"}
     * @throws ValidationException on field {@code "tags"} if the label is invalid
     */
    Customer untag(CustomerId id, String tag);

    /**
     * Archives the customer: the normal way to retire one. Archived customers keep their history, are left out
     * of searches unless asked for, and cannot buy.
     *
     * @param id the customer
     * @return the stored customer
     * @throws NotFoundException on field {@code "customerId"}
     */
    Customer archive(CustomerId id);

    /**
     * Reactivates an archived customer.
     *
     * @param id the customer
     * @return the stored customer
     * @throws NotFoundException on field {@code "customerId"}
     */
    Customer reactivate(CustomerId id);

    /**
     * Deletes a customer who never bought anything (a mistaken registration).
     *
     * @param id the customer
     * @throws NotFoundException   on field {@code "customerId"}
     * @throws ValidationException on field {@code "customerId"}, rule {@code "must have no sales; archive the
     *                             customer instead"}, if any sale references the customer
     */
    void delete(CustomerId id);
}
