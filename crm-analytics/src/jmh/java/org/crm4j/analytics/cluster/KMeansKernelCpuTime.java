package org.crm4j.analytics.cluster;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The Hamerly/Elkan grid of {@code KMeansKernelBenchmark} measured by process CPU time (which the other processes on
 * a shared machine inflate far less than wall time; JIT and GC threads included, so run it with
 * {@code -XX:+UseSerialGC}): for each {@code n × d × k} cell, one fit of each
 * kernel to warm up, then {@code rounds} fits of each, alternating (one restart, no refinement, one thread, at most
 * 30 iterations, 10 overlapping Gaussian blobs of standard deviation 3, generator seed 20261204, the data of
 * {@code KMeansKernelBenchmark}). Both kernels give identical fits, so the times compare the same work. Run after
 * {@code mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-l"} (which compiles it):
 * <pre>
 *   java -Xmx2g -XX:+UseSerialGC -cp crm-analytics/target/classes:crm-analytics/target/test-classes \
 *       org.crm4j.analytics.cluster.KMeansKernelCpuTime 3 20000,100000 16,32,64 8,16,32
 * </pre>
 */
public final class KMeansKernelCpuTime {

    private KMeansKernelCpuTime() {
    }

    /**
     * @param args rounds, then comma-separated lists of n, d and k
     */
    public static void main(String[] args) {
        int rounds = Integer.parseInt(args[0]);
        int[] ns = ints(args[1]);
        int[] ds = ints(args[2]);
        int[] ks = ints(args[3]);
        System.out.println("| n | d | k | Hamerly (ms CPU) | Elkan (ms CPU) | Elkan / Hamerly |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int n : ns) {
            for (int d : ds) {
                double[][] data = data(n, d);
                for (int k : ks) {
                    KMeans.Options options = KMeans.Options.of(k).withRestarts(1).withRefinement(false)
                            .withThreads(1).withMaxIterations(30);
                    KMeans.Options hamerly = options.withAlgorithm(KMeans.Algorithm.HAMERLY);
                    KMeans.Options elkan = options.withAlgorithm(KMeans.Algorithm.ELKAN);
                    KMeans.fit(data, hamerly);
                    KMeans.fit(data, elkan);
                    long h = 0;
                    long e = 0;
                    for (int r = 0; r < rounds; r++) {
                        long t0 = cpu();
                        KMeans.fit(data, hamerly);
                        long t1 = cpu();
                        KMeans.fit(data, elkan);
                        long t2 = cpu();
                        h += t1 - t0;
                        e += t2 - t1;
                    }
                    System.out.println(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %.0f | %.2f |", n, d, k,
                            h / 1e6 / rounds, e / 1e6 / rounds, (double) e / h));
                }
            }
        }
    }

    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    private static int[] ints(String list) {
        String[] parts = list.split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i].trim());
        }
        return values;
    }

    /** The data of {@code KMeansKernelBenchmark}, drawn the same way. */
    private static double[][] data(int n, int d) {
        SplittableRandom random = new SplittableRandom(20_261_204L);
        double[][] centres = new double[10][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-10, 10);
            }
        }
        double[][] data = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(centres.length)];
            for (int j = 0; j < d; j++) {
                double u = 1 - random.nextDouble();
                double v = random.nextDouble();
                data[i][j] = centre[j] + 3 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
            }
        }
        return data;
    }
}
