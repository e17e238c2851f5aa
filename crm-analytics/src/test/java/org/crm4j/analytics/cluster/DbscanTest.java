package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** DBSCAN's behaviour on small hand-made data, its eps suggestion, and one test per bad input. */
class DbscanTest {

    /** Two lines of five points one unit apart, ten units from each other, plus an outlier. */
    private static final double[][] LINES = {
        {0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0},
        {0, 10}, {1, 10}, {2, 10}, {3, 10}, {4, 10},
        {50, 50},
    };

    @Test
    void fit_twoLinesAndAnOutlier_twoClustersAndNoise() {
        DbscanModel m = Dbscan.fit(LINES, Dbscan.Options.of(1.0, 3));

        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, -1}, m.labels());
        assertArrayEquals(new int[] {1, 2, 3, 6, 7, 8}, m.coreIndices()); // line ends have 2 points within 1
        assertEquals(2, m.clusterCount());
        assertArrayEquals(new int[] {5, 5}, m.clusterSizes());
        assertEquals(1, m.noiseCount());
    }

    @Test
    void fit_minPointsCountsThePointItself() {
        double[][] pair = {{0, 0}, {1, 0}};

        assertEquals(1, Dbscan.fit(pair, Dbscan.Options.of(1.0, 2)).clusterCount());
        assertEquals(0, Dbscan.fit(pair, Dbscan.Options.of(1.0, 3)).clusterCount());
        assertArrayEquals(new int[] {0, 1}, Dbscan.fit(new double[][] {{0}, {5}}, Dbscan.Options.of(1.0, 1)).labels());
    }

    @Test
    void fit_epsBoundaryIncluded() {
        double[][] pair = {{0, 0}, {3, 4}};

        assertEquals(1, Dbscan.fit(pair, Dbscan.Options.of(5.0, 2)).clusterCount());
        assertEquals(0, Dbscan.fit(pair, Dbscan.Options.of(4.999999, 2)).clusterCount());
    }

    @Test
    void fit_borderPointBetweenTwoClusters_joinsTheLowerNumberedCluster() {
        // cores at x = 0, 1, 2 (cluster 0) and 6, 7, 8 (cluster 1); the row at x = 4 is within eps = 2 of the cores
        // 2 and 6 but has only three points (itself, 2 and 6) within eps, fewer than minPoints = 4.
        double[][] x = {{8}, {7}, {6}, {4}, {0}, {1}, {2}, {-1}, {9}};
        DbscanModel m = Dbscan.fit(x, Dbscan.Options.of(2.0, 4));

        int[] labels = m.labels();
        assertEquals(2, m.clusterCount());
        assertTrue(Arrays.stream(m.coreIndices()).noneMatch(i -> i == 3));
        assertEquals(labels[0], labels[3]); // the cluster of row 0 is numbered first
        assertEquals(0, labels[3]);
    }

    @Test
    void fit_duplicateRows_formACluster() {
        double[][] x = new double[40][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i < 20 ? 1.5 : -7.25, 3};
        }
        DbscanModel m = Dbscan.fit(x, Dbscan.Options.of(0.1, 20));

        assertEquals(2, m.clusterCount());
        assertEquals(40, m.coreIndices().length);
    }

    @Test
    void predict_nearestCoreWithinEps_elseNoise() {
        DbscanModel m = Dbscan.fit(LINES, Dbscan.Options.of(1.0, 3));

        assertEquals(0, m.predict(new double[] {2.5, 0.5}));
        assertEquals(1, m.predict(new double[] {3, 9.1}));
        assertEquals(Dbscan.NOISE, m.predict(new double[] {4.5, 0.95})); // the border point (4, 0) is not a core
        assertEquals(Dbscan.NOISE, m.predict(new double[] {50, 50}));
        assertEquals(0, m.predict(new double[] {2, 5 - 4.0})); // exactly eps from core (2, 0)
    }

    @Test
    void predict_equallyNearCores_smallestRowIndexWins() {
        // two clusters whose nearest cores (rows 2 and 3) are both exactly 1 from the point (5, 0)
        double[][] x = {{2, 0}, {3, 0}, {4, 0}, {6, 0}, {7, 0}, {8, 0}};
        DbscanModel m = Dbscan.fit(x, Dbscan.Options.of(1.0, 2));
        assertEquals(2, m.clusterCount());

        assertEquals(0, m.predict(new double[] {5, 0}));
    }

    @Test
    void predict_onTrainingRows_givesTheirClusterForCorePoints() {
        double[][] x = Blobs.gaussian(5, 600, 2, 3, 1.0);
        DbscanModel m = Dbscan.fit(x, Dbscan.Options.of(0.8, 5));
        int[] labels = m.labels();

        for (int i : m.coreIndices()) {
            assertEquals(labels[i], m.predict(x[i]));
        }
    }

    @Test
    void fit_allNoise_predictIsNoise() {
        DbscanModel m = Dbscan.fit(LINES, Dbscan.Options.of(0.5, 2));

        assertEquals(0, m.clusterCount());
        assertEquals(0, m.coreIndices().length);
        assertEquals(Dbscan.NOISE, m.predict(new double[] {0, 0}));
        assertTrue(m.summary().contains("0 cluster(s)"), m.summary());
    }

    @Test
    void suggestEps_plantedScale_liesBetweenClusterAndNoiseDistances() {
        // 3 blobs of 500 points, standard deviation 0.2, centres 20 apart, plus 60 uniform noise points on the
        // square [-20, 60]²: the 5-distances inside the blobs are about 0.05-0.2, those of the noise several units.
        SplittableRandom random = new SplittableRandom(7);
        double[][] blobs = Blobs.gaussian(11, 1500, 2, 3, 0.2);
        double[][] x = Arrays.copyOf(blobs, 1560);
        for (int i = 1500; i < x.length; i++) {
            x[i] = new double[] {-20 + 80 * random.nextDouble(), -20 + 80 * random.nextDouble()};
        }

        double eps = Dbscan.suggestEps(x, 5);
        DbscanModel m = Dbscan.fit(x, Dbscan.Options.of(eps, 5));

        assertTrue(eps > 0.1 && eps < 1.0, "eps " + eps);
        assertEquals(3, m.clusterCount(), m.summary());
        int inBlobs = 0;
        for (int i = 0; i < 1500; i++) {
            inBlobs += m.labels()[i] == Dbscan.NOISE ? 0 : 1;
        }
        assertTrue(inBlobs > 1450, "blob rows clustered " + inBlobs);
    }

    @Test
    void suggestEps_kDistanceIsTheMinPointsthNeighbourCountingItself() {
        double[][] x = {{0}, {1}, {3}, {6}, {10}, {15}, {21}, {28}};
        // 2-distances (nearest other point): 1, 1, 2, 3, 4, 5, 6, 7; straight after the first, the knee is the
        // first point of the sorted curve farthest below the chord: 1 (index 1)
        assertEquals(1.0, Dbscan.suggestEps(x, 2));
        assertEquals(0, Dbscan.knee(new double[] {0, 1, 2, 3}));
        assertEquals(2, Dbscan.knee(new double[] {0, 0.1, 0.2, 5}));
    }

    @Test
    void summary_listsParametersClustersAndNoise() {
        String s = Dbscan.fit(LINES, Dbscan.Options.of(1.0, 3)).summary();

        assertTrue(s.contains("eps = 1.0, minPoints = 3"), s);
        assertTrue(s.contains("2 cluster(s), 6 core point(s), 4 border point(s), 1 noise point(s)"), s);
    }

    // --- bad input: one test per rule (README "Bad input") ---

    @Test
    void fit_nullData() {
        assertMessage("x must not be null", () -> Dbscan.fit(null, Dbscan.Options.of(1.0, 3)));
    }

    @Test
    void fit_emptyData() {
        assertMessage("x must have at least one row, was empty", () -> Dbscan.fit(new double[0][], 1.0));
    }

    @Test
    void fit_raggedRows() {
        assertMessage("x must be rectangular: row 1 has 1 columns, row 0 has 2",
                () -> Dbscan.fit(new double[][] {{1, 2}, {3}}, 1.0));
    }

    @Test
    void fit_nanValue() {
        assertMessage("x[1][0] must be finite, was NaN", () -> Dbscan.fit(new double[][] {{1}, {Double.NaN}}, 1.0));
    }

    @Test
    void fit_nullOptions() {
        assertMessage("options must not be null", () -> Dbscan.fit(LINES, (Dbscan.Options) null));
    }

    @Test
    void options_epsNotPositiveOrNotFinite() {
        assertMessage("eps must be finite and > 0, was 0.0", () -> Dbscan.Options.of(0.0, 3));
        assertMessage("eps must be finite and > 0, was NaN", () -> Dbscan.Options.of(Double.NaN, 3));
        assertMessage("eps must be finite and > 0, was Infinity", () -> Dbscan.Options.of(1, 3).withEps(1 / 0.0));
    }

    @Test
    void options_minPointsBelowOne() {
        assertMessage("minPoints must be >= 1 (it counts the point itself), was 0", () -> Dbscan.Options.of(1.0, 0));
    }

    @Test
    void predict_wrongLengthOrNotFinite() {
        DbscanModel m = Dbscan.fit(LINES, Dbscan.Options.of(1.0, 3));

        assertMessage("point must have length 2 (the model's dimension), was 3", () -> m.predict(new double[3]));
        assertMessage("point[1] must be finite, was NaN", () -> m.predict(new double[] {0, Double.NaN}));
        assertMessage("point must not be null", () -> m.predict(null));
    }

    @Test
    void suggestEps_minPointsOutOfRange() {
        assertMessage("minPoints must be in [2, 11] (the number of rows; the point itself counts), was 12",
                () -> Dbscan.suggestEps(LINES, 12));
        assertMessage("minPoints must be in [2, 11] (the number of rows; the point itself counts), was 1",
                () -> Dbscan.suggestEps(LINES, 1));
    }

    @Test
    void suggestEps_invalidData() {
        assertMessage("x[0][0] must be finite, was Infinity",
                () -> Dbscan.suggestEps(new double[][] {{1 / 0.0}, {1}}, 2));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
