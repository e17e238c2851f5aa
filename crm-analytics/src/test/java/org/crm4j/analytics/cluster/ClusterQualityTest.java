package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Hand-computed values of the quality measures, and one test per invalid argument. */
class ClusterQualityTest {

    /** Two pairs on a line: {0, 1} and {10, 11}, labelled with arbitrary ints. */
    private static final double[][] LINE = {{0}, {1}, {10}, {11}};
    private static final int[] PAIRS = {7, 7, -3, -3};

    @Test
    void silhouette_twoPairs_handComputed() {
        // rows 0 and 11: a = 1, b = 10.5; rows 1 and 10: a = 1, b = 9.5
        double expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
        assertEquals(expected, ClusterQuality.silhouette(LINE, PAIRS), 1e-15);
    }

    @Test
    void silhouette_singletonCluster_countsAsZero() {
        double[][] x = {{0}, {1}, {10}};
        // rows 0, 1: a = 1, b = 10 and 9; row 10 alone: 0
        double expected = (9.0 / 10 + 8.0 / 9 + 0) / 3;
        assertEquals(expected, ClusterQuality.silhouette(x, new int[] {0, 0, 1}), 1e-15);
    }

    @Test
    void daviesBouldin_twoPairs_handComputed() {
        // scatter 0.5 each, centroids 0.5 and 10.5: (0.5 + 0.5) / 10
        assertEquals(0.1, ClusterQuality.daviesBouldin(LINE, PAIRS), 1e-15);
    }

    @Test
    void calinskiHarabasz_twoPairs_handComputed() {
        // between 4 · 25 = 100, within 4 · 0.25 = 1: (100 / 1) / (1 / 2)
        assertEquals(200, ClusterQuality.calinskiHarabasz(LINE, PAIRS), 1e-12);
    }

    @Test
    void calinskiHarabasz_pointClusters_isOne() {
        double[][] x = {{0}, {0}, {5}};
        assertEquals(1, ClusterQuality.calinskiHarabasz(x, new int[] {0, 0, 1}));
    }

    @Test
    void daviesBouldin_pointClusters_isZero() {
        double[][] x = {{0}, {0}, {5}};
        assertEquals(0, ClusterQuality.daviesBouldin(x, new int[] {0, 0, 1}));
    }

    private static void fails(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void silhouette_nullLabels() {
        fails("labels must not be null", () -> ClusterQuality.silhouette(LINE, null));
    }

    @Test
    void silhouette_labelsOfWrongLength() {
        fails("labels must have length 4 (the number of rows of data), was 3",
                () -> ClusterQuality.silhouette(LINE, new int[] {0, 1, 1}));
    }

    @Test
    void silhouette_oneCluster() {
        fails("labels must have between 2 and n - 1 (3) distinct values, had 1",
                () -> ClusterQuality.silhouette(LINE, new int[] {2, 2, 2, 2}));
    }

    @Test
    void silhouette_everyRowItsOwnCluster() {
        fails("labels must have between 2 and n - 1 (3) distinct values, had 4",
                () -> ClusterQuality.silhouette(LINE, new int[] {0, 1, 2, 3}));
    }

    @Test
    void silhouette_nullData() {
        fails("data must not be null", () -> ClusterQuality.silhouette(null, PAIRS));
    }

    @Test
    void daviesBouldin_nanData() {
        fails("data[2][0] must be finite, was NaN",
                () -> ClusterQuality.daviesBouldin(new double[][] {{0}, {1}, {Double.NaN}, {3}}, PAIRS));
    }

    @Test
    void calinskiHarabasz_raggedData() {
        fails("data must be rectangular: row 1 has 2 columns, row 0 has 1",
                () -> ClusterQuality.calinskiHarabasz(new double[][] {{0}, {1, 2}, {3}, {4}}, PAIRS));
    }
}
