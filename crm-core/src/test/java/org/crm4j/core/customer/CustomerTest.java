package org.crm4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    private static Customer bornOn(LocalDate date) {
        return Customer.register(new CustomerId(new UUID(0, 1)), "Ada", EmailAddress.of("ada@example.org"),
                null, date, null, Set.of(), NOW);
    }

    @Test
    void age_dayBeforeBirthday_isTheYearsCompleted() {
        assertEquals(Optional.of(29), bornOn(LocalDate.of(1996, 3, 3)).age(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void age_onBirthday_countsTheNewYear() {
        assertEquals(Optional.of(30), bornOn(LocalDate.of(1996, 3, 2)).age(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void age_unknownDateOfBirth_isEmpty() {
        assertEquals(Optional.empty(), bornOn(null).age(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void register_missingGender_isUndisclosed() {
        assertEquals(Gender.UNDISCLOSED, bornOn(null).gender());
    }

    @Test
    void new_stageDifferentFromTheLastChange_isRefused() {
        Customer ada = bornOn(null).moveTo(LifecycleStage.ACTIVE, NOW);

        ValidationException e = assertThrows(ValidationException.class, () -> new Customer(ada.id(), ada.name(),
                ada.email(), ada.phone(), ada.dateOfBirth(), ada.gender(), LifecycleStage.LOYAL, ada.stageHistory(),
                Map.of(), Set.of(), true, NOW, NOW, 0));

        assertEquals("stage", e.field());
    }

    @Test
    void new_nameLongerThan200Characters_isRefused() {
        assertEquals("must be at most 200 characters", assertThrows(ValidationException.class,
                () -> Customer.register(new CustomerId(new UUID(0, 1)), "x".repeat(201),
                        EmailAddress.of("ada@example.org"), null, null, null, Set.of(), NOW)).rule());
    }

    @Test
    void stageHistory_isUnmodifiable() {
        List<StageChange> history = bornOn(null).moveTo(LifecycleStage.ACTIVE, NOW).stageHistory();

        assertThrows(UnsupportedOperationException.class, history::clear);
    }
}
