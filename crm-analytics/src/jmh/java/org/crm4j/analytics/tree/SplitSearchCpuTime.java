package org.crm4j.analytics.tree;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Process CPU time (not wall time, which other processes inflate on a shared machine; JIT and GC threads included)
 * of a depth-10 CART with the
 * exact and the histogram split search, interleaved, on the {@link DecisionTreeBenchmark} data at small sizes: the
 * measurement behind {@link SplitSearch#AUTO_HISTOGRAM_ROWS}. Single-threaded (a tree is grown on the calling
 * thread). Run after {@code mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-l"} (which compiles it):
 * <pre>
 *   java -cp crm-analytics/target/classes:crm-analytics/target/test-classes \
 *       org.crm4j.analytics.tree.SplitSearchCpuTime 500 1000 2000 3000 4000 8000
 * </pre>
 */
public final class SplitSearchCpuTime {

    private SplitSearchCpuTime() {
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    /**
     * @param args the numbers of rows to time (default 500 1000 2000 3000 4000 8000); each is timed twice, after a
     *             warm-up pass over all of them
     */
    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args : new String[] {"500", "1000", "2000", "3000", "4000", "8000"};
        DecisionTree.Options depth10 = DecisionTree.Options.defaults().withMaxDepth(10);
        for (int pass = 0; pass < 3; pass++) {
            for (String size : sizes) {
                int rows = Integer.parseInt(size);
                SplittableRandom random = new SplittableRandom(42);
                double[][] x = new double[rows][20];
                int[] y = new int[rows];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < 20; j++) {
                        x[i][j] = random.nextGaussian();
                    }
                    double score = x[i][0] + x[i][1] - x[i][2] + 0.5 * x[i][3] * x[i][4];
                    y[i] = random.nextDouble() < 1.0 / (1.0 + Math.exp(-score)) ? 1 : 0;
                }
                int repeats = Math.max(1, 800_000 / rows);
                long exact = 0;
                long histogram = 0;
                for (int r = 0; r < repeats; r++) {
                    long t0 = cpuNanos();
                    DecisionTree.fit(x, y, depth10.withSplitSearch(SplitSearch.EXACT));
                    long t1 = cpuNanos();
                    DecisionTree.fit(x, y, depth10.withSplitSearch(SplitSearch.HISTOGRAM));
                    histogram += cpuNanos() - t1;
                    exact += t1 - t0;
                }
                if (pass > 0) {
                    System.out.printf(Locale.ROOT,
                            "rows %6d: exact %8.3f ms, histogram %8.3f ms, exact/histogram %.2f%n", rows, exact / 1e6 / repeats, histogram / 1e6 / repeats, (double) exact / histogram);
                }
            }
        }
    }
}
