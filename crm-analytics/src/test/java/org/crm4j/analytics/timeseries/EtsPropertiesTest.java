package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Invariants of exponential smoothing on simulated data (QuickTheories with a fixed seed). */
class EtsPropertiesTest {

    private static final long SEED = 20261204L;

    /** Simulates ETS(A,N,N): {@code y_t = l_(t-1) + e_t}, {@code l_t = l_(t-1) + alpha e_t}. */
    private static double[] simpleExponentialSmoothing(long seed, int n, double alpha, double level, double sd) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        double l = level;
        for (int t = 0; t < n; t++) {
            double e = sd * random.nextGaussian();
            y[t] = l + e;
            l += alpha * e;
        }
        return y;
    }

    /** Simulates ETS(A,A,A) with period m: level, trend and season each updated by its smoothing parameter. */
    private static double[] holtWinters(long seed, int n, int m, double sd) {
        SplittableRandom random = new SplittableRandom(seed);
        double alpha = 0.3;
        double beta = 0.05;
        double gamma = 0.1;
        double l = 100;
        double b = 0.5;
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
            s[j] = 10 * Math.sin(2 * Math.PI * j / m);
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            int j = t % m;
            double e = sd * random.nextGaussian();
            y[t] = l + b + s[j] + e;
            l = l + b + alpha * e;
            b = b + beta * e;
            s[j] = s[j] + gamma * e;
        }
        return y;
    }

    @Test
    void fit_simulatedSimpleSmoothing_recoversAlpha() {
        qt().withFixedSeed(SEED).withExamples(20)
                .forAll(longs().between(1, 1_000_000), doubles().between(0.2, 0.8))
                .checkAssert((seed, alpha) -> {
                    double[] y = simpleExponentialSmoothing(seed, 500, alpha, 50, 1);
                    EtsModel m = Ets.fit(y, 1, EtsSpec.of("ANN"));
                    // the sampling standard error of alpha is about 0.03 at n = 500
                    assertEquals(alpha, m.alpha(), 0.12, () -> "alpha " + alpha + " seed " + seed);
                    assertEquals(1, m.sigma2(), 0.2, () -> "sigma2, seed " + seed);
                });
    }

    @Test
    void fit_simulatedHoltWinters_autoEtsFindsAnAdditiveSeason() {
        qt().withFixedSeed(SEED).withExamples(4).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            double[] y = holtWinters(seed, 96, 12, 1);
            EtsModel m = AutoEts.fit(y, 12);
            assertTrue(m.spec().hasSeason(), () -> "seed " + seed + " chose " + m.method());
        });
    }

    @Test
    void forecast_constantSeries_isConstantWithZeroWidth() {
        qt().withFixedSeed(SEED).withExamples(30)
                .forAll(doubles().between(-1e6, 1e6), integers().between(AutoEts.MINIMUM_LENGTH, 200),
                        integers().between(1, 12))
                .checkAssert((value, n, frequency) -> {
                    double[] y = new double[n];
                    java.util.Arrays.fill(y, value);
                    EtsModel m = AutoEts.fit(y, frequency);
                    assertEquals("ETS(A,N,N)", m.method());
                    Forecast fc = m.forecast(10);
                    for (int h = 0; h < 10; h++) {
                        assertEquals(value, fc.mean()[h], 0.0);
                        assertEquals(value, fc.lower(0.95)[h], 0.0);
                        assertEquals(value, fc.upper(0.95)[h], 0.0);
                    }
                });
    }

    @Test
    void forecast_additiveErrors_intervalsWidenWithHorizonAndNest() {
        String[] models = {"ANN", "AAN", "AAdN", "ANA", "AAA", "AAdA"};
        qt().withFixedSeed(SEED).withExamples(12)
                .forAll(longs().between(1, 1_000_000), integers().between(0, models.length - 1))
                .checkAssert((seed, k) -> {
                    double[] y = holtWinters(seed, 72, 4, 2);
                    EtsModel m = Ets.fit(y, 4, EtsSpec.of(models[k]));
                    Forecast fc = m.forecast(16, 0.80, 0.95);
                    double[] lo80 = fc.lower(0.80);
                    double[] hi80 = fc.upper(0.80);
                    double[] lo95 = fc.lower(0.95);
                    double[] hi95 = fc.upper(0.95);
                    for (int h = 0; h < 16; h++) {
                        assertTrue(lo95[h] < lo80[h] && lo80[h] < fc.mean()[h] && fc.mean()[h] < hi80[h]
                                && hi80[h] < hi95[h], "nested at h=" + (h + 1));
                        if (h > 0) {
                            double before = hi95[h - 1] - lo95[h - 1];
                            assertTrue(hi95[h] - lo95[h] >= before * (1 - 1e-12),
                                    models[k] + " narrower at h=" + (h + 1));
                        }
                    }
                });
    }

    @Test
    void fit_fittedAndResiduals_reconstructTheSeries() {
        String[] models = {"ANN", "AAdN", "MNN", "MAN", "AAA", "MAM", "MNA", "MAdM"};
        qt().withFixedSeed(SEED).withExamples(16)
                .forAll(longs().between(1, 1_000_000), integers().between(0, models.length - 1))
                .checkAssert((seed, k) -> {
                    double[] y = holtWinters(seed, 60, 4, 1);
                    double[] copy = y.clone();
                    EtsModel m = Ets.fit(y, 4, EtsSpec.of(models[k]));
                    assertArrayEquals(copy, y, "input modified");
                    double[] f = m.fitted();
                    double[] e = m.residuals();
                    boolean multiplicative = m.spec().error() == EtsSpec.Component.MULTIPLICATIVE;
                    for (int t = 0; t < y.length; t++) {
                        double back = multiplicative ? f[t] * (1 + e[t]) : f[t] + e[t];
                        assertEquals(y[t], back, 1e-9 * Math.abs(y[t]), models[k] + " t=" + t);
                    }
                    double sse = 0;
                    for (double v : e) {
                        sse += v * v;
                    }
                    int k2 = EtsEstimation.parameterCount(m.spec(), m.period());
                    assertEquals(sse / (y.length - k2), m.sigma2(), 1e-12 * m.sigma2());
                });
    }

    @Test
    void autoEts_resultDoesNotDependOnThreads() {
        qt().withFixedSeed(SEED).withExamples(3).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            double[] y = holtWinters(seed, 48, 4, 3);
            EtsModel one = AutoEts.fit(y, 4, AutoEts.Options.defaults().withThreads(1));
            EtsModel three = AutoEts.fit(y, 4, AutoEts.Options.defaults().withThreads(3));
            assertEquals(one.method(), three.method());
            assertEquals(one.aicc(), three.aicc(), 0.0);
            assertArrayEquals(one.forecast(8).mean(), three.forecast(8).mean(), 0.0);
        });
    }

    /** The admissibility polynomial of random damped seasonal parameters drawn from {@code seed}, period m. */
    private static double[] admissibilityPolynomial(long seed, int m) {
        SplittableRandom random = new SplittableRandom(seed);
        double alpha = random.nextDouble(0, 1);
        double beta = random.nextDouble(-0.2, 1);
        double gamma = random.nextDouble(-0.2, 1.2);
        double phi = random.nextDouble(0.7, 1);
        double[] c = new double[m + 2];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + beta - alpha * phi + gamma - 1;
        for (int i = 2; i < m; i++) {
            c[i] = alpha + beta - alpha * phi;
        }
        c[m] = alpha + beta - phi;
        c[m + 1] = 1;
        return c;
    }

    private static double largestRootModulus(double[] c) {
        double[][] roots = Polynomials.roots(c);
        double max = 0;
        for (int i = 0; i < roots[0].length; i++) {
            max = Math.max(max, Math.hypot(roots[0][i], roots[1][i]));
        }
        return max;
    }

    /** The Schur–Cohn–Jury test decides as the roots do (R tests the maximum root modulus). */
    @Test
    void admissibility_stepDownAgreesWithRoots() {
        qt().withFixedSeed(SEED).withExamples(2000)
                .forAll(longs().between(1, Long.MAX_VALUE), integers().between(2, 24))
                // within rounding of the unit circle either answer is right
                .assuming((seed, m) -> Math.abs(largestRootModulus(admissibilityPolynomial(seed, m)) - 1) >= 1e-6)
                .checkAssert((seed, m) -> {
                    double[] c = admissibilityPolynomial(seed, m);
                    double max = largestRootModulus(c);
                    assertEquals(max <= 1, EtsParameters.rootsInsideDisc(c, 1 + Tolerances.ETS_ROOT_SLACK),
                            "largest root modulus " + max);
                });
    }

    @Test
    void forecast_simulatedModel_isReproducibleForASeedAndOrdered() {
        double[] y = holtWinters(7, 60, 4, 1);
        Ets.Options options = Ets.Options.defaults().withRestrict(false).withSimulationPaths(2000);
        EtsModel m = Ets.fit(y, 4, EtsSpec.of("AAM"), options);
        EtsModel other = Ets.fit(y, 4, EtsSpec.of("AAM"), options.withSeed(43));
        Forecast a = m.forecast(8, 0.8, 0.95);
        Forecast b = m.forecast(8, 0.8, 0.95);
        assertArrayEquals(a.lower(0.95), b.lower(0.95), 0.0);
        assertNotEquals(a.lower(0.95)[7], other.forecast(8, 0.8, 0.95).lower(0.95)[7]);
        for (int h = 0; h < 8; h++) {
            assertTrue(a.lower(0.95)[h] < a.lower(0.8)[h] && a.lower(0.8)[h] < a.mean()[h]
                    && a.mean()[h] < a.upper(0.8)[h] && a.upper(0.8)[h] < a.upper(0.95)[h], "h=" + (h + 1));
        }
    }

    /** The simulation path reproduces the analytic class-1 and class-2 intervals within sampling error. */
    @Test
    void simulation_agreesWithAnalyticIntervals() {
        qt().withFixedSeed(SEED).withExamples(4)
                .forAll(longs().between(1, 1_000_000), integers().between(0, 3)).checkAssert((seed, k) -> {
                    String model = new String[] {"AAN", "ANA", "MAN", "MNA"}[k];
                    double[] y = holtWinters(seed, 80, 4, 1);
                    EtsModel m = Ets.fit(y, 4, EtsSpec.of(model),
                            Ets.Options.defaults().withSimulationPaths(20000));
                    Forecast exact = m.forecast(8, 0.9);
                    EtsForecasting.Moments sim = EtsForecasting.simulate(m, m.finalStates(), 8);
                    for (int h = 0; h < 8; h++) {
                        double width = exact.upper(0.9)[h] - exact.lower(0.9)[h];
                        double lo = EtsForecasting.quantile(sim.paths()[h], 0.05);
                        double hi = EtsForecasting.quantile(sim.paths()[h], 0.95);
                        assertEquals(exact.lower(0.9)[h], lo, 0.04 * width, model + " lower h=" + (h + 1));
                        assertEquals(exact.upper(0.9)[h], hi, 0.04 * width, model + " upper h=" + (h + 1));
                    }
                });
    }

    /**
     * A series that forecast's {@code is.constant} calls constant gets R's simple smoothing. R 4.2.2, forecast 8.20:
     * {@code f <- ets(5 + c(3e-9, 0, -2e-9, 1e-9, 0, 0, 4e-9, 0, 0, 1e-9))}: {@code f$sigma2} =
     * 5.5999627355701358e-18, {@code residuals(f)[2]} = -3.000000e-09, {@code residuals(f)[3]} = -2.000030e-09.
     */
    @Test
    void autoEts_nearlyConstantSeries_isRsSimpleSmoothing() {
        double[] y = {5 + 3e-9, 5, 5 - 2e-9, 5 + 1e-9, 5, 5, 5 + 4e-9, 5, 5, 5 + 1e-9};
        EtsModel m = AutoEts.fit(y, 1);
        assertEquals("ETS(A,N,N)", m.method());
        assertEquals(0.99999, m.alpha(), 0.0);
        assertEquals(5.5999627355701358e-18, m.sigma2(), 1e-6 * 5.6e-18);
        assertEquals(-3.000000e-09, m.residuals()[1], 1e-15);
        assertEquals(-2.000030e-09, m.residuals()[2], 1e-15);
        assertTrue(Double.isNaN(m.aicc()));
    }

    /**
     * The 80 % and 95 % intervals of ETS(A,N,N) and ETS(M,N,N) (classes 1 and 2) cover the model's own simulated
     * future about as often as stated; they ignore parameter uncertainty, so coverage may run a little low.
     */
    @Test
    void forecast_intervalsHaveStatedCoverage() {
        qt().withFixedSeed(SEED).withExamples(2).forAll(integers().between(0, 1)).checkAssert(k -> {
            boolean multiplicative = k == 1;
            int replications = 300;
            int horizon = 6;
            int[] inside80 = new int[horizon];
            int[] inside95 = new int[horizon];
            for (int r = 0; r < replications; r++) {
                SplittableRandom random = new SplittableRandom(1000L * k + r);
                double alpha = 0.4;
                double l = 100;
                double sd = multiplicative ? 0.05 : 5;
                double[] y = new double[80 + horizon];
                for (int t = 0; t < y.length; t++) {
                    double e = sd * random.nextGaussian();
                    y[t] = multiplicative ? l * (1 + e) : l + e;
                    l = multiplicative ? l * (1 + alpha * e) : l + alpha * e;
                }
                EtsModel m = Ets.fit(java.util.Arrays.copyOf(y, 80), 1, EtsSpec.of(multiplicative ? "MNN" : "ANN"));
                Forecast fc = m.forecast(horizon, 0.80, 0.95);
                for (int h = 0; h < horizon; h++) {
                    double future = y[80 + h];
                    inside80[h] += fc.lower(0.80)[h] <= future && future <= fc.upper(0.80)[h] ? 1 : 0;
                    inside95[h] += fc.lower(0.95)[h] <= future && future <= fc.upper(0.95)[h] ? 1 : 0;
                }
            }
            for (int h = 0; h < horizon; h++) {
                double c80 = inside80[h] / (double) replications;
                double c95 = inside95[h] / (double) replications;
                // binomial standard errors at n = 300: 0.023 (80 %) and 0.013 (95 %); allow for parameter uncertainty
                assertTrue(c80 > 0.71 && c80 < 0.87, "80 % coverage " + c80 + " at h=" + (h + 1) + " k=" + k);
                assertTrue(c95 > 0.89 && c95 < 0.99, "95 % coverage " + c95 + " at h=" + (h + 1) + " k=" + k);
            }
        });
    }
}
