package org.crm4j.core.access;

import java.util.Optional;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserDirectory;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.ticket.TicketId;

/** {@link AccessService} over the ports. */
final class DefaultAccessService implements AccessService {

    private final Ports ports;
    private final UserDirectory users;
    private final Transactions transactions;

    DefaultAccessService(Ports ports, UserDirectory users, Transactions transactions) {
        this.ports = Require.nonNull("ports", ports);
        this.users = Require.nonNull("users", users);
        this.transactions = Require.nonNull("transactions", transactions);
    }

    @Override
    public Optional<Ownership> ownership(RecordRef record) {
        Require.nonNull("record", record);
        return transactions.inTransaction(() -> {
            requireExists(record);
            return ports.owners().find(record);
        });
    }

    @Override
    public Ownership assign(RecordRef record, Ownership ownership) {
        Require.nonNull("record", record);
        Require.nonNull("ownership", ownership);
        users.require(ownership.owner());
        return transactions.inTransaction(() -> {
            requireExists(record);
            if (!ports.owners().find(record).equals(Optional.of(ownership))) {
                ports.owners().assign(record, ownership);
            }
            return ownership;
        });
    }

    @Override
    public Ownership share(RecordRef record, boolean shared) {
        Require.nonNull("record", record);
        return transactions.inTransaction(() -> {
            requireExists(record);
            Ownership current = ports.owners().find(record)
                    .orElseThrow(() -> new ValidationException("record", "must have an owner", record));
            Ownership next = new Ownership(current.owner(), current.team(), shared);
            if (!next.equals(current)) {
                ports.owners().assign(record, next);
            }
            return next;
        });
    }

    private void requireExists(RecordRef record) {
        boolean exists = switch (record.type()) {
            case CUSTOMER -> ports.customers().find(new CustomerId(record.id())).isPresent();
            case LEAD -> ports.leads().find(new LeadId(record.id())).isPresent();
            case OPPORTUNITY -> ports.opportunities().find(new OpportunityId(record.id())).isPresent();
            case TICKET -> ports.tickets().find(new TicketId(record.id())).isPresent();
        };
        if (!exists) {
            throw new NotFoundException("record", record);
        }
    }
}
