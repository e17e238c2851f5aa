package org.crm4j.core.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketRepository;

/** {@link TicketRepository} over the store's ticket map; tickets are immutable values, stored as they are. */
final class InMemoryTicketRepository implements TicketRepository {

    private static final Comparator<Ticket> OLDEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparing(t -> t.id().value(), InMemoryStore.UUID_ORDER);

    private final InMemoryStore store;

    InMemoryTicketRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Ticket save(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return store.locked(() -> {
            if (store.tickets.containsKey(ticket.id())) {
                throw new DuplicateException("ticketId", ticket.id());
            }
            store.put(store.tickets, ticket.id(), ticket);
            return ticket;
        });
    }

    @Override
    public Ticket update(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return store.locked(() -> {
            Ticket stored = store.tickets.get(ticket.id());
            if (stored == null) {
                throw new NotFoundException("ticketId", ticket.id());
            }
            if (stored.version() != ticket.version()) {
                throw new ConcurrentUpdateException(ticket.id(), ticket.version());
            }
            Ticket updated = ticket.withVersion(ticket.version() + 1);
            store.put(store.tickets, updated.id(), updated);
            return updated;
        });
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        Objects.requireNonNull(id, "id");
        return store.locked(() -> Optional.ofNullable(store.tickets.get(id)));
    }

    @Override
    public List<Ticket> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return store.locked(() -> store.tickets.values().stream().filter(t -> t.customer().equals(customer))
                .sorted(OLDEST_FIRST).toList());
    }
}
