package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invariants on simulated data: parameters are recovered within sampling error, and prediction intervals have
 * their stated coverage on the model's own simulated future.
 */
class ArimaPropertiesTest {

    private static final long SEED = 20261125L;

    @Test
    void fit_recoversArma11() {
        qt().withFixedSeed(SEED).withExamples(25)
                .forAll(longs().between(1, 1_000_000), doubles().between(-0.8, 0.8), doubles().between(-0.7, 0.7))
                // near-cancelling AR and MA roots are not identified
                .assuming((seed, phi, theta) -> Math.abs(phi + theta) >= 0.3)
                .checkAssert(ArimaPropertiesTest::recoversArma11);
    }

    private static void recoversArma11(long seed, double phi, double theta) {
        double[] y = Simulation.arma(seed, 600, 10, new double[] {phi}, new double[] {theta}, 2);
        ArimaModel m = Arima.fit(y, ArimaSpec.of(1, 0, 1));
        Map<String, Double> c = m.coefficients();
        Map<String, Double> se = m.standardErrors();
        assertTrue(Math.abs(c.get("ar1") - phi) < 4.5 * se.get("ar1"), () -> "ar1 " + c + " se " + se);
        assertTrue(Math.abs(c.get("ma1") - theta) < 4.5 * se.get("ma1"), () -> "ma1 " + c + " se " + se);
        assertTrue(Math.abs(c.get("intercept") - 10) < 4.5 * se.get("intercept"), () -> "mean " + c);
        assertTrue(Math.abs(m.sigma2() / 4 - 1) < 0.2, () -> "sigma2 " + m.sigma2());
    }

    @Test
    void fit_recoversSeasonalMa() {
        qt().withFixedSeed(SEED).withExamples(10).forAll(longs().between(1, 1_000_000))
                .checkAssert(ArimaPropertiesTest::recoversSeasonalMa);
    }

    private static void recoversSeasonalMa(long seed) {
        // (1 - B^4) y = (1 + theta B)(1 + Theta B^4) e: simulate the MA(5) of the differenced series, integrate
        double theta = -0.5;
        double seasonal = -0.6;
        double[] ma = {theta, 0, 0, seasonal, theta * seasonal};
        double[] w = Simulation.arma(seed, 400, 0, new double[0], ma, 1);
        double[] y = new double[w.length];
        for (int t = 0; t < w.length; t++) {
            y[t] = w[t] + (t >= 4 ? y[t - 4] : 0);
        }
        ArimaModel m = Arima.fit(y, ArimaSpec.of(0, 0, 1).withSeasonal(0, 1, 1, 4));
        Map<String, Double> c = m.coefficients();
        Map<String, Double> se = m.standardErrors();
        assertTrue(Math.abs(c.get("ma1") - theta) < 4.5 * se.get("ma1"), () -> c.toString());
        assertTrue(Math.abs(c.get("sma1") - seasonal) < 4.5 * se.get("sma1"), () -> c.toString());
    }

    @Test
    void forecast_intervalsHaveStatedCoverage() {
        qt().withFixedSeed(SEED).withExamples(1).forAll(longs().between(1, 1000))
                .checkAssert(ArimaPropertiesTest::intervalsHaveStatedCoverage);
    }

    private static void intervalsHaveStatedCoverage(long base) {
        int replications = 400;
        int horizon = 6;
        int n = 150;
        int[] inside95 = new int[horizon];
        int[] inside80 = new int[horizon];
        double[] phi = {0.6};
        double[] theta = {0.3};
        for (int r = 0; r < replications; r++) {
            double[] all = Simulation.arma(base * 100_003L + r, n + horizon, 5, phi, theta, 1);
            double[] past = Arrays.copyOf(all, n);
            Forecast fc = Arima.fit(past, ArimaSpec.of(1, 0, 1)).forecast(horizon);
            double[] lo95 = fc.lower(0.95);
            double[] hi95 = fc.upper(0.95);
            double[] lo80 = fc.lower(0.80);
            double[] hi80 = fc.upper(0.80);
            for (int h = 0; h < horizon; h++) {
                double future = all[n + h];
                inside95[h] += future >= lo95[h] && future <= hi95[h] ? 1 : 0;
                inside80[h] += future >= lo80[h] && future <= hi80[h] ? 1 : 0;
            }
        }
        double mean95 = Arrays.stream(inside95).sum() / (double) (replications * horizon);
        double mean80 = Arrays.stream(inside80).sum() / (double) (replications * horizon);
        assertTrue(Math.abs(mean95 - 0.95) <= 0.03, () -> "95 % coverage " + mean95 + ", 80 %: " + mean80);
        // the intervals ignore parameter uncertainty, so they run slightly narrow at n = 150
        assertTrue(Math.abs(mean80 - 0.80) <= 0.06, () -> "80 % coverage " + mean80 + ", 95 %: " + mean95);
        for (int h = 0; h < horizon; h++) {
            double c = inside95[h] / (double) replications;
            int step = h + 1;
            assertTrue(Math.abs(c - 0.95) <= 0.04, () -> "95 % coverage at h=" + step + ": " + c);
        }
    }
}
