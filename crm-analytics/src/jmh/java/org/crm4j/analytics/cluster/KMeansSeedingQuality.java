package org.crm4j.analytics.cluster;

import java.util.Locale;

/**
 * Final inertia on the data of {@code KMeansBenchmark} (200 000 × 16, 16 blobs, k = 16, one restart, one thread)
 * for seeds {@code 1 .. seeds}: the default seeding (candidates scored on
 * {@link KMeans.Options#DEFAULT_SEEDING_SAMPLE} D²-drawn rows, or another sample) against the exact greedy k-means++
 * ({@link KMeans.Options#EXACT_SEEDING}), the quality check of {@code crm-analytics/BENCHMARKS.md}. Run after
 * {@code mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-l"} (which compiles it):
 * <pre>
 *   java -Xmx2g -cp crm-analytics/target/classes:crm-analytics/target/test-classes \
 *       org.crm4j.analytics.cluster.KMeansSeedingQuality 20
 * </pre>
 */
public final class KMeansSeedingQuality {

    private KMeansSeedingQuality() {
    }

    /**
     * @param args the number of seeds (default 20), optionally the {@link KMeans.Options#seedingSample()} to compare
     *             with the exact seeding (default {@link KMeans.Options#DEFAULT_SEEDING_SAMPLE})
     */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : KMeans.Options.DEFAULT_SEEDING_SAMPLE;
        int k = 16;
        double[][] data = KMeansCpuTime.data(200_000, 16, k);
        int equal = 0;
        int better = 0;
        int worse = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            KMeans.Options options = KMeans.Options.of(k).withRestarts(1).withThreads(1).withSeed(seed)
                    .withSeedingSample(sample);
            double sampled = KMeans.fit(data, options).inertia();
            double exact = KMeans.fit(data, options.withSeedingSample(KMeans.Options.EXACT_SEEDING)).inertia();
            if (sampled == exact) {
                equal++;
            } else if (sampled < exact) {
                better++;
            } else {
                worse++;
            }
            System.out.println(String.format(Locale.ROOT, "seed %d: sampled %.3f, exact %.3f", seed, sampled, exact));
        }
        System.out.println(String.format(Locale.ROOT, "%d seeds, sample %d against every row: equal %d, lower %d, higher %d", seeds, sample, equal,
                better, worse));
    }
}
