package org.crm4j.analytics.lifetime;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting the BG/NBD and Gamma-Gamma models and computing CLV on a simulated customer base ({@link Simulator} of
 * the test tree, seed 42): {@code n} customers with CDNOW-like parameters (r = 0.25, α = 4, a = 0.8, b = 2.5;
 * p = 6, q = 4, γ = 15), ages uniform in 1..78 weeks, so recencies and ages are all distinct (no row is shared).
 *
 * <pre>{@code
 * mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 LifetimeBenchmark"
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class LifetimeBenchmark {

    @Param({"100000"})
    int n;

    Simulator.Base base;
    double[] repeatFrequency;
    double[] repeatValue;
    BgNbdModel purchases;
    GammaGammaModel spend;
    CustomerLifetimeValue.Options year;

    @Setup
    public void setup() {
        base = new Simulator(42).bgNbd(n, 0.25, 4, 0.8, 2.5, 1, 78, 6, 4, 15);
        int m = 0;
        for (double x : base.frequency()) {
            m += x > 0 ? 1 : 0;
        }
        repeatFrequency = new double[m];
        repeatValue = new double[m];
        for (int i = 0, k = 0; i < n; i++) {
            if (base.frequency()[i] > 0) {
                repeatFrequency[k] = base.frequency()[i];
                repeatValue[k++] = base.averageValue()[i];
            }
        }
        purchases = BgNbd.fit(base.frequency(), base.recency(), base.age());
        spend = GammaGamma.fit(repeatFrequency, repeatValue);
        year = CustomerLifetimeValue.Options.of(12, 52.0 / 12, 0.01);
    }

    @Benchmark
    public BgNbdModel fitBgNbd() {
        return BgNbd.fit(base.frequency(), base.recency(), base.age());
    }

    @Benchmark
    public GammaGammaModel fitGammaGamma() {
        return GammaGamma.fit(repeatFrequency, repeatValue);
    }

    @Benchmark
    public double[] customerLifetimeValue12Months() {
        return CustomerLifetimeValue.compute(purchases, spend, base.frequency(), base.recency(), base.age(),
                base.averageValue(), year);
    }
}
