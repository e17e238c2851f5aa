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
 * DBSCAN on {@code n} two-dimensional points: 95 % from 10 seeded Gaussian blobs (centres uniform in
 * {@code [0, 100]²}, standard deviation 2), 5 % uniform noise on the same square; {@code eps = 0.3},
 * {@code minPoints = 5} (about 50 neighbours per blob point). Also the k-distance eps suggestion on the same data.
 *
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 DbscanBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class DbscanBenchmark {

    @Param("100000")
    int n;

    private double[][] data;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(20_261_204L);
        double[][] centres = new double[10][2];
        for (double[] centre : centres) {
            centre[0] = random.nextDouble(0, 100);
            centre[1] = random.nextDouble(0, 100);
        }
        data = new double[n][2];
        for (int i = 0; i < n; i++) {
            if (i % 20 == 19) {
                data[i][0] = random.nextDouble(0, 100);
                data[i][1] = random.nextDouble(0, 100);
            } else {
                double[] c = centres[i % 10];
                data[i][0] = c[0] + 2 * gaussian(random);
                data[i][1] = c[1] + 2 * gaussian(random);
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    @Benchmark
    public DbscanModel fit() {
        return Dbscan.fit(data, Dbscan.Options.of(0.3, 5));
    }

    @Benchmark
    public double suggestEps() {
        return Dbscan.suggestEps(data, 5);
    }
}
