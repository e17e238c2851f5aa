package org.crm4j.analytics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of DBSCAN over seeded random data (blobs on an integer grid, so with ties and duplicate rows), checked
 * against the definition by brute force. Fixed QuickTheories seed; each case draws its data from its own seed.
 */
class DbscanPropertyTest {

    private static final long SEED = 20261204L;

    /** n points in d dimensions rounded to a grid of step 0.25, and the DBSCAN parameters. */
    record Case(long seed, int n, int d, int minPoints, int epsQuarters) {

        double[][] x() {
            double[][] x = Blobs.gaussian(seed, n, d, 3, 4.0);
            for (double[] row : x) {
                for (int j = 0; j < d; j++) {
                    row[j] = Math.rint(row[j] * 4) / 4;
                }
            }
            return x;
        }

        Dbscan.Options options() {
            return Dbscan.Options.of(epsQuarters / 4.0, minPoints);
        }
    }

    private static Gen<Case> cases() {
        return longs().all().zip(integers().between(1, 300), integers().between(1, 4), integers().between(1, 8),
                integers().between(1, 12), Case::new);
    }

    @Test
    void fit_coreBorderNoise_asDefinedByBruteForce() {
        qt().withFixedSeed(SEED).withExamples(120).forAll(cases()).checkAssert(c -> {
            double[][] x = c.x();
            double eps = c.options().eps();
            DbscanModel m = Dbscan.fit(x, c.options());
            int[] labels = m.labels();
            boolean[] core = new boolean[x.length];
            for (int i : m.coreIndices()) {
                core[i] = true;
            }
            for (int i = 0; i < x.length; i++) {
                int within = 0;
                boolean nearCoreOfItsCluster = false;
                boolean nearAnyCore = false;
                for (int j = 0; j < x.length; j++) {
                    if (distance(x[i], x[j]) <= eps) {
                        within++;
                        if (core[j]) {
                            nearAnyCore = true;
                            nearCoreOfItsCluster |= labels[j] == labels[i];
                            if (core[i]) {
                                assertEquals(labels[i], labels[j], c + ": neighbouring cores " + i + ", " + j);
                            }
                        }
                    }
                }
                assertEquals(within >= c.minPoints(), core[i], c + " row " + i);
                assertEquals(nearAnyCore, labels[i] != Dbscan.NOISE, c + " row " + i);
                assertTrue(labels[i] == Dbscan.NOISE || nearCoreOfItsCluster, c + " row " + i);
            }
        });
    }

    @Test
    void fit_permutedRows_sameCorePointsAndCorePartitionUpToRenaming() {
        qt().withFixedSeed(SEED).withExamples(120).forAll(cases()).checkAssert(c -> {
            double[][] x = c.x();
            int[] perm = permutation(x.length, new SplittableRandom(c.seed() ^ 0x5DEECE66DL));
            double[][] shuffled = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                shuffled[i] = x[perm[i]];
            }
            DbscanModel a = Dbscan.fit(x, c.options());
            DbscanModel b = Dbscan.fit(shuffled, c.options());
            int[] la = a.labels();
            int[] lb = b.labels();

            int[] coreOfShuffled = Arrays.stream(b.coreIndices()).map(i -> perm[i]).sorted().toArray();
            assertArrayEquals(a.coreIndices(), coreOfShuffled, c.toString());
            assertEquals(a.clusterCount(), b.clusterCount(), c.toString());
            Map<Integer, Integer> renaming = new HashMap<>();
            for (int i = 0; i < x.length; i++) {
                int original = perm[i];
                assertEquals(la[original] == Dbscan.NOISE, lb[i] == Dbscan.NOISE, c + " row " + original);
                if (Arrays.binarySearch(a.coreIndices(), original) >= 0) {
                    int expected = la[original];
                    assertEquals(expected, renaming.computeIfAbsent(lb[i], k -> expected), c + " row " + original);
                }
            }
        });
    }

    @Test
    void predict_agreesWithTheDefinitionByBruteForce() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(cases()).checkAssert(c -> {
            double[][] x = c.x();
            DbscanModel m = Dbscan.fit(x, c.options());
            int[] labels = m.labels();
            int[] cores = m.coreIndices();
            double[][] queries = Blobs.gaussian(c.seed() + 1, 50, c.d(), 3, 4.0);
            for (double[] q : queries) {
                int best = Dbscan.NOISE;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int i : cores) { // ascending: the first of equally near cores wins
                    double dist = distance(q, x[i]);
                    if (dist <= c.options().eps() && dist < bestDistance) {
                        bestDistance = dist;
                        best = labels[i];
                    }
                }
                assertEquals(best, m.predict(q), c + " query " + Arrays.toString(q));
            }
        });
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double e = a[j] - b[j];
            sum += e * e;
        }
        return Math.sqrt(sum);
    }
}
