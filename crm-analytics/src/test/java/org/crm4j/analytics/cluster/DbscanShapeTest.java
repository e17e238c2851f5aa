package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The module's shape (crm-analytics/README.md, "How every algorithm looks") for DBSCAN: {@code fit(x, Options)}
 * plus a short overload, options validated in the record's constructor with {@code with...} copies, an immutable
 * model with a {@code summary()}. DBSCAN is not iterative and draws no random numbers, so it has no
 * {@code converged()}, {@code seed} or {@code strict}; it is single-threaded, so it has no {@code threads}.
 */
class DbscanShapeTest {

    private static final double[][] IRIS = Standardizer.fit(Datasets.iris().x()).transform(Datasets.iris().x());

    @Test
    void fit_shortOverload_isFitWithDefaultMinPoints() {
        assertArrayEquals(Dbscan.fit(IRIS, Dbscan.Options.of(0.6, 5)).labels(), Dbscan.fit(IRIS, 0.6).labels());
        assertEquals(Dbscan.Options.of(0.6, Dbscan.Options.DEFAULT_MIN_POINTS), Dbscan.Options.of(0.6));
    }

    @Test
    void options_withCopies_changeOneComponentAndLeaveTheOriginal() {
        Dbscan.Options o = Dbscan.Options.of(0.5, 4);

        assertEquals(new Dbscan.Options(0.7, 4), o.withEps(0.7));
        assertEquals(new Dbscan.Options(0.5, 9), o.withMinPoints(9));
        assertEquals(Dbscan.Options.of(0.5, 4), o);
    }

    @Test
    void options_invalid_refusedInTheConstructor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dbscan.Options(-1, 5));
        assertEquals("eps must be finite and > 0, was -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Dbscan.Options(1, -5));
    }

    @Test
    void model_isImmutable() {
        DbscanModel m = Dbscan.fit(IRIS, 0.6);
        int first = m.labels()[0];
        int firstCore = m.coreIndices()[0];
        int size = m.clusterSizes()[0];

        m.labels()[0] = 99;
        m.coreIndices()[0] = 99;
        m.clusterSizes()[0] = 99;

        assertEquals(first, m.labels()[0]);
        assertEquals(firstCore, m.coreIndices()[0]);
        assertEquals(size, m.clusterSizes()[0]);
    }

    @Test
    void fit_inputNotModified_andModelIndependentOfLaterWrites() {
        double[][] x = {{0, 0}, {0.5, 0}, {1, 0}, {9, 9}};
        DbscanModel m = Dbscan.fit(x, Dbscan.Options.of(0.6, 2));

        x[1][0] = 100; // the core points are copied: predict does not see this write

        assertEquals(0, m.predict(new double[] {0.5, 0.5}));
        assertArrayEquals(new int[] {0, 0, 0, -1}, m.labels());
    }

    @Test
    void summary_readsLikeR() {
        String s = Dbscan.fit(IRIS, Dbscan.Options.of(0.8, 4)).summary();

        assertEquals("DBSCAN clustering for 150 objects (d = 4)", s.lines().findFirst().orElseThrow());
        assertEquals(8, s.lines().count(), s); // title, parameters, counts, blank, table head, 2 clusters, noise
    }
}
