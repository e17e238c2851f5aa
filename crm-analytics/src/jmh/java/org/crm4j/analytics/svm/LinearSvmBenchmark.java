package org.crm4j.analytics.svm;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The linear SVM with scikit-learn's {@code LinearSVC} defaults ({@code C = 1}, tolerance 1e-4, 1000 iterations) on
 * {@code n × d} seeded features: two equally likely classes, each a standard normal cloud whose mean is
 * {@code ±separation/2} along the diagonal direction (class means {@code separation} apart). With separation 6 the
 * classes overlap a little (Bayes error Φ(−3) = 0.13 %; LIBLINEAR, like this fit, then runs to its 1000 iterations
 * before the tolerance is met); with 10 they are separable in practice. Each fork prints the iterations
 * and whether the last fit converged at tear-down.
 *
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -DskipTests -Djmh.args="-f 1 -wi 2 -i 3 LinearSvmBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class LinearSvmBenchmark {

    @Param("100000")
    int n;

    @Param("50")
    int d;

    @Param({"6", "10"})
    double separation;

    private double[][] x;
    private int[] y;
    private LinearSvmModel last;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(20_261_204L);
        x = new double[n][d];
        y = new int[n];
        double shift = separation / 2 / Math.sqrt(d);
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(2);
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian() + (2 * y[i] - 1) * shift;
            }
        }
    }

    @Benchmark
    public LinearSvmModel fit() {
        last = LinearSvm.fit(x, y);
        return last;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.println("last fit: iterations " + last.iterations() + ", converged " + last.converged()
                + ", objective " + last.objective()[0]);
    }
}
