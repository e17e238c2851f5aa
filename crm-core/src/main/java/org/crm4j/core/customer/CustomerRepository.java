package org.crm4j.core.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;

/**
 * Port: where customers are kept. Implemented by adapters (in memory, crm-jpa); the contract suite
 * {@code org.crm4j.core.contract.CustomerRepositoryContract} in crm-core's test-jar checks an implementation.
 *
 * <p>Every method may be called inside {@link org.crm4j.core.Transactions#inTransaction} and then takes part in
 * that transaction. Implementations are thread-safe. A method that throws has changed nothing.
 */
public interface CustomerRepository {

    /**
     * The rule every adapter reports, as a {@link org.crm4j.core.ValidationException} on {@code "customerId"}, when
     * {@link #delete} meets a customer who is a campaign member, in a relationship, or has a ticket or a survey
     * invitation.
     */
    String REFERENCED = "must be in no campaign, relationship, ticket or survey; archive the customer instead";


    /**
     * Stores a new customer as given (at its version, normally 0).
     *
     * @param customer the new customer
     * @return the stored customer
     * @throws DuplicateException on field {@code "email"} if another customer has the address, or on field
     *                            {@code "customerId"} if the id is taken
     */
    Customer save(Customer customer);

    /**
     * @param id the id
     * @return the customer, or empty if there is none with this id
     */
    Optional<Customer> find(CustomerId id);

    /**
     * Reads many customers at once.
     *
     * @param ids the ids, at most 1 000
     * @return the stored customers among {@code ids}, by id; unknown ids are absent
     */
    Map<CustomerId, Customer> findAll(Collection<CustomerId> ids);

    /**
     * The lifecycle automation of a first sale: moves those of {@code ids} that are {@link LifecycleStage#PROSPECT}s
     * to {@link LifecycleStage#ACTIVE}, atomically per customer, recording the transition at {@code at} and raising
     * their version (as {@link Customer#moveTo} and {@link #update} would). Customers in any other stage, and
     * unknown ids, are left alone; a customer moved concurrently by another transaction is moved once.
     *
     * @param ids the ids, at most 1 000
     * @param at  the time of the transition
     * @return the ids of the customers moved
     */
    Set<CustomerId> activateProspects(Collection<CustomerId> ids, Instant at);

    /**
     * Reads only whether customers are active: what recording a sale needs to know about its buyer, without
     * loading the aggregates.
     *
     * @param ids the ids, at most 1 000
     * @return for every stored id among {@code ids}, whether that customer is active; unknown ids are absent
     */
    Map<CustomerId, Boolean> activeFlags(Collection<CustomerId> ids);

    /**
     * Reads only which customers refused or withdrew marketing consent for a channel (their latest
     * {@link Consent} for it is not granted): what targeting them by a campaign needs to know, without loading the
     * aggregates. A customer who never decided for the channel is not listed.
     *
     * @param ids     the ids, at most 1 000
     * @param channel the channel, not null
     * @return those of {@code ids} whose latest decision for {@code channel} refused consent; unknown ids are absent
     */
    Set<CustomerId> withdrawnConsents(Collection<CustomerId> ids, Channel channel);

    /**
     * @param email the normalised address
     * @return the customer with this address, or empty
     */
    Optional<Customer> findByEmail(EmailAddress email);

    /**
     * Replaces a stored customer if nobody changed it since it was read: the stored version must equal
     * {@code customer.version()}.
     *
     * @param customer the changed customer, carrying the version it was read at
     * @return the stored customer, at version {@code customer.version() + 1}
     * @throws NotFoundException          on field {@code "customerId"} if there is no such customer
     * @throws ConcurrentUpdateException  if the stored version differs
     * @throws DuplicateException         on field {@code "email"} if another customer has the new address
     */
    Customer update(Customer customer);

    /**
     * Deletes a customer. Callers check {@link #hasSales(CustomerId)} first; adapters whose storage refuses the
     * delete (a foreign key) report that as a {@link org.crm4j.core.ValidationException} too.
     *
     * @param id the id
     * @throws NotFoundException on field {@code "customerId"} if there is no such customer
     */
    void delete(CustomerId id);

    /**
     * @param id the id
     * @return whether any sale (or return) references the customer
     */
    boolean hasSales(CustomerId id);

    /**
     * Searches customers.
     *
     * @param query   the criteria, as {@link CustomerQuery#matches(Customer)} defines them
     * @param request the page; sorted by its {@link CustomerSort} key (by id if none) (text compared
     *                case-insensitively), ties broken by id ascending in the unsigned order of the UUID
     * @return the page of matches
     */
    Page<Customer> search(CustomerQuery query, PageRequest<CustomerSort> request);
}
