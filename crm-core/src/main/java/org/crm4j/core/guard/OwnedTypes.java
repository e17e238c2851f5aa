package org.crm4j.core.guard;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;

/**
 * The owned records the guard knows: their id types and aggregate types. Only customers so far; leads,
 * opportunities and tickets are governed by permissions alone until they are listed here (and their searches
 * apply {@link org.crm4j.core.security.Visibility}).
 */
final class OwnedTypes {

    private record Kind(RecordType type, Function<Object, UUID> uuid) {
    }

    private static final Map<Class<?>, Kind> IDS = Map.of(
            CustomerId.class, new Kind(RecordType.CUSTOMER, id -> ((CustomerId) id).value()));

    private static final Map<Class<?>, Kind> AGGREGATES = Map.of(
            Customer.class, new Kind(RecordType.CUSTOMER, c -> ((Customer) c).id().value()));

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
