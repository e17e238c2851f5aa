package org.crm4j.core.contract;

import static org.crm4j.core.contract.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.IdGenerator;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.customer.CustomerService;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NeighbourQuery;
import org.crm4j.core.relationship.Neighbour;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipPath;
import org.crm4j.core.relationship.RelationshipQuery;
import org.crm4j.core.relationship.RelationshipRepository;
import org.crm4j.core.relationship.RelationshipService;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.crm4j.core.relationship.StatusChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link RelationshipService} does over any adapter's ports, run by extending it as {@link PortsContract}
 * shows. Every test registers five customers, A to E (ids 1 to 5), so the first relationship gets id 6.
 */
public abstract class RelationshipServiceContract extends PortsContract {

    /** The day of {@link Fixtures#NOW} in UTC, the clock's zone. */
    protected static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private MutableClock clock;
    private RelationshipService relationships;
    private CustomerService customers;
    private CustomerId a;
    private CustomerId b;
    private CustomerId c;
    private CustomerId d;
    private CustomerId e;

    @BeforeEach
    final void crmWithFiveCustomers() {
        clock = new MutableClock(NOW);
        Crm crm = crm(clock, IdGenerator.sequence());
        relationships = crm.relationships();
        customers = crm.customers();
        a = crm.customers().register(NewCustomer.of("A", "a@example.org")).id();
        b = crm.customers().register(NewCustomer.of("B", "b@example.org")).id();
        c = crm.customers().register(NewCustomer.of("C", "c@example.org")).id();
        d = crm.customers().register(NewCustomer.of("D", "d@example.org")).id();
        e = crm.customers().register(NewCustomer.of("E", "e@example.org")).id();
    }

    private CustomerRelationship link(CustomerId from, CustomerId to, RelationshipType type) {
        return relationships.establish(NewRelationship.of(from, to, type, TODAY));
    }

    /** Everything the ports hold, relationships included. */
    private List<Object> everything() {
        return List.of(state(), tx(() -> ports.get(RelationshipRepository.class).search(RelationshipQuery.all(),
                PageRequest.of(0, PageRequest.MAX_SIZE)).content()));
    }

    @Test
    void establish_validCommand_storesTheRelationshipAtTheClocksTime() {
        CustomerRelationship r = link(a, b, RelationshipType.CLIENT);

        assertEquals(new RelationshipId(Fixtures.uuid(6)), r.id());
        assertEquals(RelationshipStatus.GOOD, r.status());
        assertEquals(List.of(), r.history());
        assertEquals(NOW, r.createdAt());
        assertEquals(r, relationships.get(r.id()));
    }

    @Test
    void establish_withOneself_isRefusedAndChangesNothing() {
        List<Object> before = everything();

        ValidationException ex = assertThrows(ValidationException.class,
                () -> link(a, a, RelationshipType.FRIEND));

        assertEquals("to", ex.field());
        assertEquals(CustomerRelationship.DIFFERENT_CUSTOMERS, ex.rule());
        assertEquals(before, everything());
    }

    @Test
    void establish_duplicateInTheOtherDirection_isRefusedAndChangesNothing() {
        link(a, b, RelationshipType.COLLEAGUE);
        List<Object> before = everything();

        DuplicateException ex = assertThrows(DuplicateException.class,
                () -> link(b, a, RelationshipType.COLLEAGUE));

        assertEquals(RelationshipService.DUPLICATE_FIELD, ex.field());
        assertEquals(before, everything());
    }

    @Test
    void establish_duplicateOfAnEndedRelationship_isRefused() {
        CustomerRelationship ended = link(a, b, RelationshipType.FRIEND);
        relationships.end(ended.id(), TODAY.plusDays(1));

        assertThrows(DuplicateException.class, () -> link(a, b, RelationshipType.FRIEND));
    }

    @Test
    void establish_sameRelationshipFromEightThreads_storesExactlyOne() throws Exception {
        List<Callable<CustomerRelationship>> links = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            boolean reversed = t % 2 == 1;
            links.add(() -> reversed ? link(b, a, RelationshipType.FRIEND) : link(a, b, RelationshipType.FRIEND));
        }

