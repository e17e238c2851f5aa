package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of K-means over seeded random data, including integer grids full of ties and duplicate rows. Fixed
 * QuickTheories seed; the data of a case is drawn from its own {@code seed}, so a failure prints a case that
 * reproduces it.
 */
class KMeansPropertyTest {

    private static final long SEED = 20261125L;

    /** Uniform data of n rows and d columns on a grid of {@code levels} values (0: continuous). */
    record Grid(long seed, int n, int d, int k, int levels, boolean refine) {

        double[][] x() {
            return Blobs.uniform(seed, n, d, levels);
        }

        boolean hasKDistinctRows() {
            return Blobs.distinctRows(x()) >= k;
        }
    }

    private static Gen<Grid> grids(int maxN, int maxD, int maxK, int maxLevels) {
        Gen<Long> seeds = longs().all();
        Gen<Integer> n = integers().between(2, maxN);
        Gen<Integer> d = integers().between(1, maxD);
        Gen<Integer> k = integers().between(1, maxK);
        Gen<Integer> levels = integers().between(0, maxLevels);
        Gen<Boolean> refine = booleans().all();
        return in -> new Grid(seeds.generate(in), n.generate(in), d.generate(in), k.generate(in),
                levels.generate(in), refine.generate(in));
    }

    @Test
    void fit_hamerlyAndElkan_sameAssignmentsAsLloyd() {
        qt().withFixedSeed(SEED).withExamples(150).forAll(grids(300, 12, 9, 6)).assuming(Grid::hasKDistinctRows)
                .checkAssert(KMeansPropertyTest::hamerlyAndElkanAgreeWithLloyd);
    }

    private static void hamerlyAndElkanAgreeWithLloyd(Grid grid) {
        long seed = grid.seed();
        int k = grid.k();
        boolean refine = grid.refine();
        double[][] x = grid.x();
        KMeans.Options options = KMeans.Options.of(k).withSeed(seed).withRestarts(2).withThreads(1)
                .withRefinement(refine);

        KMeansModel lloyd = KMeans.fit(x, options.withAlgorithm(KMeans.Algorithm.LLOYD));
        for (KMeans.Algorithm fast : new KMeans.Algorithm[] {KMeans.Algorithm.HAMERLY, KMeans.Algorithm.ELKAN}) {
            KMeansModel other = KMeans.fit(x, options.withAlgorithm(fast));

            assertArrayEquals(lloyd.labels(), other.labels(), fast.name());
            assertArrayEquals(lloyd.centroids(), other.centroids(), fast.name());
            assertEquals(lloyd.inertia(), other.inertia(), fast.name());
            assertEquals(lloyd.iterations(), other.iterations(), fast.name());
        }
    }

    @Test
    void fit_threadCount_doesNotChangeTheModel() {
        qt().withFixedSeed(SEED).withExamples(20)
                .forAll(longs().all(), integers().between(1025, 6000), integers().between(1, 8),
                        integers().between(2, 4))
                .checkAssert(KMeansPropertyTest::threadCountDoesNotChangeTheModel);
    }

    private static void threadCountDoesNotChangeTheModel(long seed, int n, int k, int threads) {
        double[][] x = Blobs.gaussian(seed, n, 3, 5, 6.0);
        KMeans.Options options = KMeans.Options.of(k).withSeed(seed).withRestarts(2);

        KMeansModel one = KMeans.fit(x, options.withThreads(1));
        KMeansModel many = KMeans.fit(x, options.withThreads(threads));

        assertArrayEquals(one.labels(), many.labels());
        assertArrayEquals(one.centroids(), many.centroids());
        assertEquals(one.inertia(), many.inertia());
    }

    @Test
    void fit_anyData_labelsNearestAndSizesConsistent() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(grids(200, 5, 6, 4)).assuming(Grid::hasKDistinctRows)
                .checkAssert(KMeansPropertyTest::labelsNearestAndSizesConsistent);
    }

    private static void labelsNearestAndSizesConsistent(Grid grid) {
        long seed = grid.seed();
        int n = grid.n();
        int k = grid.k();
        double[][] x = grid.x();

        KMeansModel m = KMeans.fit(x, KMeans.Options.of(k).withSeed(seed).withRestarts(1).withThreads(1));

        double[][] c = m.centroids();
        int[] labels = m.labels();
        int[] sizes = new int[k];
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            sizes[labels[i]]++;
            double own = KMeansContractTest.squared(x[i], c[labels[i]]);
            inertia += own;
            for (double[] other : c) {
                assertTrue(own <= KMeansContractTest.squared(x[i], other));
            }
        }
        assertArrayEquals(sizes, m.clusterSizes());
        assertEquals(inertia, m.inertia(), 1e-9 * (1 + inertia));
    }

    @Test
    void silhouette_anyLabels_withinMinusOneAndOne() {
        qt().withFixedSeed(SEED).withExamples(100)
                .forAll(longs().all(), integers().between(3, 80), integers().between(2, 5))
                .assuming((seed, n, clusters) -> clusters <= n - 1)
                .checkAssert(KMeansPropertyTest::silhouetteWithinMinusOneAndOne);
    }

    private static void silhouetteWithinMinusOneAndOne(long seed, int n, int clusters) {
        double[][] x = Blobs.uniform(seed, n, 2, 0);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % clusters;
        }

        double s = ClusterQuality.silhouette(x, labels);

        assertTrue(s >= -1 && s <= 1, "silhouette " + s);
    }
}
