package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

class MiniBatchKMeansTest {

    @Test
    void fit_separatedBlobs_sameInertiaAsExact() {
        double[][] x = Blobs.gaussian(21, 6000, 4, 6, 1.0);
        KMeans.Options options = KMeans.Options.of(6).withThreads(2).withRestarts(3);

        double exact = KMeans.fit(x, options).inertia();
        KMeansModel mini = MiniBatchKMeans.fit(x, options.withBatchSize(256));

        assertEquals(exact, mini.inertia(), 0.01 * exact);
        assertEquals(KMeans.Algorithm.MINI_BATCH, mini.algorithm());
    }

    @Test
    void fit_digits_medianInertiaOfTenSeedsNearScikitLearns() {
        double[][] x = Datasets.digits().x();
        double sklearn = References.value("digits", 10, "minibatch_median");
        double[] inertias = new double[10];

        for (int seed = 0; seed < 10; seed++) {
            inertias[seed] = MiniBatchKMeans.fit(x,
                    KMeans.Options.of(10).withRestarts(3).withSeed(seed).withThreads(2).withBatchSize(256)).inertia();
        }

        Arrays.sort(inertias);
        double median = (inertias[4] + inertias[5]) / 2;
        assertTrue(median <= 1.02 * sklearn, median + " vs scikit-learn's " + sklearn);
    }

    @Test
    void fit_result_labelsNearestAndInertiaConsistent() {
        double[][] x = Datasets.wine().x();

        KMeansModel m = MiniBatchKMeans.fit(x, KMeans.Options.of(4).withThreads(1).withBatchSize(32));

        double[][] c = m.centroids();
        int[] labels = m.labels();
        double inertia = 0;
        for (int i = 0; i < x.length; i++) {
            double own = KMeansContractTest.squared(x[i], c[labels[i]]);
            inertia += own;
            for (double[] other : c) {
                assertTrue(own <= KMeansContractTest.squared(x[i], other));
            }
        }
        assertEquals(inertia, m.inertia(), 1e-9 * inertia);
    }

    @Test
    void fit_oneOrThreeThreads_identicalModels() {
        double[][] x = Blobs.gaussian(4, 5000, 3, 4, 5.0);
        KMeans.Options options = KMeans.Options.of(4).withSeed(9);

        KMeansModel one = MiniBatchKMeans.fit(x, options.withThreads(1).withBatchSize(100));
        KMeansModel three = MiniBatchKMeans.fit(x, options.withThreads(3).withBatchSize(100));

        assertArrayEquals(one.labels(), three.labels());
        assertArrayEquals(one.centroids(), three.centroids());
        assertEquals(one.iterations(), three.iterations());
    }

    @Test
    void fit_batchSizeZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KMeans.Options.of(3).withBatchSize(0));
        assertEquals("batchSize must be >= 1, was 0", e.getMessage());
    }

    @Test
    void fit_kAboveDistinctRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MiniBatchKMeans.fit(new double[][] {{1}, {1}, {2}}, KMeans.Options.of(3).withBatchSize(2)));
        assertEquals("k must be in [1, 2] (number of distinct rows), was 3", e.getMessage());
    }

    @Test
    void kmeansFit_miniBatchAlgorithm_sameModelAsMiniBatchKMeans() {
        double[][] x = Datasets.iris().x();
        KMeans.Options options = KMeans.Options.of(3).withBatchSize(50).withSeed(5);

        KMeansModel viaKMeans = KMeans.fit(x, options.withAlgorithm(KMeans.Algorithm.MINI_BATCH));
        KMeansModel direct = MiniBatchKMeans.fit(x, options);

        assertEquals(KMeans.Algorithm.MINI_BATCH, viaKMeans.algorithm());
        assertArrayEquals(direct.labels(), viaKMeans.labels());
        assertArrayEquals(direct.centroids(), viaKMeans.centroids());
        assertEquals(KMeans.Algorithm.MINI_BATCH, direct.options().algorithm());
    }

    @Test
    void fit_shortOverload_usesDefaults() {
        double[][] x = Datasets.iris().x();

        assertArrayEquals(MiniBatchKMeans.fit(x, KMeans.Options.of(3)).labels(), MiniBatchKMeans.fit(x, 3).labels());
    }
}
