package org.crm4j.core.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerId;
import org.junit.jupiter.api.Test;

class CustomerRelationshipTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final CustomerId ANN = new CustomerId(new UUID(0, 101));
    static final CustomerId BOB = new CustomerId(new UUID(0, 102));
    static final RelationshipId ID = new RelationshipId(new UUID(0, 1));

    static CustomerRelationship friends() {
        return CustomerRelationship.establish(ID, NewRelationship.of(ANN, BOB, RelationshipType.FRIEND, MARCH_1), NOW);
    }

    @Test
    void establish_withOneself() {
        ValidationException e = assertThrows(ValidationException.class, () -> CustomerRelationship.establish(ID,
                NewRelationship.of(ANN, ANN, RelationshipType.COLLEAGUE, MARCH_1), NOW));
        assertEquals("to", e.field());
        assertEquals(CustomerRelationship.DIFFERENT_CUSTOMERS, e.rule());
    }

    @Test
    void establish_validToOnValidFrom() {
        NewRelationship command = new NewRelationship(ANN, BOB, RelationshipType.CLIENT, RelationshipStatus.GOOD,
                MARCH_1, Optional.of(MARCH_1));
        ValidationException e = assertThrows(ValidationException.class,
                () -> CustomerRelationship.establish(ID, command, NOW));
        assertEquals("validTo", e.field());
        assertEquals(CustomerRelationship.AFTER_VALID_FROM, e.rule());
    }

    @Test
    void key_symmetricTypesIgnoreTheDirection() {
        assertEquals(RelationshipKey.of(RelationshipType.FRIEND, ANN, BOB),
                RelationshipKey.of(RelationshipType.FRIEND, BOB, ANN));
        assertEquals(RelationshipKey.of(RelationshipType.COLLEAGUE, ANN, BOB),
                RelationshipKey.of(RelationshipType.COLLEAGUE, BOB, ANN));
    }

    @Test
    void key_clientIsDirected() {
        assertFalse(RelationshipKey.of(RelationshipType.CLIENT, ANN, BOB)
                .equals(RelationshipKey.of(RelationshipType.CLIENT, BOB, ANN)));
        assertEquals(BOB, RelationshipKey.of(RelationshipType.CLIENT, BOB, ANN).first());
    }

    @Test
    void isValidOn_fromInclusiveToExclusive() {
        CustomerRelationship ended = friends().changeValidity(MARCH_1, Optional.of(MARCH_1.plusDays(3)), NOW);
        assertFalse(ended.isValidOn(MARCH_1.minusDays(1)));
        assertTrue(ended.isValidOn(MARCH_1));
        assertTrue(ended.isValidOn(MARCH_1.plusDays(2)));
        assertFalse(ended.isValidOn(MARCH_1.plusDays(3)));
        assertTrue(friends().isValidOn(MARCH_1.plusYears(100)));
    }

    @Test
    void changeStatus_recordsTheHistory() {
        CustomerRelationship r = friends().changeStatus(RelationshipStatus.FAIR, NOW.plusSeconds(1))
                .changeStatus(RelationshipStatus.GOOD, NOW.plusSeconds(2));
        assertEquals(List.of(new StatusChange(RelationshipStatus.GOOD, RelationshipStatus.FAIR, NOW.plusSeconds(1)),
                new StatusChange(RelationshipStatus.FAIR, RelationshipStatus.GOOD, NOW.plusSeconds(2))), r.history());
        assertEquals(RelationshipStatus.GOOD, r.status());
        assertEquals(NOW.plusSeconds(2), r.updatedAt());
    }

    @Test
    void changeStatus_toTheCurrentStatusChangesNothing() {
        CustomerRelationship r = friends();
        assertSame(r, r.changeStatus(RelationshipStatus.GOOD, NOW.plusSeconds(1)));
    }

    @Test
    void deterioratedBetween_onlyChangesForTheWorseInThePeriod() {
        CustomerRelationship r = friends().changeStatus(RelationshipStatus.DETERIORATING, NOW.plusSeconds(10))
                .changeStatus(RelationshipStatus.FAIR, NOW.plusSeconds(20));
        assertTrue(r.deterioratedBetween(NOW.plusSeconds(10), NOW.plusSeconds(11)));
        assertFalse(r.deterioratedBetween(NOW.plusSeconds(11), NOW.plusSeconds(30)));
        assertFalse(r.deterioratedBetween(NOW, NOW.plusSeconds(10)));
    }

    @Test
    void otherThan_notAnEnd() {
        assertEquals(BOB, friends().otherThan(ANN));
        assertEquals(ANN, friends().otherThan(BOB));
        CustomerId carl = new CustomerId(new UUID(0, 103));
        assertThrows(IllegalArgumentException.class, () -> friends().otherThan(carl));
    }

    @Test
    void constructor_statusDisagreesWithHistory() {
        List<StatusChange> history = List.of(new StatusChange(RelationshipStatus.GOOD, RelationshipStatus.FAIR, NOW));
        assertThrows(IllegalArgumentException.class, () -> new CustomerRelationship(ID, ANN, BOB,
                RelationshipType.FRIEND, RelationshipStatus.GOOD, MARCH_1, Optional.empty(), history, NOW, NOW, 0));
    }

    @Test
    void key_symmetricInWrongOrder() {
        CustomerId larger = new CustomerId(new UUID(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new RelationshipKey(RelationshipType.FRIEND, larger, ANN));
        assertEquals(new RelationshipKey(RelationshipType.CLIENT, larger, ANN),
                RelationshipKey.of(RelationshipType.CLIENT, larger, ANN));
    }

    @Test
    void path_linksThatDoNotChain() {
        CustomerId carl = new CustomerId(new UUID(0, 103));
        assertThrows(IllegalArgumentException.class,
                () -> new RelationshipPath(List.of(ANN, carl), List.of(friends())));
        assertThrows(IllegalArgumentException.class, () -> new RelationshipPath(List.of(), List.of()));
        assertEquals(1, new RelationshipPath(List.of(BOB, ANN), List.of(friends())).length());
    }

    @Test
    void neighbourQuery_typesStatusesAndDay() {
        CustomerRelationship fair = friends().changeStatus(RelationshipStatus.FAIR, NOW);
        assertTrue(NeighbourQuery.all().matches(fair, MARCH_1));
        assertFalse(NeighbourQuery.all().matches(fair, MARCH_1.minusDays(1)));
        assertTrue(NeighbourQuery.ofType(RelationshipType.FRIEND).matches(fair, MARCH_1));
        assertFalse(NeighbourQuery.ofType(RelationshipType.CLIENT).matches(fair, MARCH_1));
        assertFalse(NeighbourQuery.inStatus(RelationshipStatus.GOOD).matches(fair, MARCH_1));
    }

    @Test
    void statusChange_toTheSameStatus() {
        assertThrows(IllegalArgumentException.class,
                () -> new StatusChange(RelationshipStatus.FAIR, RelationshipStatus.FAIR, NOW));
    }
}
