package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each rule of {@link SegmentLabels}, at and beside its thresholds. */
class SegmentLabelsTest {

    @Test
    void recentFrequentBigSpenders_areChampions() {
        assertEquals("Champions", SegmentLabels.of(-0.1, 0.5, 0.5, 3));
    }

    @Test
    void recentFrequentButNotBig_areLoyal() {
        assertEquals("Loyal", SegmentLabels.of(-0.1, 0.5, 0.49, 3));
        assertEquals("Loyal", SegmentLabels.of(-2, 0.0, 3, 3));
    }

    @Test
    void recentRareSingleBuyers_areNew() {
        assertEquals("New", SegmentLabels.of(-0.1, -0.01, 2, 1.49));
        assertEquals("New", SegmentLabels.of(-3, -2, -2, 1.0));
    }

    @Test
    void recentRareRepeatBuyers_areOccasional() {
        assertEquals("Occasional", SegmentLabels.of(-0.1, -0.01, 2, 1.5));
        assertEquals("Occasional", SegmentLabels.of(-0.4, -0.9, -0.8, 3.0));
    }

    @Test
    void purchasesDoNotNameLapsedOrFrequentSegments() {
        assertEquals("Hibernating", SegmentLabels.of(0.0, -0.01, -0.01, 1.0));
        assertEquals("Loyal", SegmentLabels.of(-0.1, 0.0, 0.0, 1.0));
    }

    @Test
    void lapsedFrequentOrBig_areAtRisk() {
        assertEquals("At risk", SegmentLabels.of(0.0, 0.0, -1, 3));
        assertEquals("At risk", SegmentLabels.of(1.5, -1, 0.0, 3));
    }

    @Test
    void lapsedRareSmall_areHibernating() {
        assertEquals("Hibernating", SegmentLabels.of(0.0, -0.01, -0.01, 3));
    }
}
