package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * What every assignment kernel must give: run by {@link LloydKMeansTest}, {@link HamerlyKMeansTest} and
 * {@link ElkanKMeansTest}. Expected values are computed here from the definitions, never by the code under test.
 */
abstract class KMeansContractTest {

    /** @return the algorithm under test */
    abstract KMeans.Algorithm algorithm();

    private KMeans.Options options(int k) {
        return KMeans.Options.of(k).withAlgorithm(algorithm()).withThreads(2);
    }

    @Test
    void fit_separatedBlobs_oneClusterPerBlob() {
        double[][] x = Blobs.gaussian(1, 400, 3, 4, 1.0);

        KMeansModel m = KMeans.fit(x, options(4));

        int[] labels = m.labels();
        for (int i = 4; i < x.length; i++) {
            assertEquals(labels[i % 4], labels[i], "row " + i);
        }
        assertEquals(4, Arrays.stream(labels, 0, 4).distinct().count());
        assertArrayEquals(new int[] {100, 100, 100, 100}, m.clusterSizes());
        assertTrue(m.converged());
        assertEquals(algorithm(), m.algorithm());
    }

    @Test
    void fit_iris_labelsAreNearestCentroids() {
        double[][] x = Datasets.iris().x();

        KMeansModel m = KMeans.fit(x, options(5));

        double[][] c = m.centroids();
        int[] labels = m.labels();
        for (int i = 0; i < x.length; i++) {
            double own = squared(x[i], c[labels[i]]);
            for (double[] other : c) {
                assertTrue(own <= squared(x[i], other), "row " + i);
            }
        }
    }

    @Test
    void fit_iris_centroidsAreClusterMeans() {
        double[][] x = Datasets.iris().x();

        KMeansModel m = KMeans.fit(x, options(4));

        double[][] c = m.centroids();
        int[] labels = m.labels();
        for (int cluster = 0; cluster < 4; cluster++) {
            double[] mean = new double[4];
            int size = 0;
            for (int i = 0; i < x.length; i++) {
                if (labels[i] == cluster) {
                    size++;
                    for (int j = 0; j < 4; j++) {
                        mean[j] += x[i][j];
                    }
                }
            }
            for (int j = 0; j < 4; j++) {
                assertEquals(mean[j] / size, c[cluster][j], 1e-12);
            }
            assertEquals(size, m.clusterSizes()[cluster]);
        }
    }

    @Test
    void fit_wine_inertiaIsSumOfSquaredDistances() {
        double[][] x = Datasets.wine().x();

        KMeansModel m = KMeans.fit(x, options(6));

        double[][] c = m.centroids();
        int[] labels = m.labels();
        double inertia = 0;
        for (int i = 0; i < x.length; i++) {
            inertia += squared(x[i], c[labels[i]]);
        }
        assertEquals(inertia, m.inertia(), 1e-9 * inertia);
    }

    @Test
    void fit_iris_inertiaAtMostScikitLearns() {
        double sklearn = References.value("iris", 3, "inertia_seed0");

        double ours = KMeans.fit(Datasets.iris().x(), options(3)).inertia();

        assertTrue(ours <= sklearn * (1 + 1e-6), ours + " > " + sklearn);
    }

    @Test
    void fit_kOne_centroidIsTheMean() {
        double[][] x = {{1, 2}, {3, 6}, {5, 1}, {7, 3}};

        KMeansModel m = KMeans.fit(x, options(1));

        assertArrayEquals(new double[] {4, 3}, m.centroids()[0], 1e-15);
        assertEquals(9 + 1 + 1 + 9 + 1 + 4 + 9 + 0, m.inertia(), 1e-12);
        assertArrayEquals(new int[] {0, 0, 0, 0}, m.labels());
    }

