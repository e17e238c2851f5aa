package org.crm4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class LifecycleStageTest {

    @Test
    void next_everyStage_followsTheDocumentedTable() {
        assertEquals(EnumSet.of(LifecycleStage.ACTIVE), LifecycleStage.PROSPECT.next());
        assertEquals(EnumSet.of(LifecycleStage.LOYAL, LifecycleStage.AT_RISK), LifecycleStage.ACTIVE.next());
        assertEquals(EnumSet.of(LifecycleStage.AT_RISK), LifecycleStage.LOYAL.next());
        assertEquals(EnumSet.of(LifecycleStage.ACTIVE, LifecycleStage.CHURNED), LifecycleStage.AT_RISK.next());
        assertEquals(EnumSet.of(LifecycleStage.ACTIVE), LifecycleStage.CHURNED.next());
    }

    @Test
    void canMoveTo_sameStage_isFalse() {
        for (LifecycleStage stage : LifecycleStage.values()) {
            assertFalse(stage.canMoveTo(stage), stage::name);
        }
    }

    @Test
    void stageChange_illegalTransition_namesTheAllowedTargets() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new StageChange(LifecycleStage.PROSPECT, LifecycleStage.CHURNED, Instant.EPOCH));

        assertEquals("stage", e.field());
        assertEquals("must move from PROSPECT to one of [ACTIVE]", e.rule());
    }

    @Test
    void next_returnsACopy() {
        Set<LifecycleStage> next = LifecycleStage.PROSPECT.next();
        next.clear();

        assertEquals(EnumSet.of(LifecycleStage.ACTIVE), LifecycleStage.PROSPECT.next());
    }

    @Test
    void moveTo_randomTargets_acceptsExactlyTheLegalOnesAndRecordsThem() {
        qt().withFixedSeed(20260302L).withExamples(300)
                .forAll(lists().of(Generate.enumValues(LifecycleStage.class)).ofSizeBetween(0, 12))
                .checkAssert(LifecycleStageTest::movesExactlyTheLegalOnes);
    }

    private static void movesExactlyTheLegalOnes(List<LifecycleStage> targets) {
        Instant now = Instant.parse("2026-03-02T10:15:30Z");
        Customer customer = Customer.register(new CustomerId(new UUID(0, 1)), "Ada",
                EmailAddress.of("ada@example.org"), null, null, null, Set.of(), now);
        int accepted = 0;
        for (LifecycleStage target : targets) {
            LifecycleStage before = customer.stage();
            if (before.canMoveTo(target)) {
                customer = customer.moveTo(target, now);
                accepted++;
                assertEquals(target, customer.stage());
            } else {
                Customer unchanged = customer;
                assertThrows(ValidationException.class, () -> unchanged.moveTo(target, now));
            }
        }
        assertEquals(accepted, customer.stageHistory().size());
    }
}
