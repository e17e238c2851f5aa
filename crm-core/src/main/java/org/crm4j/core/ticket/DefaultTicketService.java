package org.crm4j.core.ticket;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.product.ProductRepository;
import org.crm4j.core.sales.SaleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ticket service over the ports; every operation in one transaction. */
final class DefaultTicketService implements TicketService {

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final SaleRepository sales;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final TicketSettings settings;

    DefaultTicketService(TicketRepository tickets, CustomerRepository customers, ProductRepository products,
                         SaleRepository sales, Transactions transactions, Clock clock, IdGenerator ids,
                         TicketSettings settings) {
        this.tickets = tickets;
        this.customers = customers;
        this.products = products;
        this.sales = sales;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.settings = settings;
    }

    @Override
    public Ticket open(NewTicket command) {
        Require.nonNull("command", command);
        Require.nonNull("category", command.category());
        Require.nonNull("priority", command.priority());
        Optional<SlaTargets> targets = settings.serviceLevels()
                .map(levels -> levels.policy().targetsFor(command.category(), command.priority()));
        Ticket ticket = Ticket.open(new TicketId(ids.next()), command, targets, clock.instant());
        if (!settings.categories().contains(ticket.category())) {
            throw new ValidationException("category", settings.categoryRule(), command.category());
        }
        return transactions.inTransaction(() -> {
            if (customers.find(ticket.customer()).isEmpty()) {
                throw new NotFoundException("customerId", ticket.customer());
            }
            ticket.sale().ifPresent(sale -> {
                if (sales.find(sale).isEmpty()) {
                    throw new NotFoundException("saleId", sale);
                }
            });
            ticket.product().ifPresent(product -> {
                if (products.find(product).isEmpty()) {
                    throw new NotFoundException("productId", product);
                }
            });
            Ticket stored = tickets.save(ticket);
            LOG.debug("Opened ticket {} ({}, {}) for customer {}", stored.id(), stored.category(), stored.priority(),
                    stored.customer());
            return stored;
        });
    }

    @Override
    public Ticket get(TicketId id) {
        Require.nonNull("ticketId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        Require.nonNull("ticketId", id);
        return transactions.inTransaction(() -> tickets.find(id));
    }

    @Override
    public List<Ticket> ofCustomer(CustomerId customer) {
        Require.nonNull("customerId", customer);
        return transactions.inTransaction(() -> tickets.findByCustomer(customer));
    }

    @Override
    public Optional<TicketSla> sla(TicketId id) {
        Require.nonNull("ticketId", id);
        return settings.serviceLevels().flatMap(levels -> transactions.inTransaction(() -> load(id))
                .sla(levels.calendar(), clock.instant()));
    }

    @Override
    public Ticket moveTo(TicketId id, TicketStatus status) {
        Require.nonNull("status", status);
        return change(id, t -> t.moveTo(status, clock.instant(), settings.reopenWindow()));
    }

    @Override
    public Ticket resolve(TicketId id, Resolution resolution) {
        Require.nonNull("resolution", resolution);
        return change(id, t -> t.resolve(resolution, clock.instant()));
    }

    @Override
    public Ticket assign(TicketId id, Optional<String> assignee, Optional<String> team) {
        Require.nonNull("assignee", assignee);
        Require.nonNull("team", team);
        return change(id, t -> t.assign(assignee, team, clock.instant()));
    }

    @Override
    public Ticket comment(TicketId id, String author, String text, CommentKind kind) {
        TicketComment comment = new TicketComment(author, text, kind, clock.instant());
        return change(id, t -> t.comment(comment));
    }

    @Override
    public Ticket changePriority(TicketId id, TicketPriority priority) {
        Require.nonNull("priority", priority);
        return change(id, t -> t.changePriority(priority, clock.instant()));
    }

    private Ticket change(TicketId id, UnaryOperator<Ticket> action) {
        Require.nonNull("ticketId", id);
        return transactions.inTransaction(() -> {
            Ticket acted = action.apply(load(id));
            Ticket changed = settings.serviceLevels().map(levels -> acted.measured(levels.calendar())).orElse(acted);
            Ticket stored = tickets.update(changed);
            LOG.debug("Changed ticket {}: {}, version {}", id, stored.status(), stored.version());
            return stored;
        });
    }

    private Ticket load(TicketId id) {
        return tickets.find(id).orElseThrow(() -> new NotFoundException("ticketId", id));
    }
}
