package org.crm4j.core.guard;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.lead.LeadId;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;

/** The owned records the guard knows: the id type and the aggregate type of each {@link RecordType}. */
final class OwnedTypes {

    private record Kind(RecordType type, Function<Object, UUID> uuid) {
    }

    private static final Map<Class<?>, Kind> IDS = Map.of(
            CustomerId.class, new Kind(RecordType.CUSTOMER, id -> ((CustomerId) id).value()),
            LeadId.class, new Kind(RecordType.LEAD, id -> ((LeadId) id).value()),
            OpportunityId.class, new Kind(RecordType.OPPORTUNITY, id -> ((OpportunityId) id).value()),
            TicketId.class, new Kind(RecordType.TICKET, id -> ((TicketId) id).value()));

    private static final Map<Class<?>, Kind> AGGREGATES = Map.of(
            Customer.class, new Kind(RecordType.CUSTOMER, c -> ((Customer) c).id().value()),
            Lead.class, new Kind(RecordType.LEAD, l -> ((Lead) l).id().value()),
            Opportunity.class, new Kind(RecordType.OPPORTUNITY, o -> ((Opportunity) o).id().value()),
            Ticket.class, new Kind(RecordType.TICKET, t -> ((Ticket) t).id().value()));

    private OwnedTypes() {
    }

    /** @return the record an id names, or empty if {@code value} is not the id of an owned record */
    static Optional<RecordRef> ofId(Object value) {
        Kind kind = value == null ? null : IDS.get(value.getClass());
        return kind == null ? Optional.empty() : Optional.of(new RecordRef(kind.type(), kind.uuid().apply(value)));
    }

    /** @return the record an aggregate is, or empty if {@code value} is not an owned aggregate */
    static Optional<RecordRef> ofAggregate(Object value) {
        Kind kind = value == null ? null : AGGREGATES.get(value.getClass());
        return kind == null ? Optional.empty() : Optional.of(new RecordRef(kind.type(), kind.uuid().apply(value)));
    }
}