        List<Throwable> failures = Concurrently.run(links);

        assertEquals(7, failures.size());
        failures.forEach(f -> assertEquals(DuplicateException.class, f.getClass(), f::toString));
        assertEquals(1, relationships.search(RelationshipQuery.all(), PageRequest.of(0, 10)).totalElements());
    }

    @Test
    void deleteCustomer_withARelationship_isRefusedAndChangesNothing() {
        link(a, b, RelationshipType.CLIENT);
        List<Object> before = everything();

        ValidationException ex = assertThrows(ValidationException.class, () -> customers.delete(b));

        assertEquals("customerId", ex.field());
        assertEquals(before, everything());
    }

    @Test
    void establish_clientInBothDirections_areTwoRelationships() {
        link(a, b, RelationshipType.CLIENT);
        link(b, a, RelationshipType.CLIENT);

        assertEquals(2, relationships.search(RelationshipQuery.all().involving(a), PageRequest.of(0, 10))
                .totalElements());
    }

    @Test
    void establish_unknownCustomer_isNotFoundAndChangesNothing() {
        CustomerId unknown = new CustomerId(Fixtures.uuid(99));
        List<Object> before = everything();

        NotFoundException ex = assertThrows(NotFoundException.class,
                () -> link(a, unknown, RelationshipType.FRIEND));

        assertEquals("to", ex.field());
        assertEquals(before, everything());
    }

    @Test
    void establish_validToNotAfterValidFrom_isRefusedAndChangesNothing() {
        List<Object> before = everything();

        ValidationException ex = assertThrows(ValidationException.class, () -> relationships.establish(
                new NewRelationship(a, b, RelationshipType.FRIEND, RelationshipStatus.GOOD, TODAY,
                        Optional.of(TODAY.minusDays(1)))));

        assertEquals("validTo", ex.field());
        assertEquals(CustomerRelationship.AFTER_VALID_FROM, ex.rule());
        assertEquals(before, everything());
    }

    @Test
    void changeStatus_recordsEachChangeAtTheClocksTime() {
        CustomerRelationship r = link(a, b, RelationshipType.FRIEND);
        clock.advance(Duration.ofHours(1));
        relationships.changeStatus(r.id(), RelationshipStatus.FAIR);
        clock.advance(Duration.ofHours(1));
        CustomerRelationship changed = relationships.changeStatus(r.id(), RelationshipStatus.DETERIORATING);
        CustomerRelationship same = relationships.changeStatus(r.id(), RelationshipStatus.DETERIORATING);

        assertEquals(List.of(
                new StatusChange(RelationshipStatus.GOOD, RelationshipStatus.FAIR, NOW.plus(Duration.ofHours(1))),
                new StatusChange(RelationshipStatus.FAIR, RelationshipStatus.DETERIORATING,
                        NOW.plus(Duration.ofHours(2)))), changed.history());
        assertEquals(2, changed.version());
        assertEquals(changed, same);
    }

    @Test
    void changeStatus_unknownId_isNotFound() {
        NotFoundException ex = assertThrows(NotFoundException.class,
                () -> relationships.changeStatus(new RelationshipId(Fixtures.uuid(99)), RelationshipStatus.FAIR));

        assertEquals("relationshipId", ex.field());
    }

    @Test
    void end_onOrBeforeValidFrom_isRefusedAndChangesNothing() {
        CustomerRelationship r = link(a, b, RelationshipType.FRIEND);
        List<Object> before = everything();

        ValidationException ex = assertThrows(ValidationException.class, () -> relationships.end(r.id(), TODAY));

        assertEquals("validTo", ex.field());
        assertEquals(before, everything());
    }

    @Test
    void neighbours_byTypeStatusAndDay() {
        link(a, b, RelationshipType.FRIEND);
        CustomerRelationship ca = link(c, a, RelationshipType.CLIENT);
        CustomerRelationship ad = link(a, d, RelationshipType.COLLEAGUE);
        relationships.changeStatus(ad.id(), RelationshipStatus.FAIR);
        relationships.end(link(e, a, RelationshipType.FRIEND).id(), TODAY.plusDays(2));

        List<CustomerId> all = customers(relationships.neighbours(a, NeighbourQuery.all()));
        List<CustomerId> friends = customers(relationships.neighbours(a, NeighbourQuery.ofType(RelationshipType.FRIEND)));
        List<CustomerId> fair = customers(relationships.neighbours(a, NeighbourQuery.inStatus(RelationshipStatus.FAIR)));
        List<CustomerId> later = customers(relationships.neighbours(a, NeighbourQuery.all().validOn(TODAY.plusDays(2))));

        assertEquals(List.of(b, c, d, e), all);
        assertEquals(List.of(b, e), friends);
        assertEquals(List.of(d), fair);
        assertEquals(List.of(b, c, d), later);
        Neighbour client = relationships.neighbours(a, NeighbourQuery.ofType(RelationshipType.CLIENT)).get(0);
        assertEquals(ca, client.relationship());
        assertEquals(List.of(true, false), List.of(client.isClient(), client.isSupplier()));
        Neighbour supplier = relationships.neighbours(c, NeighbourQuery.all()).get(0);
        assertEquals(List.of(a, false, true), List.of(supplier.customer(), supplier.isClient(),
                supplier.isSupplier()));
    }

    private static List<CustomerId> customers(List<Neighbour> neighbours) {
        return neighbours.stream().map(Neighbour::customer).toList();
    }

    @Test
    void neighbours_unknownCustomer_isNotFound() {
        NotFoundException ex = assertThrows(NotFoundException.class,
                () -> relationships.neighbours(new CustomerId(Fixtures.uuid(99)), NeighbourQuery.all()));

        assertEquals("customerId", ex.field());
    }

    @Test
    void deterioratedBetween_daysOfTheClocksZone() {
        CustomerRelationship ab = link(a, b, RelationshipType.FRIEND);
        CustomerRelationship bc = link(b, c, RelationshipType.FRIEND);
        CustomerRelationship cd = link(c, d, RelationshipType.FRIEND);
        clock.advance(Duration.ofDays(1));
        relationships.changeStatus(ab.id(), RelationshipStatus.FAIR);
        relationships.changeStatus(cd.id(), RelationshipStatus.DETERIORATING);
        clock.advance(Duration.ofDays(1));
        relationships.changeStatus(cd.id(), RelationshipStatus.GOOD);
        relationships.changeStatus(bc.id(), RelationshipStatus.DETERIORATING);

        assertEquals(List.of(ab.id(), cd.id()), ids(relationships.deterioratedBetween(TODAY.plusDays(1),
                TODAY.plusDays(2))));
        assertEquals(List.of(), ids(relationships.deterioratedBetween(TODAY.plusDays(1), TODAY.plusDays(1))));
        assertEquals(List.of(bc.id()), ids(relationships.deterioratedBetween(TODAY.plusDays(2), TODAY.plusDays(9))));
        assertEquals(List.of(), ids(relationships.deterioratedBetween(TODAY.minusDays(9), TODAY)));
    }

    @Test
    void deterioratedBetween_toBeforeFrom_isRefused() {
        ValidationException ex = assertThrows(ValidationException.class,
                () -> relationships.deterioratedBetween(TODAY, TODAY.minusDays(1)));

        assertEquals("to", ex.field());
        assertEquals(RelationshipService.TO_NOT_BEFORE_FROM, ex.rule());
    }

    private static List<RelationshipId> ids(List<CustomerRelationship> list) {
        return list.stream().map(CustomerRelationship::id).toList();
    }

    @Test
    void shortestPath_followsValidRelationshipsInEitherDirection() {
        CustomerRelationship ab = link(a, b, RelationshipType.FRIEND);
        CustomerRelationship cb = link(c, b, RelationshipType.CLIENT);
        CustomerRelationship cd = link(c, d, RelationshipType.COLLEAGUE);
        CustomerRelationship ad = relationships.end(link(a, d, RelationshipType.FRIEND).id(), TODAY.plusDays(1));

        assertEquals(Optional.of(new RelationshipPath(List.of(a, d), List.of(ad))), relationships.shortestPath(a, d));
        clock.advance(Duration.ofDays(1));
        assertEquals(Optional.of(new RelationshipPath(List.of(a, b, c, d), List.of(ab, cb, cd))),
                relationships.shortestPath(a, d));
        assertEquals(Optional.of(new RelationshipPath(List.of(d, c, b, a), List.of(cd, cb, ab))),
                relationships.shortestPath(d, a));
    }

    @Test
    void shortestPath_onlyThroughTheRelationshipsTheQueryAccepts() {
        link(a, b, RelationshipType.FRIEND);
        link(b, c, RelationshipType.FRIEND);
        CustomerRelationship ae = link(a, e, RelationshipType.COLLEAGUE);
        CustomerRelationship ec = link(e, c, RelationshipType.COLLEAGUE);
        link(c, d, RelationshipType.FRIEND);

        RelationshipPath viaColleagues = relationships.shortestPath(a, c, new NeighbourQuery(
                Set.of(RelationshipType.COLLEAGUE), Set.of(), Optional.empty())).orElseThrow();
        assertEquals(List.of(a, e, c), viaColleagues.customers());
        assertEquals(List.of(ae, ec), viaColleagues.relationships());
        assertEquals(Optional.empty(), relationships.shortestPath(a, d, NeighbourQuery.ofType(
                RelationshipType.COLLEAGUE)));
        assertEquals(2, relationships.shortestPath(a, c).orElseThrow().length());
    }

    @Test
    void shortestPath_tiesBrokenBySmallestCustomerId() {
        CustomerRelationship ab = link(a, b, RelationshipType.FRIEND);
        link(a, c, RelationshipType.FRIEND);
        CustomerRelationship bd = link(b, d, RelationshipType.FRIEND);
        link(c, d, RelationshipType.FRIEND);

        assertEquals(Optional.of(new RelationshipPath(List.of(a, b, d), List.of(ab, bd))),
                relationships.shortestPath(a, d));
    }

    @Test
    void shortestPath_toOneselfIsEmptyAndUnconnectedIsAbsent() {
        link(a, b, RelationshipType.FRIEND);

        assertEquals(Optional.of(new RelationshipPath(List.of(a), List.of())), relationships.shortestPath(a, a));
        assertEquals(Optional.empty(), relationships.shortestPath(a, e));
    }

    @Test
    void shortestPath_unknownCustomer_isNotFound() {
        NotFoundException ex = assertThrows(NotFoundException.class,
                () -> relationships.shortestPath(a, new CustomerId(Fixtures.uuid(99))));

        assertEquals("to", ex.field());
    }

    @Test
    void delete_removesTheRelationship() {
        CustomerRelationship r = link(a, b, RelationshipType.FRIEND);

        relationships.delete(r.id());

        assertEquals(Optional.empty(), relationships.find(r.id()));
        assertEquals(List.of(), relationships.neighbours(a, NeighbourQuery.all()));
    }

    @Test
    void delete_unknownId_isNotFound() {
        NotFoundException ex = assertThrows(NotFoundException.class,
                () -> relationships.delete(new RelationshipId(Fixtures.uuid(99))));

        assertEquals("relationshipId", ex.field());
    }

    @Test
    void search_pageSizeOutOfRangeOrUnknownSort_isRefused() {
        link(a, b, RelationshipType.FRIEND);

        ValidationException zero = assertThrows(ValidationException.class,
                () -> relationships.search(RelationshipQuery.all(), PageRequest.of(0, 0)));
        ValidationException tooLarge = assertThrows(ValidationException.class,
                () -> relationships.search(RelationshipQuery.all(), PageRequest.of(0, 1001)));

        assertEquals("size", zero.field());
        assertEquals("size", tooLarge.field());
    }
}
