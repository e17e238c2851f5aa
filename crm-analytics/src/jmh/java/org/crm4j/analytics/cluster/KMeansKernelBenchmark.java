package org.crm4j.analytics.cluster;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The grid behind {@link KMeans.Algorithm#AUTO}: one K-means fit (one restart, no refinement, one thread, at most
 * 30 iterations) with each exact assignment kernel over {@code n × d × k}. The data are 10 seeded Gaussian blobs
 * (centres uniform in {@code [−10, 10]^d}, standard deviation 3, so that they overlap and the fit takes several
 * iterations). The three kernels give identical labels, centres and iteration counts, so their times compare the
 * same work.
 *
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 1 -i 3 -bm ss KMeansKernelBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class KMeansKernelBenchmark {

    @Param({"20000", "100000"})
    int n;

    @Param({"4", "16", "64"})
    int d;

    @Param({"4", "16", "64"})
    int k;

    @Param({"LLOYD", "HAMERLY", "ELKAN"})
    KMeans.Algorithm algorithm;

    private double[][] data;
    private KMeans.Options options;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(20_261_204L);
        double[][] centres = new double[10][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-10, 10);
            }
        }
        data = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(centres.length)];
            for (int j = 0; j < d; j++) {
                double u = 1 - random.nextDouble();
                double v = random.nextDouble();
                data[i][j] = centre[j] + 3 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
            }
        }
        options = KMeans.Options.of(k).withRestarts(1).withRefinement(false).withThreads(1).withMaxIterations(30)
                .withAlgorithm(algorithm);
    }

    @Benchmark
    public KMeansModel fit() {
        return KMeans.fit(data, options);
    }
}
