package org.crm4j.core.relationship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The relationship service over the repository port; every operation in one transaction. */
final class DefaultRelationshipService implements RelationshipService {

    private static final Logger LOG = LoggerFactory.getLogger(RelationshipService.class);

    private final RelationshipRepository relationships;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final Clock clock;
    private final IdGenerator ids;
    private final PathFinder paths;

    DefaultRelationshipService(RelationshipRepository relationships, CustomerRepository customers,
            Transactions transactions, Clock clock, IdGenerator ids) {
        this.relationships = relationships;
        this.customers = customers;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
        this.paths = new PathFinder(relationships);
    }

    @Override
    public CustomerRelationship establish(NewRelationship command) {
        Require.nonNull("command", command);
        return transactions.inTransaction(() -> {
            CustomerRelationship relationship = CustomerRelationship.establish(new RelationshipId(ids.next()),
                    command, clock.instant());
            requireCustomer("from", relationship.from());
            requireCustomer("to", relationship.to());
            if (relationships.findByKey(relationship.key()).isPresent()) {
                throw new DuplicateException(DUPLICATE_FIELD, describe(relationship));
            }
            relationships.save(relationship);
            LOG.debug("Established relationship {}: {}", relationship.id(), describe(relationship));
            return relationship;
        });
    }

    @Override
    public CustomerRelationship get(RelationshipId id) {
        Require.nonNull("relationshipId", id);
        return transactions.inTransaction(() -> load(id));
    }

    @Override
    public Optional<CustomerRelationship> find(RelationshipId id) {
        Require.nonNull("relationshipId", id);
        return transactions.inTransaction(() -> relationships.find(id));
    }

    @Override
    public CustomerRelationship changeStatus(RelationshipId id, RelationshipStatus newStatus) {
        Require.nonNull("status", newStatus);
        return change(id, r -> r.changeStatus(newStatus, clock.instant()));
    }

    @Override
    public CustomerRelationship changeValidity(RelationshipId id, LocalDate validFrom,
            Optional<LocalDate> validTo) {
        Require.nonNull("validFrom", validFrom);
        Require.nonNull("validTo", validTo);
        return change(id, r -> r.changeValidity(validFrom, validTo, clock.instant()));
    }

    @Override
    public CustomerRelationship end(RelationshipId id, LocalDate on) {
        Require.nonNull("validTo", on);
        return change(id, r -> r.changeValidity(r.validFrom(), Optional.of(on), clock.instant()));
    }

    @Override
    public void delete(RelationshipId id) {
        Require.nonNull("relationshipId", id);
        transactions.run(() -> {
            CustomerRelationship relationship = load(id);
            relationships.delete(id);
            LOG.debug("Deleted relationship {}: {}", id, describe(relationship));
        });
    }

    @Override
    public Page<CustomerRelationship> search(RelationshipQuery query, PageRequest<RelationshipSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> relationships.search(query, request));
    }

    @Override
    public List<Neighbour> neighbours(CustomerId customer, NeighbourQuery query) {
        Require.nonNull("customerId", customer);
        Require.nonNull("query", query);
        return transactions.inTransaction(() -> {
            requireCustomer("customerId", customer);
            return paths.neighbours(customer, query, query.on().orElseGet(this::today));
        });
    }

    @Override
    public List<CustomerRelationship> deterioratedBetween(LocalDate from, LocalDate to) {
        Require.period("from", from, "to", to);
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.atStartOfDay(clock.getZone()).toInstant();
        return transactions.inTransaction(() -> relationships.findDeterioratedBetween(start, end));
    }

    @Override
    public Optional<RelationshipPath> shortestPath(CustomerId from, CustomerId to) {
        return shortestPath(from, to, NeighbourQuery.all());
    }

    @Override
    public Optional<RelationshipPath> shortestPath(CustomerId from, CustomerId to, NeighbourQuery via) {
        Require.nonNull("from", from);
        Require.nonNull("to", to);
        Require.nonNull("via", via);
        return transactions.inTransaction(() -> {
            requireCustomer("from", from);
            requireCustomer("to", to);
            return paths.shortestPath(from, to, via, via.on().orElseGet(this::today));
        });
    }

    private CustomerRelationship change(RelationshipId id, UnaryOperator<CustomerRelationship> action) {
        Require.nonNull("relationshipId", id);
        return transactions.inTransaction(() -> {
            CustomerRelationship before = load(id);
            CustomerRelationship after = action.apply(before);
            if (after.equals(before)) {
                return before;
            }
            CustomerRelationship stored = relationships.update(after);
            if (stored.status() != before.status()) {
                LOG.debug("Relationship {} went from {} to {}: {}", id, before.status(), stored.status(),
                        describe(stored));
            } else {
                LOG.debug("Relationship {} is now valid from {} to {}", id, stored.validFrom(),
                        stored.validTo().map(LocalDate::toString).orElse("open end"));
            }
            return stored;
        });
    }

    private CustomerRelationship load(RelationshipId id) {
        return relationships.find(id).orElseThrow(() -> new NotFoundException("relationshipId", id));
    }

    private void requireCustomer(String field, CustomerId customer) {
        if (customers.find(customer).isEmpty()) {
            throw new NotFoundException(field, customer);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(CustomerRelationship r) {
        return r.type() + " " + r.from() + (r.type().isSymmetric() ? " <-> " : " -> ") + r.to();
    }
}
