package org.crm4j.jpa.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketRepository;

/** {@link TicketRepository} on JPA: the ticket row with its comments, status and assignment histories. */
final class JpaTicketRepository implements TicketRepository {

    private static final String ID_FIELD = "ticketId";

    private final JpaTransactions tx;
    private final FieldCrypto crypto;

    JpaTicketRepository(JpaTransactions tx, FieldCrypto crypto) {
        this.tx = tx;
        this.crypto = Objects.requireNonNull(crypto, "crypto");
    }

    @Override
    public Ticket save(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return tx.withEntityManager(em -> {
            if (em.find(TicketEntity.class, ticket.id().value()) != null) {
                em.clear();
                throw new DuplicateException(ID_FIELD, ticket.id());
            }
            TicketEntity row = new TicketEntity();
            TicketMapper.copy(ticket, row, crypto);
            Ticket stored = TicketMapper.toDomain(row, crypto);
            Repositories.insert(em, row, ID_FIELD, row.id);
            return stored;
        });
    }

    @Override
    public Ticket update(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        UUID id = ticket.id().value();
        return tx.withEntityManager(em -> Repositories.update(em, "Ticket", TicketEntity.class, ID_FIELD, id,
                ticket.version(), row -> TicketMapper.copy(ticket.withVersion(ticket.version() + 1), row, crypto),
                r -> TicketMapper.toDomain(r, crypto)));
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        Objects.requireNonNull(id, "id");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> m.find(TicketEntity.class, id.value()),
                row -> Optional.ofNullable(row).map(r -> TicketMapper.toDomain(r, crypto))));
    }

    @Override
    public List<Ticket> findByCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return tx.withEntityManager(em -> Repositories.read(em,
                m -> Repositories.<TicketEntity>list(m.createNativeQuery("SELECT t.* FROM crm_ticket t"
                                + " WHERE t.customer_id = ? ORDER BY t.created_at, t.id", TicketEntity.class)
                        .setParameter(1, customer.value())),
                rows -> rows.stream().map(r -> TicketMapper.toDomain(r, crypto)).toList()));
    }
}
