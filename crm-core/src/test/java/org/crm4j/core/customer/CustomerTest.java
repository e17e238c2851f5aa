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

    @Test
    void erase_replacesThePersonalFieldsAndKeepsIdHistoryAndVersion() {
        Customer ada = bornOn(LocalDate.of(1815, 12, 10)).recordConsent(Channel.EMAIL, true, NOW)
                .tag(Tag.of("vip"), NOW).moveTo(LifecycleStage.ACTIVE, NOW);
        Instant later = NOW.plusSeconds(60);

        Customer erased = ada.erase(later);

        assertEquals(ada.id(), erased.id());
        assertEquals(Customer.ERASED_NAME, erased.name());
        assertEquals("erased-" + ada.id().value() + "@erased.invalid", erased.email().value());
        assertEquals(Optional.empty(), erased.phone());
        assertEquals(Optional.empty(), erased.dateOfBirth());
        assertEquals(Gender.UNDISCLOSED, erased.gender());
        assertEquals(Set.of(), erased.tags());
        assertEquals(false, erased.active());
        assertEquals(Set.of(Channel.values()), erased.consents().keySet());
        erased.consents().values().forEach(consent -> assertEquals(false, consent.granted()));
        assertEquals(ada.stageHistory(), erased.stageHistory());
        assertEquals(ada.stage(), erased.stage());
        assertEquals(ada.version(), erased.version());
        assertEquals(later, erased.updatedAt());
        assertEquals(true, erased.erased());
        assertEquals(false, ada.erased());
        assertEquals(erased, erased.erase(later.plusSeconds(60)));
    }
}