    @Test
    void fit_kEqualsDistinctRows_inertiaZero() {
        double[][] x = {{0, 0}, {1, 0}, {0, 1}, {1, 0}, {5, 5}, {0, 0}};

        KMeansModel m = KMeans.fit(x, options(4));

        assertEquals(0, m.inertia());
        assertEquals(m.labels()[1], m.labels()[3]);
        assertEquals(m.labels()[0], m.labels()[5]);
        assertEquals(4, Arrays.stream(m.labels()).distinct().count());
    }

    @Test
    void fit_sameSeed_sameModel() {
        double[][] x = Datasets.iris().x();

        KMeansModel a = KMeans.fit(x, options(5).withSeed(7));
        KMeansModel b = KMeans.fit(x, options(5).withSeed(7));

        assertArrayEquals(a.labels(), b.labels());
        assertEquals(a.inertia(), b.inertia());
        assertArrayEquals(a.centroids(), b.centroids());
    }

    @Test
    void fit_oneOrThreeThreads_identicalModels() {
        double[][] x = Blobs.gaussian(3, 5000, 4, 6, 8.0);

        KMeansModel one = KMeans.fit(x, options(6).withThreads(1).withRestarts(3));
        KMeansModel three = KMeans.fit(x, options(6).withThreads(3).withRestarts(3));

        assertArrayEquals(one.labels(), three.labels());
        assertArrayEquals(one.centroids(), three.centroids());
        assertEquals(one.inertia(), three.inertia());
        assertEquals(one.iterations(), three.iterations());
    }

    @Test
    void fit_refinement_neverWorseThanPlainLloyd() {
        double[][] x = Datasets.wine().x();
        for (long seed = 0; seed < 5; seed++) {
            KMeans.Options o = options(8).withRestarts(1).withSeed(seed);

            double plain = KMeans.fit(x, o.withRefinement(false)).inertia();
            double refined = KMeans.fit(x, o).inertia();

            assertTrue(refined <= plain, "seed " + seed + ": " + refined + " > " + plain);
        }
    }

    @Test
    void fit_input_notModified() {
        double[][] x = Datasets.iris().x();
        double[][] copy = Arrays.stream(x).map(double[]::clone).toArray(double[][]::new);

        KMeans.fit(x, options(3));

        assertArrayEquals(copy, x);
    }

    @Test
    void predict_trainingRows_giveTheirLabels() {
        double[][] x = Datasets.iris().x();

        KMeansModel m = KMeans.fit(x, options(3));

        assertArrayEquals(m.labels(), m.predict(x));
        assertEquals(m.labels()[17], m.predict(x[17]));
    }

    @Test
    void iterations_emptyClusterFromSeeds_reseededAtFarthestRow() {
        double[] x = {0, 1, 10, 11};
        double[] seeds = {0.5, 10.5, 100};
        AssignmentKernel kernel = AssignmentKernel.create(algorithm(), x, 4, 1, 3, 11);
        try (ChunkExecutor executor = new ChunkExecutor(4, 1)) {

            LloydIterations run = LloydIterations.run(x, 4, 1, 3, seeds, kernel, executor, 300, 0);

            assertEquals(0.5, run.inertia, 1e-15);
            assertEquals(3, Arrays.stream(run.labels).distinct().count());
            assertTrue(run.converged);
        }
    }

    @Test
    void model_arrays_areDefensiveCopies() {
        KMeansModel m = KMeans.fit(Datasets.iris().x(), options(3));
        double before = m.centroids()[0][0];
        int label = m.labels()[0];
        int size = m.clusterSizes()[0];

        m.centroids()[0][0] = before + 1;
        m.labels()[0] = label + 1;
        m.clusterSizes()[0] = size + 1;

        assertEquals(before, m.centroids()[0][0]);
        assertEquals(label, m.labels()[0]);
        assertEquals(size, m.clusterSizes()[0]);
        assertNotEquals("", m.summary());
        assertTrue(m.summary().contains("K-means clustering with 3 clusters of sizes"), m.summary());
        assertTrue(m.toString().startsWith("KMeansModel[k=3, d=4, n=150"), m.toString());
    }

    static double squared(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += (a[j] - b[j]) * (a[j] - b[j]);
        }
        return s;
    }
}
