package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.junit.jupiter.api.Test;

/**
 * The shape every crm4j algorithm shares (crm-analytics/README.md, "How every algorithm looks"), checked for the
 * time-series family: {@code Arima.fit(y, ArimaSpec)} plus a short overload, the spec (ARIMA's options) validated in
 * its constructor including the rules between components, {@code with...} copies, an immutable model, the
 * convergence policy (converged, not converged lenient, not converged strict, singular Hessian) and an R-like
 * summary checked against R 4.2.2's {@code arima} on the airline model.
 */
class TimeSeriesShapeTest {

    private static final double[] LOG_AIR = RReferences.series("logAirPassengers");
    private static final double[] LH = RReferences.series("lh");
    private static final ArimaSpec AIRLINE = ArimaSpec.of(0, 1, 1).withSeasonal(0, 1, 1, 12);

    @Test
    void fit_shortOverload_isRsDefaults() {
        ArimaModel shortFit = Arima.fit(LH, 1, 0, 0);

        assertEquals(Arima.fit(LH, ArimaSpec.of(1, 0, 0)).coefficients(), shortFit.coefficients());
        assertEquals(ArimaSpec.Mean.INCLUDE, shortFit.spec().includeMean());
    }

    @Test
    void spec_defaultsAndWithCopies() {
        ArimaSpec spec = ArimaSpec.of(1, 1, 1);

        assertEquals(new ArimaSpec(1, 1, 1, 0, 0, 0, 1, ArimaSpec.Mean.AUTO, false, ArimaMethod.CSS_ML, 500, false),
                spec);
        assertEquals(new ArimaSpec(1, 1, 1, 1, 0, 1, 4, ArimaSpec.Mean.EXCLUDE, true, ArimaMethod.ML, 7, true),
                spec.withSeasonal(1, 0, 1, 4).withMean(false).withDrift(true).withMethod(ArimaMethod.ML)
                        .withMaxIterations(7).withStrict(true));
        assertEquals(ArimaSpec.of(1, 1, 1), spec);
        assertEquals(ArimaSpec.Mean.INCLUDE, ArimaSpec.of(1, 0, 0).withMean(true).includeMean());
        assertEquals(ArimaSpec.Mean.AUTO, ArimaSpec.of(1, 0, 0).withMean(ArimaSpec.Mean.AUTO).includeMean());
    }

    @Test
    void spec_crossFieldRules_checkedInTheConstructor() {
        assertEquals("includeDrift requires d + D = 1 (as forecast include.drift), was d + D = 2",
                assertThrows(IllegalArgumentException.class, () -> new ArimaSpec(0, 1, 1, 0, 1, 1, 12,
                        ArimaSpec.Mean.AUTO, true, ArimaMethod.CSS_ML, 500, false)).getMessage());
        assertEquals("includeMean requires d + D = 0 (as R include.mean), was d + D = 2",
                assertThrows(IllegalArgumentException.class, () -> AIRLINE.withMean(ArimaSpec.Mean.INCLUDE))
                        .getMessage());
        assertEquals("method must not be null",
                assertThrows(IllegalArgumentException.class, () -> new ArimaSpec(1, 0, 0, 0, 0, 0, 1,
                        ArimaSpec.Mean.AUTO, false, null, 500, false)).getMessage());
    }

    @Test
    void autoArimaOptions_withCopiesAndShortOverload() {
        AutoArima.Options o = AutoArima.Options.defaults(12);

        assertEquals(new AutoArima.Options(12, 5, 5, 2, 2, 5, 2, false, AutoArima.Approximation.ON, 94, 500, false),
                o.withStepwise(false).withApproximation(AutoArima.Approximation.ON));
        assertEquals(new AutoArima.Options(12, 3, 4, 2, 2, 6, 2, true, AutoArima.Approximation.AUTO, 94, 500, false),
                o.withMaxOrders(3, 4).withMaxOrder(6));
        assertEquals(new AutoArima.Options(12, 5, 5, 2, 2, 5, 2, true, AutoArima.Approximation.AUTO, 30, 40, true),
                o.withMaxModels(30).withMaxIterations(40).withStrict(true));
        assertEquals(AutoArima.fit(LH, AutoArima.Options.defaults(1)).spec(), AutoArima.fit(LH, 1).spec());
    }

