package org.crm4j.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.ConcurrentUpdateException;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipKey;
import org.crm4j.core.relationship.RelationshipQuery;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.relationship.RelationshipService;
import org.crm4j.core.relationship.RelationshipSort;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract of the {@link RelationshipRepository} port, run by extending it as {@link PortsContract} shows.
 * Every test registers three customers, Ann, Bob and Carl, through the customer service, then calls the port
 * inside the ports' transactions.
 */
public abstract class RelationshipRepositoryContract extends PortsContract {

    /** The instant the contract's relationships are created at. */
    protected static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    /** The day of {@link #T0}. */
    protected static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);

    private RelationshipRepository repository;
    private CustomerId ann;
    private CustomerId bob;
    private CustomerId carl;

    @BeforeEach
    final void registerCustomers() {
        repository = ports.get(RelationshipRepository.class);
        Crm crm = crm(new MutableClock(T0), IdGenerator.sequence());
        ann = crm.customers().register(NewCustomer.of("Ann", "ann@example.org")).id();
        bob = crm.customers().register(NewCustomer.of("Bob", "bob@example.org")).id();
        carl = crm.customers().register(NewCustomer.of("Carl", "carl@example.org")).id();
    }

    private static CustomerRelationship relationship(long n, CustomerId from, CustomerId to, RelationshipType type) {
        return CustomerRelationship.establish(new RelationshipId(new UUID(0x2000, n)),
                NewRelationship.of(from, to, type, DAY0), T0);
    }

    private static List<Long> ids(List<CustomerRelationship> relationships) {
        return relationships.stream().map(r -> r.id().value().getLeastSignificantBits()).toList();
    }

    @Test
    void save_thenFind_returnsAnEqualRelationship() {
        CustomerRelationship full = relationship(1, ann, bob, RelationshipType.CLIENT)
                .changeStatus(RelationshipStatus.FAIR, T0.plusSeconds(1))
                .changeStatus(RelationshipStatus.DETERIORATING, T0.plusSeconds(2))
                .changeStatus(RelationshipStatus.GOOD, T0.plusSeconds(3))
                .changeValidity(DAY0.minusDays(3), Optional.of(DAY0.plusDays(30)), T0.plusSeconds(4));
        tx(() -> repository.save(full));
        assertEquals(Optional.of(full), tx(() -> repository.find(full.id())));
        assertEquals(Optional.of(full), tx(() -> repository.findByKey(full.key())));
    }

    @Test
    void find_unknown() {
        assertEquals(Optional.empty(), tx(() -> repository.find(new RelationshipId(new UUID(9, 9)))));
        assertEquals(Optional.empty(), tx(() -> repository.findByKey(
                RelationshipKey.of(RelationshipType.FRIEND, ann, bob))));
    }

    @Test
    void save_duplicateId() {
        CustomerRelationship first = tx(() -> repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)));
        CustomerRelationship sameId = relationship(1, ann, carl, RelationshipType.COLLEAGUE);
        DuplicateException e = assertThrows(DuplicateException.class, () -> tx(() -> repository.save(sameId)));
        assertEquals("relationshipId", e.field());
        assertEquals(Optional.of(first), tx(() -> repository.find(first.id())));
    }

    @Test
    void save_duplicateKeyInTheOtherDirection() {
        tx(() -> repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)));
        CustomerRelationship reversed = relationship(2, bob, ann, RelationshipType.FRIEND);
        DuplicateException e = assertThrows(DuplicateException.class, () -> tx(() -> repository.save(reversed)));
        assertEquals(RelationshipService.DUPLICATE_FIELD, e.field());
        assertEquals(Optional.empty(), tx(() -> repository.find(reversed.id())));
    }

    @Test
    void save_clientBothWaysAndOtherTypesAreDistinct() {
        tx(() -> List.of(
                repository.save(relationship(1, ann, bob, RelationshipType.CLIENT)),
                repository.save(relationship(2, bob, ann, RelationshipType.CLIENT)),
                repository.save(relationship(3, bob, ann, RelationshipType.COLLEAGUE)),
                repository.save(relationship(4, ann, bob, RelationshipType.FRIEND))));
        assertEquals(List.of(1L, 2L, 3L, 4L), ids(tx(() -> repository.findByCustomer(ann))));
    }

    @Test
    void update_storesTheChangeAtTheNextVersion() {
        CustomerRelationship saved = tx(() -> repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)));
        CustomerRelationship changed = saved.changeStatus(RelationshipStatus.FAIR, T0.plusSeconds(10));
        CustomerRelationship updated = tx(() -> repository.update(changed));
        assertEquals(changed.withVersion(1), updated);
        assertEquals(Optional.of(updated), tx(() -> repository.find(saved.id())));
        CustomerRelationship again = tx(() -> repository.update(
                updated.changeStatus(RelationshipStatus.DETERIORATING, T0.plusSeconds(20))));
        assertEquals(2, again.version());
        assertEquals(2, again.history().size());
    }

    @Test
    void update_staleVersion() {
        CustomerRelationship saved = tx(() -> repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)));
        CustomerRelationship first = tx(() -> repository.update(saved.changeStatus(RelationshipStatus.FAIR, T0)));
        CustomerRelationship stale = saved.changeStatus(RelationshipStatus.DETERIORATING, T0);
        assertThrows(ConcurrentUpdateException.class, () -> tx(() -> repository.update(stale)));
        assertEquals(Optional.of(first), tx(() -> repository.find(saved.id())));
    }

    @Test
    void update_unknown() {
        CustomerRelationship unknown = relationship(1, ann, bob, RelationshipType.FRIEND);
        NotFoundException e = assertThrows(NotFoundException.class, () -> tx(() -> repository.update(unknown)));
        assertEquals("relationshipId", e.field());
    }

    @Test
    void delete_removesTheRelationshipAndFreesItsKey() {
        CustomerRelationship saved = tx(() -> repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)
                .changeStatus(RelationshipStatus.FAIR, T0)));
        txRun(() -> repository.delete(saved.id()));
        assertEquals(Optional.empty(), tx(() -> repository.find(saved.id())));
        tx(() -> repository.save(relationship(2, bob, ann, RelationshipType.FRIEND)));
        assertEquals(List.of(2L), ids(tx(() -> repository.findByCustomer(ann))));
    }

    @Test
    void delete_unknown() {
        RelationshipId unknown = new RelationshipId(new UUID(9, 9));
        NotFoundException e = assertThrows(NotFoundException.class, () -> txRun(() -> repository.delete(unknown)));
        assertEquals("relationshipId", e.field());
    }

    @Test
    void save_rolledBackWithItsTransaction() {
        CustomerRelationship r = relationship(1, ann, bob, RelationshipType.FRIEND);
        assertThrows(IllegalStateException.class, () -> tx(() -> {
            repository.save(r);
            throw new IllegalStateException("abort");
        }));
        assertEquals(Optional.empty(), tx(() -> repository.find(r.id())));
    }

    @Test
    void findByCustomer_bothEndsSortedById() {
        tx(() -> List.of(
                repository.save(relationship(3, carl, ann, RelationshipType.COLLEAGUE)),
                repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)),
                repository.save(relationship(2, bob, carl, RelationshipType.CLIENT))));
        assertEquals(List.of(1L, 3L), ids(tx(() -> repository.findByCustomer(ann))));
        assertEquals(List.of(1L, 2L), ids(tx(() -> repository.findByCustomer(bob))));
    }

    @Test
    void findDeterioratedBetween_fromInclusiveToExclusive() {
        Instant at = T0.plusSeconds(3 * 3600);
        tx(() -> List.of(
                repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)
                        .changeStatus(RelationshipStatus.FAIR, at)),
                repository.save(relationship(2, bob, carl, RelationshipType.FRIEND)
                        .changeStatus(RelationshipStatus.DETERIORATING, at.minusSeconds(7200))
                        .changeStatus(RelationshipStatus.GOOD, at)),
                repository.save(relationship(3, carl, ann, RelationshipType.FRIEND)
                        .changeStatus(RelationshipStatus.DETERIORATING, at.plusSeconds(1)))));
        assertEquals(List.of(1L, 3L), ids(tx(() -> repository.findDeterioratedBetween(at, at.plusSeconds(2)))));
        assertEquals(List.of(1L), ids(tx(() -> repository.findDeterioratedBetween(at, at.plusSeconds(1)))));
        assertEquals(List.of(), ids(tx(() -> repository.findDeterioratedBetween(at.minusSeconds(1), at))));
        assertEquals(List.of(2L), ids(tx(() -> repository.findDeterioratedBetween(T0, at))));
    }

    @Test
    void search_byCustomerTypeAndStatus() {
        tx(() -> List.of(
                repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)),
                repository.save(relationship(2, bob, carl, RelationshipType.CLIENT)
                        .changeStatus(RelationshipStatus.FAIR, T0)),
                repository.save(relationship(3, carl, ann, RelationshipType.CLIENT))));
        PageRequest<RelationshipSort> all = PageRequest.of(0, 10);
        assertEquals(List.of(1L, 2L), ids(tx(() -> repository.search(RelationshipQuery.all().involving(bob), all))
                .content()));
        assertEquals(List.of(2L, 3L), ids(tx(() -> repository.search(
                RelationshipQuery.all().withType(RelationshipType.CLIENT), all)).content()));
        assertEquals(List.of(3L), ids(tx(() -> repository.search(RelationshipQuery.all()
                .withType(RelationshipType.CLIENT).withStatus(RelationshipStatus.GOOD), all)).content()));
    }

    @Test
    void search_sortsAndPages() {
        tx(() -> List.of(
                repository.save(relationship(1, ann, bob, RelationshipType.FRIEND)
                        .changeValidity(DAY0.minusDays(5), Optional.empty(), T0)),
                repository.save(relationship(2, bob, carl, RelationshipType.FRIEND)
                        .changeValidity(DAY0.plusDays(5), Optional.empty(), T0)),
                repository.save(relationship(3, carl, ann, RelationshipType.FRIEND))));
        Page<CustomerRelationship> first = tx(() -> repository.search(RelationshipQuery.all(),
                PageRequest.of(0, 2, Sort.desc(RelationshipSort.VALID_FROM))));
        Page<CustomerRelationship> second = tx(() -> repository.search(RelationshipQuery.all(),
                PageRequest.of(1, 2, Sort.desc(RelationshipSort.VALID_FROM))));
        assertEquals(List.of(2L, 3L), ids(first.content()));
        assertEquals(List.of(1L), ids(second.content()));
        assertEquals(3, second.totalElements());
        assertEquals(List.of(1L, 2L, 3L), ids(tx(() -> repository.search(RelationshipQuery.all(),
                PageRequest.of(0, 10, Sort.desc(RelationshipSort.CREATED_AT)))).content()));
    }
}
