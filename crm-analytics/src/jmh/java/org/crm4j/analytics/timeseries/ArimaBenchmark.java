package org.crm4j.analytics.timeseries;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ARIMA speed: the airline model on log AirPassengers (144 points), AutoArima on one 60-point seeded monthly
 * series, and AutoArima over 1 000 such series on all cores (one batch per operation).
 *
 * <pre>
 *   mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 ArimaBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
public class ArimaBenchmark {

    private double[] airPassengers;
    private double[] monthly;
    private double[][] batch;

    /** Loads the data and builds the seeded series. */
    @Setup(Level.Trial)
    public void setUp() {
        airPassengers = RReferences.series("logAirPassengers");
        monthly = BenchmarkSeries.monthly(1, 60);
        batch = IntStream.rangeClosed(1, 1000).mapToObj(i -> BenchmarkSeries.monthly(i, 60))
                .toArray(double[][]::new);
    }

    /** @return the airline model fit */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ArimaModel airline() {
        return Arima.fit(airPassengers, ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12));
    }

    /** @return the automatic fit of one 60-point monthly series */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ArimaModel autoArima60() {
        return AutoArima.fit(monthly, 12);
    }

    /** @return the total number of coefficients of the models of 1 000 series, fitted in parallel on all cores */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public long autoArimaBatch1000() {
        return IntStream.range(0, batch.length).parallel().mapToLong(i -> AutoArima.fit(batch[i], 12).coefficientCount())
                .sum();
    }
}
