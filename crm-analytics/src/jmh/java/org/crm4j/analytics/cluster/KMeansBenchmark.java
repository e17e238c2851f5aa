package org.crm4j.analytics.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * K-means on {@code n} rows of {@code d} features drawn from {@code k} seeded Gaussian blobs (centres uniform in
 * {@code [−10, 10]^d}, unit spread), one restart: crm4j on all available processors, crm4j on one thread, the same
 * two with the fit as it was before issue 23 ({@link BaselineKMeans}, kept in the test tree), and Commons Math
 * 3.6.1's {@code KMeansPlusPlusClusterer} (k-means++ then Lloyd until no label changes). Each fork prints the
 * inertia of its last fit at tear-down, so that speed is compared at equal quality.
 *
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 KMeansBenchmark"
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 5 -prof gc KMeansBenchmark.crm4j KMeansBenchmark.before"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class KMeansBenchmark {

    @Param("200000")
    int n;

    @Param("16")
    int d;

    @Param("16")
    int k;

    private double[][] data;
    private List<DoublePoint> points;
    private double lastInertia = Double.NaN;
    private String lastName = "";

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(20_261_125L);
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-10, 10);
            }
        }
        data = new double[n][d];
        points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(k)];
            for (int j = 0; j < d; j++) {
                data[i][j] = centre[j] + gaussian(random);
            }
            points.add(new DoublePoint(data[i]));
        }
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf(Locale.ROOT, "%n%s: inertia of the last fit %.10g%n", lastName, lastInertia);
    }

    @Benchmark
    public double crm4jAllThreads() {
        return record("crm4j, all threads", KMeans.fit(data, KMeans.Options.of(k).withRestarts(1)).inertia());
    }

    @Benchmark
    public double crm4jOneThread() {
        return record("crm4j, one thread",
                KMeans.fit(data, KMeans.Options.of(k).withRestarts(1).withThreads(1)).inertia());
    }

    /** {@link BaselineKMeans}: the same fit as it was before issue 23 (main 5447d88), all threads. */
    @Benchmark
    public double beforeAllThreads() {
        return record("before issue 23, all threads",
                BaselineKMeans.fit(data, KMeans.Options.of(k).withRestarts(1)).inertia());
    }

    /** {@link BaselineKMeans} on one thread. */
    @Benchmark
    public double beforeOneThread() {
        return record("before issue 23, one thread",
                BaselineKMeans.fit(data, KMeans.Options.of(k).withRestarts(1).withThreads(1)).inertia());
    }

    @Benchmark
    public double commonsMath() {
        KMeansPlusPlusClusterer<DoublePoint> clusterer =
                new KMeansPlusPlusClusterer<>(k, -1, new EuclideanDistance(), new JDKRandomGenerator(42));
        double inertia = 0;
        for (CentroidCluster<DoublePoint> cluster : clusterer.cluster(points)) {
            double[] centre = cluster.getCenter().getPoint();
            for (DoublePoint point : cluster.getPoints()) {
                double[] p = point.getPoint();
                for (int j = 0; j < p.length; j++) {
                    inertia += (p[j] - centre[j]) * (p[j] - centre[j]);
                }
            }
        }
        return record("Commons Math KMeansPlusPlusClusterer", inertia);
    }

    private double record(String name, double inertia) {
        lastName = name;
        lastInertia = inertia;
        return inertia;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
