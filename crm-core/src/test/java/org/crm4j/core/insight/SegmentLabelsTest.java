package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each rule of {@link SegmentLabels}, at and beside its thresholds. */
class SegmentLabelsTest {

    @Test
    void recentFrequentBigSpenders_areChampions() {
        assertEquals("Champions", SegmentLabels.of(-0.1, 0.5, 0.5));
    }

    @Test
    void recentFrequentButNotBig_areLoyal() {
        assertEquals("Loyal", SegmentLabels.of(-0.1, 0.5, 0.49));
        assertEquals("Loyal", SegmentLabels.of(-2, 0.0, 3));
    }

    @Test
    void recentButRare_areNew() {
        assertEquals("New", SegmentLabels.of(-0.1, -0.01, 2));
    }

    @Test
    void lapsedFrequentOrBig_areAtRisk() {
        assertEquals("At risk", SegmentLabels.of(0.0, 0.0, -1));
        assertEquals("At risk", SegmentLabels.of(1.5, -1, 0.0));
    }

    @Test
    void lapsedRareSmall_areHibernating() {
        assertEquals("Hibernating", SegmentLabels.of(0.0, -0.01, -0.01));
    }
}
