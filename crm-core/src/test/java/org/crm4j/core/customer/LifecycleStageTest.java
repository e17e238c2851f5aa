package org.crm4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.crm4j.core.ValidationException;
import org.junit.jupiter.api.Test;

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
}
