package org.crm4j.core.ticket;

import java.util.List;
import java.util.Optional;
import org.crm4j.core.customer.CustomerId;

/**
 * The port that stores {@link Ticket}s with their comments and histories. Calls join the running transaction of
 * {@link org.crm4j.core.Transactions}.
 */
public interface TicketRepository {

    /**
     * Stores a new ticket as it is.
     *
     * @param ticket the ticket, not null
     * @return the stored ticket
     * @throws org.crm4j.core.DuplicateException {@code ticketId} if the id is taken
     */
    Ticket save(Ticket ticket);

    /**
     * Stores a changed ticket if the stored version equals {@code ticket.version()}.
     *
     * @param ticket the changed ticket, not null
     * @return the stored ticket, version raised by one
     * @throws org.crm4j.core.NotFoundException         {@code ticketId} if it is not stored
     * @throws org.crm4j.core.ConcurrentUpdateException if the stored version differs
     */
    Ticket update(Ticket ticket);

    /**
     * @param id the id, not null
     * @return the ticket, or empty
     */
    Optional<Ticket> find(TicketId id);

    /**
     * @param customer the customer, not null
     * @return the customer's tickets, oldest first (ties by id)
     */
    List<Ticket> findByCustomer(CustomerId customer);
}
