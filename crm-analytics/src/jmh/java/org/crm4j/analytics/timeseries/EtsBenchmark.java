package org.crm4j.analytics.timeseries;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Exponential smoothing speed: {@code AutoEts} on a 60-point monthly series (the first 60 months of USAccDeaths,
 * or the seeded series of the ARIMA benchmark) on one thread and on all cores, and one {@code Ets.fit} of
 * ETS(M,Ad,M) on AirPassengers (144 points).
 *
 * <pre>
 *   mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-f 1 -wi 2 -i 3 EtsBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
public class EtsBenchmark {

    /** Which 60-point monthly series. */
    @Param({"USAccDeaths60", "seeded"})
    public String series;

    private double[] monthly;
    private double[] airPassengers;

    /** Loads the data. */
    @Setup(Level.Trial)
    public void setUp() {
        monthly = "seeded".equals(series) ? BenchmarkSeries.monthly(1, 60) : EtsReferences.series(series);
        airPassengers = EtsReferences.series("AirPassengers");
    }

    /** @return the automatic choice among the 15 admissible models, candidates fitted one after another */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EtsModel autoEts60OneThread() {
        return AutoEts.fit(monthly, 12, AutoEts.Options.defaults().withThreads(1));
    }

    /** @return the automatic choice, candidates fitted on all cores */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EtsModel autoEts60AllCores() {
        return AutoEts.fit(monthly, 12);
    }

    /** @return multiplicative damped Holt–Winters on AirPassengers */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public EtsModel mAdMAirPassengers() {
        return Ets.fit(airPassengers, 12, EtsSpec.of("MAdM"));
    }
}