    @Test
    void autoArima_returnsAConvergedModelWithTheDefaultPolicy() {
        ArimaModel m = AutoArima.fit(LOG_AIR, 12);

        assertTrue(m.converged());
        assertFalse(m.spec().strict());
        assertEquals(ArimaSpec.DEFAULT_MAX_ITERATIONS, m.spec().maxIterations());
    }

    @Test
    void autoArima_budgetTooSmall_lenientReturnsTheModelNotConverged_strictThrows() {
        AutoArima.Options tight = AutoArima.Options.defaults(12).withMaxIterations(1);

        ArimaModel lenient = AutoArima.fit(LOG_AIR, tight);
        ConvergenceException e = assertThrows(ConvergenceException.class,
                () -> AutoArima.fit(LOG_AIR, tight.withStrict(true)));

        assertFalse(lenient.converged());
        assertEquals(1, lenient.iterations());
        assertTrue(e.getMessage().contains("did not converge within 1 iterations"), e.getMessage());
    }

    @Test
    void model_isImmutable() {
        ArimaModel m = Arima.fit(LH, ArimaSpec.of(1, 0, 0));
        double residual = m.residuals()[3];

        m.residuals()[3] = residual + 1;

        assertEquals(residual, m.residuals()[3]);
        assertThrows(UnsupportedOperationException.class, () -> m.coefficients().put("ar1", 0.0));
    }

    @Test
    void fit_converges_strictAccepts() {
        ArimaModel m = Arima.fit(LOG_AIR, AIRLINE.withStrict(true));

        assertTrue(m.converged());
        assertTrue(m.iterations() > 1 && m.iterations() < ArimaSpec.DEFAULT_MAX_ITERATIONS, "" + m.iterations());
    }

    @Test
    void fit_budgetTooSmall_lenientReturnsTheBestPointNotConverged() {
        ArimaModel converged = Arima.fit(LOG_AIR, AIRLINE.withMethod(ArimaMethod.ML));
        ArimaModel stopped = Arima.fit(LOG_AIR, AIRLINE.withMethod(ArimaMethod.ML).withMaxIterations(2));

        assertFalse(stopped.converged());
        assertEquals(2, stopped.iterations());
        assertTrue(stopped.logLikelihood() < converged.logLikelihood());
        assertTrue(stopped.summary().contains("NOT converged (best point found)\n"), stopped.summary());
    }

    @Test
    void fit_budgetTooSmall_strictThrows() {
        ConvergenceException e = assertThrows(ConvergenceException.class, () -> Arima.fit(LOG_AIR,
                AIRLINE.withMethod(ArimaMethod.ML).withMaxIterations(2).withStrict(true)));
        assertTrue(e.getMessage().startsWith("ARIMA(0,1,1)(0,1,1)[12]: BFGS did not converge in 2 iterations "
                + "(maxIterations 2"), e.getMessage());
    }

