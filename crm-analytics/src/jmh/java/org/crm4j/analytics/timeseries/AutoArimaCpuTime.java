package org.crm4j.analytics.timeseries;

import java.time.Duration;
import java.util.Locale;

/**
 * Process CPU time (not wall time; JIT and GC threads included, so slightly pessimistic) per AutoArima fit on the benchmark's seeded 60-point monthly series and per airline
 * fit, for comparison with R's CPU time from {@code bench_auto_arima.R} on a shared, loaded machine where wall
 * times mislead. Run after {@code mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-l"} (which compiles it):
 * <pre>
 *   java -cp crm-analytics/target/classes:crm-analytics/target/test-classes \
 *       org.crm4j.analytics.timeseries.AutoArimaCpuTime 100
 * </pre>
 */
public final class AutoArimaCpuTime {

    private AutoArimaCpuTime() {
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    /**
     * @param args the number of series to time (default 100)
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        for (int i = 1; i <= 100; i++) {
            AutoArima.fit(BenchmarkSeries.monthly(i, 60), 12);
        }
        long cpu = cpuNanos();
        for (int i = 1; i <= count; i++) {
            AutoArima.fit(BenchmarkSeries.monthly(i, 60), 12);
        }
        double perSeries = (cpuNanos() - cpu) / 1e6 / count;
        double[] air = RReferences.series("logAirPassengers");
        ArimaSpec airline = ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12);
        for (int i = 0; i < 50; i++) {
            Arima.fit(air, airline);
        }
        cpu = cpuNanos();
        for (int i = 0; i < 200; i++) {
            Arima.fit(air, airline);
        }
        double perAirline = (cpuNanos() - cpu) / 1e6 / 200;
        System.out.println(String.format(Locale.ROOT,
                "AutoArima, 60-point monthly series: %.1f ms CPU per series (%d series); airline fit: %.2f ms CPU",
                perSeries, count, perAirline));
    }
}
