package org.crm4j.analytics.cluster;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Process CPU time (which the other processes on a shared machine do not inflate; JIT and GC threads included, so
 * run it with {@code -XX:+UseSerialGC}) of one-thread K-means fits on the
 * data of {@code KMeansBenchmark} (200 000 × 16, 16 blobs, seed 20261125, k = 16, one restart): the fit as it was
 * before issue 23 ({@link BaselineKMeans}), today's {@link KMeans#fit} with {@link KMeans.Options#EXACT_SEEDING}
 * and with the default options, alternating, and the k-means++ seeding alone (baseline and default). Run after {@code mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-l"} (which compiles it):
 * <pre>
 *   java -Xmx2g -XX:+UseSerialGC -cp crm-analytics/target/classes:crm-analytics/target/test-classes \
 *       org.crm4j.analytics.cluster.KMeansCpuTime 20
 * </pre>
 */
public final class KMeansCpuTime {

    private KMeansCpuTime() {
    }

    /**
     * @param args the number of measured rounds (default 20; each round times one fit of each kind)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int n = 200_000;
        int d = 16;
        int k = 16;
        double[][] data = data(n, d, k);
        KMeans.Options options = KMeans.Options.of(k).withRestarts(1).withThreads(1);
        double[] x = Distances.flatten(data);
        KMeans.Options exact = options.withSeedingSample(KMeans.Options.EXACT_SEEDING);
        for (int i = 0; i < 5; i++) {
            BaselineKMeans.fit(data, options);
            KMeans.fit(data, exact);
            KMeans.fit(data, options);
            seedOnce(x, n, d, k);
            baselineSeedOnce(x, n, d, k);
        }
        long before = 0;
        long exactTime = 0;
        long after = 0;
        long seeding = 0;
        long baselineSeeding = 0;
        double beforeInertia = 0;
        double exactInertia = 0;
        double afterInertia = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = cpu();
            beforeInertia = BaselineKMeans.fit(data, options).inertia();
            long t1 = cpu();
            exactInertia = KMeans.fit(data, exact).inertia();
            long t2 = cpu();
            afterInertia = KMeans.fit(data, options).inertia();
            long t3 = cpu();
            seedOnce(x, n, d, k);
            long t4 = cpu();
            baselineSeedOnce(x, n, d, k);
            long t5 = cpu();
            before += t1 - t0;
            exactTime += t2 - t1;
            after += t3 - t2;
            seeding += t4 - t3;
            baselineSeeding += t5 - t4;
        }
        System.out.println(String.format(Locale.ROOT,
                "process CPU per one-thread fit over %d rounds: before %.1f ms (inertia %.3f), exact seeding %.1f ms "
                        + "(inertia %.3f), default %.1f ms (inertia %.3f), ratio before/default %.2f; "
                        + "seeding before %.1f ms, default %.1f ms",
                rounds, before / 1e6 / rounds, beforeInertia, exactTime / 1e6 / rounds, exactInertia,
                after / 1e6 / rounds, afterInertia, (double) before / after, baselineSeeding / 1e6 / rounds,
                seeding / 1e6 / rounds));
    }

    private static void seedOnce(double[] x, int n, int d, int k) {
        try (ChunkExecutor executor = new ChunkExecutor(n, 1)) {
            KMeansPlusPlus.seed(x, n, d, k, KMeans.Options.DEFAULT_SEEDING_SAMPLE, new SplittableRandom(7),
                    executor);
        }
    }

    private static void baselineSeedOnce(double[] x, int n, int d, int k) {
        try (ChunkExecutor executor = new ChunkExecutor(n, 1)) {
            BaselineKMeansPlusPlus.seed(x, n, d, k, new SplittableRandom(7), executor);
        }
    }

    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    /** The data of {@code KMeansBenchmark}, drawn the same way. */
    static double[][] data(int n, int d, int k) {
        SplittableRandom random = new SplittableRandom(20_261_125L);
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-10, 10);
            }
        }
        double[][] data = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(k)];
            for (int j = 0; j < d; j++) {
                double u = 1 - random.nextDouble();
                double v = random.nextDouble();
                data[i][j] = centre[j] + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
            }
        }
        return data;
    }
}