    @Test
    void hessian_singular_namesTheParameter() {
        double[][] singular = {{2, 1, 0}, {1, 3, 0}, {0, 0, 0}};

        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> ArimaEstimation.inverse(singular, "ARIMA(2,0,0) with non-zero mean",
                        new String[] {"ar1", "ar2", "intercept"}));
        assertEquals("ARIMA(2,0,0) with non-zero mean: the Hessian of the likelihood is singular at the optimum: "
                + "parameter intercept (column 3) is a linear combination of the others (no non-zero pivot left); "
                + "the model is not identifiable here, drop that term", e.getMessage());
        assertArrayEquals(new double[] {0.6, -0.2}, java.util.Arrays.copyOf(ArimaEstimation.inverse(
                new double[][] {{2, 1}, {1, 3}}, "x", new String[] {"a", "b"})[0], 2), 1e-15);
    }

    /**
     * ARMA(1,1) on white noise: the AR and MA factors (nearly) cancel, so the likelihood is flat along
     * {@code ar1 = -ma1} and the Hessian at the optimum is indefinite; R returns NaN standard errors, we refuse with
     * the parameter named.
     */
    @Test
    void fit_commonFactorOnWhiteNoise_singularHessianNamesTheParameter() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(67);
        double[] noise = new double[40];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
        }

        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> Arima.fit(noise, ArimaSpec.of(1, 0, 1).withMethod(ArimaMethod.CSS)));
        assertTrue(e.getMessage().startsWith("ARIMA(1,0,1) with non-zero mean: the Hessian of the likelihood is not "
                + "positive definite at the optimum (variance of parameter ar1 is -"), e.getMessage());
    }

    /**
     * R 4.2.2: {@code arima(log(AirPassengers), c(0,1,1), seasonal = c(0,1,1))} (arima_coefficients.csv and
     * arima_fits.csv), z and p as {@code 2 pnorm(-|z|)}; to the agreement {@link ArimaReferenceTest} asserts for the
     * estimates themselves (our optimum is a little sharper than R's).
     */
    @Test
    void summary_airline_readsLikeR() {
        String s = Arima.fit(LOG_AIR, AIRLINE).summary();

        assertTrue(s.startsWith("ARIMA(0,1,1)(0,1,1)[12]\nCoefficients:\n"), s);
        assertRow(s, "ma1", -0.40182801675577684, 0.089643846165172528, -4.482494158, 7.377566297e-06, "***");
        assertRow(s, "sma1", -0.55694483844837783, 0.073099677313587977, -7.618978071, 2.556918932e-14, "***");
        assertTrue(s.contains("---\nSignif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n"), s);
        String[] fit = line(s, "sigma^2 = ").split("[=,]");
        assertEquals(0.0013480348192013531, Double.parseDouble(fit[1].trim()), 1e-3 * 0.00134803, s);
        assertEquals(244.69953059679631, Double.parseDouble(fit[3].trim()), 0.01, s);
        String[] criteria = line(s, "AIC = ").split("[=,(]");
        assertEquals(-483.39906119359262, Double.parseDouble(criteria[1].trim()), 0.02, s);
        assertEquals(-483.21008481563985, Double.parseDouble(criteria[3].trim()), 0.02, s);
        assertEquals(-474.77346922398914, Double.parseDouble(criteria[5].trim()), 0.02, s);
        assertTrue(s.contains("(131 observations used)\n"), s);
        assertTrue(s.contains("Method CSS_ML, BFGS iterations " + Arima.fit(LOG_AIR, AIRLINE).iterations()
                + ", converged\n"), s);
    }

    private static void assertRow(String summary, String name, double estimate, double se, double z, double p,
                                  String code) {
        String[] cells = line(summary, name + " ").trim().split("\\s+");
        assertEquals(6, cells.length, summary);
        assertEquals(estimate, Double.parseDouble(cells[1]), 1e-4, summary);
        assertEquals(se, Double.parseDouble(cells[2]), 1e-4, summary);
        assertEquals(z, Double.parseDouble(cells[3]), 2e-3, summary);
        assertEquals(p, Double.parseDouble(cells[4]), 1e-2 * p, summary);
        assertEquals(code, cells[5], summary);
        assertTrue(cells[1].matches("-?\\d+\\.\\d{4}") && cells[4].matches("\\d\\.\\d{3}e-\\d+"), summary);
    }

    private static String line(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(
                "no line starting with '" + prefix + "' in\n" + text));
    }
}
