package org.crm4j.core.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.Transactions;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.SaleRepository;

/**
 * Customer service tickets: open, assign, comment, move through their statuses, resolve, reopen, close. Every
 * operation runs in one transaction; one that throws has changed nothing. Changes of one ticket that race fail
 * with {@link org.crm4j.core.ConcurrentUpdateException} (read it again and repeat). Thread-safe.
 */
public interface TicketService {

    /**
     * @param tickets      the ticket port
     * @param customers    the customer port (a ticket's customer must exist)
     * @param products     the product port (a related product must exist)
     * @param sales        the sale port (a related sale must exist)
     * @param transactions the transactions
     * @param clock        the time source
     * @param ids          the id source
     * @param settings     the host's categories and reopen window
     * @return the service
     */
    static TicketService create(TicketRepository tickets, CustomerRepository customers, ProductRepository products,
                                SaleRepository sales, Transactions transactions, Clock clock, IdGenerator ids,
                                TicketSettings settings) {
        return new DefaultTicketService(Objects.requireNonNull(tickets, "tickets"),
                Objects.requireNonNull(customers, "customers"), Objects.requireNonNull(products, "products"),
                Objects.requireNonNull(sales, "sales"), Objects.requireNonNull(transactions, "transactions"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ids, "ids"),
                Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Opens a ticket in status {@code NEW}.
     *
     * @param command the ticket, not null
     * @return the stored ticket, version 0
     * @throws org.crm4j.core.ValidationException {@code category} {@code must be one of [...]}, or a field of the
     *                                            command breaking its rule
     * @throws org.crm4j.core.NotFoundException   {@code customerId}, {@code saleId} or {@code productId} if it does
     *                                            not exist
     */
    Ticket open(NewTicket command);

    /**
     * @param id the id, not null
     * @return the ticket
     * @throws org.crm4j.core.NotFoundException {@code ticketId} if it does not exist
     */
    Ticket get(TicketId id);

    /**
     * @param id the id, not null
     * @return the ticket, or empty
     */
    Optional<Ticket> find(TicketId id);

    /**
     * @param customer the customer, not null
     * @return the customer's tickets, oldest first
     */
    List<Ticket> ofCustomer(CustomerId customer);

    /**
     * Where a ticket's SLA targets stand now (the clock's time), in the business calendar of the settings' service
     * levels.
     *
     * @param id the ticket
     * @return the measures, or empty if the settings have no service levels or the ticket no targets
     * @throws org.crm4j.core.NotFoundException {@code ticketId} if it does not exist
     */
    Optional<TicketSla> sla(TicketId id);

    /**
     * Moves a ticket to {@code OPEN}, {@code PENDING} or {@code CLOSED} ({@code RESOLVED → OPEN} reopens it
     * within the reopen window); see {@link Ticket#moveTo}.
     *
     * @param id     the ticket
     * @param status the new status
     * @return the stored ticket
     * @throws org.crm4j.core.ValidationException {@code status} for an illegal move or a reopen after the window;
     *                                            {@code resolution} for {@code RESOLVED}
     */
    Ticket moveTo(TicketId id, TicketStatus status);

    /**
     * Resolves an {@code OPEN} or {@code PENDING} ticket.
     *
     * @param id         the ticket
     * @param resolution the code and text, not null
     * @return the stored ticket
     * @throws org.crm4j.core.ValidationException {@code resolution} {@code must not be null}; {@code status} for
     *                                            an illegal move
     */
    Ticket resolve(TicketId id, Resolution resolution);

    /**
     * Assigns a ticket that is not closed.
     *
     * @param id       the ticket
     * @param assignee the agent, or empty
     * @param team     the team, or empty
     * @return the stored ticket with the assignment recorded
     * @throws org.crm4j.core.ValidationException {@code status} {@code must not be CLOSED}
     */
    Ticket assign(TicketId id, Optional<String> assignee, Optional<String> team);

    /**
     * Adds a comment, stamped with the clock's time, to a ticket that is not closed.
     *
     * @param id       the ticket
     * @param author   who writes, 1 to 100 characters
     * @param text     the comment, 1 to 4 000 characters
     * @param kind     reply, internal note or customer message, not null
     * @return the stored ticket
     * @throws org.crm4j.core.ValidationException {@code author}/{@code text}; {@code status} {@code must not be CLOSED}
     */
    Ticket comment(TicketId id, String author, String text, CommentKind kind);

    /**
     * @param id       the ticket
     * @param priority the new priority
     * @return the stored ticket
     * @throws org.crm4j.core.ValidationException {@code status} {@code must not be CLOSED}
     */
    Ticket changePriority(TicketId id, TicketPriority priority);
}
