package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The shape every crm4j algorithm shares (crm-analytics/README.md, "How every algorithm looks"), checked for the
 * clustering family: {@code fit(data, Options)} plus a short overload, validated options with {@code with...}
 * copies, an immutable model, the convergence policy ({@code converged()}, {@code iterations()}, {@code strict})
 * and {@code threads} (0 = all processors, results independent of it).
 */
class ClusterShapeTest {

    private static final double[][] IRIS = Datasets.iris().x();

    @Test
    void fit_shortOverload_isFitWithDefaultOptions() {
        assertArrayEquals(KMeans.fit(IRIS, KMeans.Options.of(3)).labels(), KMeans.fit(IRIS, 3).labels());
        assertEquals(KMeans.Options.of(8), KMeans.Options.defaults());
    }

    @Test
    void options_defaults_followTheModuleConventions() {
        KMeans.Options o = KMeans.Options.of(3);

        assertEquals(0, o.threads());
        assertEquals(42L, o.seed());
        assertEquals(KMeans.DEFAULT_SEED, o.seed());
        assertFalse(o.strict());
        assertEquals(KMeans.Options.DEFAULT_BATCH_SIZE, o.batchSize());
    }

    @Test
    void options_withCopies_changeOneComponentAndLeaveTheOriginal() {
        KMeans.Options o = KMeans.Options.of(3);

        assertEquals(new KMeans.Options(4, 10, 300, 1e-4, 42L, 0, KMeans.Algorithm.AUTO, true, 1024, false),
                o.withK(4));
        assertEquals(5, o.withRestarts(5).restarts());
        assertEquals(7, o.withMaxIterations(7).maxIterations());
        assertEquals(1e-6, o.withTolerance(1e-6).tolerance());
        assertEquals(9L, o.withSeed(9L).seed());
        assertEquals(2, o.withThreads(2).threads());
        assertEquals(KMeans.Algorithm.ELKAN, o.withAlgorithm(KMeans.Algorithm.ELKAN).algorithm());
        assertFalse(o.withRefinement(false).refine());
        assertEquals(64, o.withBatchSize(64).batchSize());
        assertTrue(o.withStrict(true).strict());
        assertEquals(KMeans.Options.of(3), o);
    }

    @Test
    void options_invalid_refusedInTheConstructor() {
        assertThrows(IllegalArgumentException.class,
                () -> new KMeans.Options(0, 10, 300, 1e-4, 42L, 0, KMeans.Algorithm.AUTO, true, 1024, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KMeans.Options(3, 10, 300, 1e-4, 42L, -2, KMeans.Algorithm.AUTO, true, 1024, false));
        assertEquals("threads must be >= 0 (0: all available processors), was -2", e.getMessage());
    }

    @Test
    void model_isImmutable() {
        KMeansModel m = KMeans.fit(IRIS, 3);
        double within = m.withinClusterSumOfSquares()[0];

        m.withinClusterSumOfSquares()[0] = within + 1;

        assertEquals(within, m.withinClusterSumOfSquares()[0]);
    }

    @Test
    void fit_converges_reportsIterations() {
        KMeansModel m = KMeans.fit(IRIS, KMeans.Options.of(3).withStrict(true));

        assertTrue(m.converged());
        assertTrue(m.iterations() >= 2 && m.iterations() <= 300, "iterations " + m.iterations());
    }

    @Test
    void fit_budgetTooSmall_lenientReportsNotConverged() {
        KMeansModel m = KMeans.fit(IRIS, notEnough(KMeans.Options.of(3)));

        assertFalse(m.converged());
        assertEquals(1, m.iterations());
        assertTrue(m.summary().contains("NOT converged"), m.summary());
    }

    @Test
    void fit_budgetTooSmall_strictThrows() {
        ConvergenceException e = assertThrows(ConvergenceException.class,
                () -> KMeans.fit(IRIS, notEnough(KMeans.Options.of(3)).withStrict(true)));
        assertTrue(e.getMessage().startsWith("K-means (HAMERLY) did not converge in 1 iterations (maxIterations 1, "
                + "tolerance 0.0)"), e.getMessage());
    }

    @Test
    void miniBatch_convergedLenientAndStrict() {
        KMeans.Options options = KMeans.Options.of(3).withBatchSize(50);
        KMeansModel converged = MiniBatchKMeans.fit(IRIS, options.withStrict(true));
        KMeansModel lenient = MiniBatchKMeans.fit(IRIS, notEnough(options));

        assertTrue(converged.converged());
        assertFalse(lenient.converged());
        assertEquals(3, lenient.iterations()); // one pass of 150 rows in batches of 50
        ConvergenceException e = assertThrows(ConvergenceException.class,
                () -> MiniBatchKMeans.fit(IRIS, notEnough(options).withStrict(true)));
        assertTrue(e.getMessage().startsWith("mini-batch K-means did not converge in 3 iterations"), e.getMessage());
    }

    @Test
    void fit_threadsZero_sameModelAsOneThread() {
        double[][] x = Blobs.gaussian(3, 5000, 4, 5, 1.0);
        KMeans.Options options = KMeans.Options.of(5).withRestarts(2);

        KMeansModel all = KMeans.fit(x, options.withThreads(0));
        KMeansModel one = KMeans.fit(x, options.withThreads(1));
        KMeansModel miniAll = MiniBatchKMeans.fit(x, options.withThreads(0));
        KMeansModel miniOne = MiniBatchKMeans.fit(x, options.withThreads(1));

        assertArrayEquals(one.labels(), all.labels());
        assertArrayEquals(one.centroids(), all.centroids());
        assertEquals(one.inertia(), all.inertia());
        assertArrayEquals(miniOne.centroids(), miniAll.centroids());
    }

    @Test
    void summary_iris_matchesRsKmeans() throws IOException {
        Map<String, Double> r = rReference();
        KMeansModel m = KMeans.fit(IRIS, 3);
        int[] sizes = m.clusterSizes();
        double[] within = m.withinClusterSumOfSquares();
        Integer[] order = {0, 1, 2};
        Arrays.sort(order, (a, b) -> Integer.compare(sizes[a], sizes[b]));

        for (int i = 0; i < 3; i++) {
            assertEquals(r.get("size" + (i + 1)), sizes[order[i]]);
            assertEquals(r.get("withinss" + (i + 1)), within[order[i]], 1e-9);
        }
        assertEquals(r.get("totss"), m.totalSumOfSquares(), 1e-9);
        assertEquals(r.get("betweenss"), m.betweenSumOfSquares(), 1e-9);
        String s = m.summary();
        assertTrue(s.startsWith("K-means clustering with 3 clusters of sizes "), s);
        assertTrue(s.contains("Within cluster sum of squares (inertia): 78.8514"), s);
        assertTrue(s.contains("Between SS: 602.519, total SS: 681.371 (between_SS / total_SS = 88.4 %)"), s);
        assertTrue(s.contains("15.1510"), s);
        assertTrue(s.contains("converged"), s);
    }

    /** One iteration, no tolerance stop and no refinement: Lloyd cannot settle on iris. */
    private static KMeans.Options notEnough(KMeans.Options options) {
        return options.withMaxIterations(1).withTolerance(0).withRefinement(false);
    }

    private static Map<String, Double> rReference() throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (InputStream in = ClusterShapeTest.class.getResourceAsStream("/cluster/kmeans_iris_r.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.startsWith("quantity")) {
                    String[] parts = line.split(",");
                    values.put(parts[0], Double.valueOf(parts[1]));
                }
            }
        }
        return values;
    }
}
