package org.crm4j.analytics.timeseries;

/**
 * The seeded monthly series of the ARIMA benchmarks: 60 points of trend + seasonality + AR(1) noise. The
 * generator (Park–Miller minimal standard LCG and Box–Muller) is exact in double arithmetic, so
 * {@code src/test/resources/timeseries/bench_auto_arima.R} reproduces the same series in R bit for bit.
 */
public final class BenchmarkSeries {

    private static final double MODULUS = 2147483647.0;

    private BenchmarkSeries() {
    }

    /**
     * Series number {@code id}.
     *
     * @param id the series number, {@code >= 1}
     * @param n  the length
     * @return the series
     */
    public static double[] monthly(int id, int n) {
        double[] state = {(id * 7919.0 + 12345.0) % MODULUS};
        double slope = 0.2 + 0.6 * uniform(state);
        double amplitude = 5 + 10 * uniform(state);
        double phase = 2 * Math.PI * uniform(state);
        double[] y = new double[n];
        double e = 0;
        for (int t = 0; t < n; t++) {
            double z = Math.sqrt(-2 * Math.log(uniform(state))) * Math.cos(2 * Math.PI * uniform(state));
            e = 0.5 * e + 3 * z;
            y[t] = 100 + slope * (t + 1) + amplitude * Math.sin(2 * Math.PI * (t + 1) / 12 + phase) + e;
        }
        return y;
    }

    private static double uniform(double[] state) {
        state[0] = (16807.0 * state[0]) % MODULUS;
        return state[0] / MODULUS;
    }
}
