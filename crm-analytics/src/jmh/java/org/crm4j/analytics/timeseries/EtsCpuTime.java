package org.crm4j.analytics.timeseries;

import java.time.Duration;
import java.util.Locale;

/**
 * Process CPU time (which the other processes of a shared machine do not inflate; JIT and GC threads included, so
 * slightly pessimistic) per {@code AutoEts} fit on one thread, on the first 60 months of USAccDeaths and on the 100 seeded 60-point monthly series of the ARIMA
 * benchmark. Run after {@code mvn -B -pl crm-analytics -Pbench verify -Djmh.args="-l"} (which compiles it):
 * <pre>
 *   java -cp crm-analytics/target/classes:crm-analytics/target/test-classes \
 *       org.crm4j.analytics.timeseries.EtsCpuTime 20
 * </pre>
 */
public final class EtsCpuTime {

    private EtsCpuTime() {
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    /**
     * @param args the number of timed repetitions over the series (default 20)
     */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        AutoEts.Options oneThread = AutoEts.Options.defaults().withThreads(1);
        double[] deaths = EtsReferences.series("USAccDeaths60");
        double[][] seeded = new double[100][];
        for (int i = 0; i < seeded.length; i++) {
            seeded[i] = BenchmarkSeries.monthly(i + 1, 60);
        }
        for (int i = 0; i < 100; i++) {
            AutoEts.fit(deaths, 12, oneThread);
            AutoEts.fit(seeded[i], 12, oneThread);
        }
        long cpu = cpuNanos();
        for (int i = 0; i < repetitions * 5; i++) {
            AutoEts.fit(deaths, 12, oneThread);
        }
        double perDeaths = (cpuNanos() - cpu) / 1e6 / (repetitions * 5);
        cpu = cpuNanos();
        for (int r = 0; r < repetitions; r++) {
            for (double[] y : seeded) {
                AutoEts.fit(y, 12, oneThread);
            }
        }
        double perSeeded = (cpuNanos() - cpu) / 1e6 / (repetitions * seeded.length);
        System.out.println(String.format(Locale.ROOT,
                "AutoEts on one thread, process CPU per fit: USAccDeaths60 %.1f ms, seeded 60-point series %.1f ms",
                perDeaths, perSeeded));
    }
}
