package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KSelectionTest {

    @Test
    void selectK_fourSeparatedBlobs_bothCriteriaChooseFour() {
        double[][] x = Blobs.gaussian(11, 240, 2, 4, 1.5);

        KSelection sel = KMeans.selectK(x, 2, 7, KMeans.Options.of(2).withThreads(1));

        assertEquals(4, sel.silhouetteK());
        assertEquals(4, sel.elbowK());
        assertArrayEquals(new int[] {2, 3, 4, 5, 6, 7}, sel.ks());
        assertEquals(sel.model(4).inertia(), sel.inertias()[2]);
        assertEquals(ClusterQuality.silhouette(x, sel.model(5).labels()), sel.silhouettes()[3]);
        assertTrue(sel.summary().contains("silhouette choice k = 4, elbow choice k = 4"), sel.summary());
    }

    @Test
    void selectK_inertias_decreaseWithK() {
        double[][] x = Blobs.uniform(5, 150, 3, 0);

        double[] inertias = KMeans.selectK(x, 2, 6, KMeans.Options.of(2).withThreads(1)).inertias();

        for (int i = 1; i < inertias.length; i++) {
            assertTrue(inertias[i] < inertias[i - 1], "k = " + (i + 2));
        }
    }

    @Test
    void model_kNotTried() {
        KSelection sel = KMeans.selectK(Blobs.uniform(5, 30, 2, 0), 2, 3, KMeans.Options.of(2).withThreads(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sel.model(4));
        assertEquals("k must be in [2, 3], was 4", e.getMessage());
    }
}
