package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The pruned k-means++ seeding, the first assignment pass started from the seeding's bounds and Hartigan's cheaper
 * initial bounds change the cost of a fit, never its result: on seeded random data (continuous, and integer grids
 * full of ties and duplicate rows) every fit equals, bit for bit, the fit of main 5447d88 kept in the test tree
 * ({@link BaselineKMeans}, {@link BaselineKMeansPlusPlus}, {@link BaselineHartiganRefinement}).
 *
 * <p>Scope: the exact greedy k-means++, that is {@link KMeans.Options#EXACT_SEEDING} or data of at most
 * {@link KMeans.Options#seedingSample()} rows. A seeding that scores its candidates on a sample of fewer rows than
 * the data may choose other centres; for it this class checks that the bounds it hands to the kernels are exact for
 * the centres it chose ({@code KMeansReferenceTest} and {@code BENCHMARKS.md} check its quality).
 */
class KMeansSpeedUpEquivalenceTest {

    private static final long SEED = 20261204L;

    /** Uniform data of n rows and d columns on a grid of {@code levels} values (0: continuous). */
    record Case(long seed, int n, int d, int k, int levels, int threads) {

        double[][] x() {
            return levels < 0 ? Blobs.gaussian(seed, n, d, k, 0.5) : Blobs.uniform(seed, n, d, levels);
        }

        boolean hasKDistinctRows() {
            return Blobs.distinctRows(x()) >= k;
        }
    }

    private static Gen<Case> cases(int minN, int maxN) {
        Gen<Long> seeds = longs().all();
        Gen<Integer> n = integers().between(minN, maxN);
        Gen<Integer> d = integers().between(1, 9);
        Gen<Integer> k = integers().between(1, 12);
        Gen<Integer> levels = integers().between(-1, 5);
        Gen<Integer> threads = integers().between(1, 3);
        return in -> new Case(seeds.generate(in), n.generate(in), d.generate(in), k.generate(in),
                levels.generate(in), threads.generate(in));
    }

    @Test
    void seed_anyData_sameCentresAsTheUnprunedSeeding() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(cases(2, 3000)).assuming(Case::hasKDistinctRows)
                .checkAssert(KMeansSpeedUpEquivalenceTest::sameSeeds);
    }

    private static void sameSeeds(Case c) {
        double[] x = Distances.flatten(c.x());
        int n = c.n();
        int d = c.d();
        int k = c.k();
        try (ChunkExecutor executor = new ChunkExecutor(n, c.threads())) {
            KMeansPlusPlus.Seeding seeding = KMeansPlusPlus.seed(x, n, d, k, new SplittableRandom(c.seed()), executor);
            double[] plain = BaselineKMeansPlusPlus.seed(x, n, d, k, new SplittableRandom(c.seed()), executor);

            assertArrayEquals(plain, seeding.centers());
            for (int i = 0; i < n; i++) {
                int nearest = Distances.nearest(x, i * d, plain, k, d);
                double squared = Distances.squared(x, i * d, plain, nearest * d, d);
                assertEquals(nearest, seeding.nearest()[i], "nearest centre of row " + i);
                assertEquals(squared, seeding.squared()[i], "squared distance of row " + i);
                assertEquals(Math.sqrt(squared), seeding.distance()[i], "distance of row " + i);
            }
        }
    }

    @Test
    void seed_sampleOfAtLeastNRows_sameCentresAsTheUnprunedSeeding() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(cases(2, 600)).assuming(Case::hasKDistinctRows)
                .checkAssert(c -> {
                    double[] x = Distances.flatten(c.x());
                    try (ChunkExecutor executor = new ChunkExecutor(c.n(), c.threads())) {
                        KMeansPlusPlus.Seeding seeding = KMeansPlusPlus.seed(x, c.n(), c.d(), c.k(), c.n(),
                                new SplittableRandom(c.seed()), executor);
                        double[] plain = BaselineKMeansPlusPlus.seed(x, c.n(), c.d(), c.k(),
                                new SplittableRandom(c.seed()), executor);
                        assertArrayEquals(plain, seeding.centers());
                    }
                });
    }

    @Test
    void seed_sampledScoring_distinctDataRowsWithExactNearestCentres() {
        qt().withFixedSeed(SEED).withExamples(200).forAll(cases(20, 3000)).assuming(Case::hasKDistinctRows)
                .checkAssert(c -> {
                    double[] x = Distances.flatten(c.x());
                    int n = c.n();
                    int d = c.d();
                    int k = c.k();
                    try (ChunkExecutor executor = new ChunkExecutor(n, c.threads())) {
                        KMeansPlusPlus.Seeding seeding = KMeansPlusPlus.seed(x, n, d, k, 1 + n / 10,
                                new SplittableRandom(c.seed()), executor);
                        double[] centers = seeding.centers();
                        assertEquals(k, Blobs.distinctRows(KMeansSpeedUpEquivalenceTest.rows(centers, k, d)),
                                "distinct centres");
                        for (int i = 0; i < n; i++) {
                            int nearest = Distances.nearest(x, i * d, centers, k, d);
                            double squared = Distances.squared(x, i * d, centers, nearest * d, d);
                            assertEquals(squared, seeding.squared()[i], "squared distance of row " + i);
                            assertEquals(squared,
                                    Distances.squared(x, i * d, centers, seeding.nearest()[i] * d, d),
                                    "distance to the reported nearest centre of row " + i);
                            assertEquals(Math.sqrt(squared), seeding.distance()[i], "distance of row " + i);
                        }
                        for (int c0 = 0; c0 < k; c0++) {
                            rowOf(x, n, d, centers, c0);
                        }
                    }
                });
    }

    /** @return the index of a data row equal to centre {@code c} (fails if none is) */
    private static int rowOf(double[] x, int n, int d, double[] centers, int c) {
        for (int i = 0; i < n; i++) {
            if (Distances.squared(x, i * d, centers, c * d, d) == 0) {
                return i;
            }
        }
        throw new AssertionError("centre " + c + " is no row of the data");
    }

    private static double[][] rows(double[] flat, int k, int d) {
        double[][] rows = new double[k][d];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, i * d, rows[i], 0, d);
        }
        return rows;
    }

    @Test
    void fit_anyData_sameModelAsBeforeTheSpeedUp() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(cases(2, 2500)).assuming(Case::hasKDistinctRows)
                .checkAssert(KMeansSpeedUpEquivalenceTest::sameModels);
    }

    private static void sameModels(Case c) {
        double[][] x = c.x();
        for (KMeans.Algorithm algorithm : new KMeans.Algorithm[] {
            KMeans.Algorithm.LLOYD, KMeans.Algorithm.HAMERLY, KMeans.Algorithm.ELKAN}) {
            KMeans.Options options = KMeans.Options.of(c.k()).withSeed(c.seed()).withRestarts(2)
                    .withThreads(c.threads()).withAlgorithm(algorithm)
                    .withSeedingSample(KMeans.Options.EXACT_SEEDING);

            KMeansModel now = KMeans.fit(x, options);
            KMeansModel before = BaselineKMeans.fit(x, options);

            assertArrayEquals(before.labels(), now.labels(), algorithm.name());
            assertArrayEquals(before.centroids(), now.centroids(), algorithm.name());
            assertEquals(before.inertia(), now.inertia(), algorithm.name());
            assertEquals(before.iterations(), now.iterations(), algorithm.name());
            assertEquals(before.converged(), now.converged(), algorithm.name());
        }
    }
}
