package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden values from R 4.2.2 with forecast 8.20 ({@code src/test/resources/timeseries/ets/make_ets_references.R}):
 * {@code ets(y)} on 13 classic series, the 60-month benchmark series and two short series (20 months, 10 quarters),
 * every model of its search space fitted one by one, and {@code forecast(fit, h = 12)}.
 *
 * <p>Our Nelder–Mead takes R's path, so the choice of model agrees on every series and the fits agree far inside
 * the tolerances asserted here (AICc to about 1e-9, forecasts to about 1e-12 relative); the tolerances are the
 * issue's (AICc 0.1, forecasts 1e-3 relative) tightened where the agreement is structural, and leave room for
 * last-bit differences of {@code Math.log}/{@code Math.pow} between platforms. No series needs a named exception.
 * Intervals are compared with the {@code *_fixed} columns, R's intervals with forecast's 2026 correction of the
 * seasonal smoothing index in {@code class1} (see the script); they equal the plain columns except for
 * {@code ETS(A,N,A)} and {@code ETS(M,N,A)} models (USAccDeaths and nottem here).
 */
class EtsReferenceTest {

    private static final double AICC_TOLERANCE = 0.1;
    private static final double PARAMETER_TOLERANCE = 1e-3;
    private static final double LOGLIK_TOLERANCE = 1e-3;
    private static final double FORECAST_RELATIVE = 1e-4;

    static Stream<String> series() {
        List<String> all = new ArrayList<>(EtsReferences.CLASSIC);
        all.addAll(List.of("USAccDeaths60", "USAccDeaths20", "JohnsonJohnson10"));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("series")
    void autoEts_choosesRModelWithItsAicc(String name) {
        Map<String, String> r = EtsReferences.auto(name);
        EtsModel ours = AutoEts.fit(EtsReferences.series(name), EtsReferences.frequency(name));
        assertEquals(EtsSpec.of(r.get("model")).label(), ours.method(), name);
        assertEquals(RReferences.number(r, "aicc"), ours.aicc(), AICC_TOLERANCE, name + " AICc");
    }

    @ParameterizedTest
    @MethodSource("series")
    void fit_withRModel_matchesRParametersStatesAndStatistics(String name) {
        Map<String, String> r = EtsReferences.auto(name);
        EtsModel m = Ets.fit(EtsReferences.series(name), EtsReferences.frequency(name), EtsSpec.of(r.get("model")));
        assertParameter(r, "alpha", m.alpha(), name);
        assertParameter(r, "beta", m.beta(), name);
        assertParameter(r, "gamma", m.gamma(), name);
        assertParameter(r, "phi", m.phi(), name);
        assertEquals(RReferences.number(r, "loglik"), m.logLikelihood(), LOGLIK_TOLERANCE, name + " loglik");
        assertEquals(RReferences.number(r, "aic"), m.aic(), AICC_TOLERANCE, name + " AIC");
        assertEquals(RReferences.number(r, "aicc"), m.aicc(), AICC_TOLERANCE, name + " AICc");
        assertEquals(RReferences.number(r, "bic"), m.bic(), AICC_TOLERANCE, name + " BIC");
        double sigma2 = RReferences.number(r, "sigma2");
        assertEquals(sigma2, m.sigma2(), 1e-4 * sigma2, name + " sigma2");
        String[] states = r.get("initstates").split(" ");
        double[] ours = m.initialStates();
        assertEquals(states.length, ours.length, name + " state length");
        for (int i = 0; i < states.length; i++) {
            double expected = Double.parseDouble(states[i]);
            assertEquals(expected, ours[i], 1e-3 * Math.max(1, Math.abs(expected)), name + " initial state " + i);
        }
    }

    private static void assertParameter(Map<String, String> r, String column, double ours, String name) {
        double expected = RReferences.number(r, column);
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(ours), () -> name + " " + column + " should be NaN, was " + ours);
        } else {
            assertEquals(expected, ours, PARAMETER_TOLERANCE, name + " " + column);
        }
    }

    @ParameterizedTest
    @MethodSource("series")
    void forecast_twelveSteps_matchesRMeansAndBounds(String name) {
        EtsModel m = AutoEts.fit(EtsReferences.series(name), EtsReferences.frequency(name));
        Forecast fc = m.forecast(12, 0.80, 0.95);
        List<Map<String, String>> rows = EtsReferences.forecasts(name);
        assertEquals(12, rows.size());
        for (int h = 0; h < 12; h++) {
            Map<String, String> r = rows.get(h);
            String at = name + " h=" + (h + 1);
            assertRelative(RReferences.number(r, "mean"), fc.mean()[h], at + " mean");
            assertRelative(RReferences.number(r, "lo80_fixed"), fc.lower(0.80)[h], at + " lo80");
            assertRelative(RReferences.number(r, "hi80_fixed"), fc.upper(0.80)[h], at + " hi80");
            assertRelative(RReferences.number(r, "lo95_fixed"), fc.lower(0.95)[h], at + " lo95");
            assertRelative(RReferences.number(r, "hi95_fixed"), fc.upper(0.95)[h], at + " hi95");
        }
    }

    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, FORECAST_RELATIVE * Math.abs(expected), what);
    }

    /**
     * All 180 models of ets's search space over the 16 series that R fits by likelihood when the model is given
     * (on the two short series, models with {@code n <= k + 4} are absent: R falls back to HoltWinters and
     * {@code Ets.fit} refuses them): the same optimum as R, one by one. The seasonal models of USAccDeaths20 start
     * from the Fourier regression of fewer than three cycles.
     */
    @Test
    void fit_everyCandidateModel_matchesRLikelihood() {
        List<Map<String, String>> rows = EtsReferences.table("ets_models.csv");
        assertEquals(180, rows.size());
        for (Map<String, String> r : rows) {
            String name = r.get("series");
            String what = name + " " + r.get("model");
            EtsModel m = Ets.fit(EtsReferences.series(name), EtsReferences.frequency(name),
                    EtsSpec.of(r.get("model")));
            assertEquals(RReferences.number(r, "loglik"), m.logLikelihood(), LOGLIK_TOLERANCE, what + " loglik");
            assertEquals(RReferences.number(r, "aicc"), m.aicc(), AICC_TOLERANCE, what + " AICc");
            assertParameter(r, "alpha", m.alpha(), what);
            assertParameter(r, "beta", m.beta(), what);
            assertParameter(r, "gamma", m.gamma(), what);
            assertParameter(r, "phi", m.phi(), what);
        }
    }

    /** The 12-step forecasts of all 180 models at h = 1, 6, 12: every ETS forecast class the search meets. */
    @Test
    void forecast_everyCandidateModel_matchesRMeansAndBounds() {
        List<Map<String, String>> rows = EtsReferences.table("ets_model_forecasts.csv");
        assertEquals(3 * 180, rows.size());
        Forecast fc = null;
        String fitted = "";
        for (Map<String, String> r : rows) {
            String name = r.get("series");
            String what = name + " " + r.get("model");
            if (!what.equals(fitted)) {
                fc = Ets.fit(EtsReferences.series(name), EtsReferences.frequency(name), EtsSpec.of(r.get("model")))
                        .forecast(12, 0.95);
                fitted = what;
            }
            int h = RReferences.integer(r, "h") - 1;
            String at = what + " h=" + (h + 1);
            assertRelative(RReferences.number(r, "mean"), fc.mean()[h], at + " mean");
            assertRelative(RReferences.number(r, "lo95_fixed"), fc.lower(0.95)[h], at + " lo95");
            assertRelative(RReferences.number(r, "hi95_fixed"), fc.upper(0.95)[h], at + " hi95");
        }
    }

    /**
     * Models outside the analytic classes ({@code restrict} off): the point forecasts equal R's, and the simulated
     * bounds (5 000 paths each side, different generators) agree within sampling error, 5 % of the 95 % width.
     */
    @Test
    void forecast_simulatedModels_matchRMeansAndBoundsWithinSamplingError() {
        List<Map<String, String>> rows = EtsReferences.table("ets_simulated.csv");
        assertEquals(36, rows.size());
        Ets.Options open = Ets.Options.defaults().withRestrict(false);
        Forecast fc = null;
        String fitted = "";
        for (Map<String, String> r : rows) {
            String name = r.get("series");
            String what = name + " " + r.get("model");
            if (!what.equals(fitted)) {
                EtsModel m = Ets.fit(EtsReferences.series(name), EtsReferences.frequency(name),
                        EtsSpec.of(r.get("model")), open);
                assertEquals(RReferences.number(r, "loglik"), m.logLikelihood(), LOGLIK_TOLERANCE, what);
                fc = m.forecast(12, 0.80, 0.95);
                fitted = what;
            }
            int h = RReferences.integer(r, "h") - 1;
            String at = what + " h=" + (h + 1);
            assertRelative(RReferences.number(r, "mean"), fc.mean()[h], at + " mean");
            double width = RReferences.number(r, "hi95") - RReferences.number(r, "lo95");
            for (String column : new String[] {"lo80", "hi80", "lo95", "hi95"}) {
                double ours = column.startsWith("lo") ? fc.lower(column.endsWith("80") ? 0.80 : 0.95)[h]
                        : fc.upper(column.endsWith("80") ? 0.80 : 0.95)[h];
                assertEquals(RReferences.number(r, column), ours, 0.05 * width, at + " " + column);
            }
        }
    }

    /** Prints the comparison table of the report on purpose, and checks its last column. */
    @Test
    void comparisonTable_worstForecastDifferenceIsSmall() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-15s %-12s %-12s %12s %12s %12s%n",
                "series", "R model", "our model", "R AICc", "our AICc", "worst fc rel"));
        series().forEach(name -> {
            Map<String, String> r = EtsReferences.auto(name);
            EtsModel m = AutoEts.fit(EtsReferences.series(name), EtsReferences.frequency(name));
            Forecast fc = m.forecast(12, 0.80, 0.95);
            double worst = 0;
            List<Map<String, String>> rows = EtsReferences.forecasts(name);
            for (int h = 0; h < 12; h++) {
                Map<String, String> row = rows.get(h);
                worst = Math.max(worst, rel(row, "mean", fc.mean()[h]));
                worst = Math.max(worst, rel(row, "lo95_fixed", fc.lower(0.95)[h]));
                worst = Math.max(worst, rel(row, "hi95_fixed", fc.upper(0.95)[h]));
            }
            sb.append(String.format(Locale.ROOT, "%-15s %-12s %-12s %12.4f %12.4f %12.2e%n", name,
                    EtsSpec.of(r.get("model")).label(), m.method(), RReferences.number(r, "aicc"), m.aicc(), worst));
            assertTrue(worst < FORECAST_RELATIVE, name + " worst forecast difference " + worst);
        });
        System.out.print(sb);
    }

    private static double rel(Map<String, String> row, String column, double ours) {
        double expected = RReferences.number(row, column);
        return Math.abs(ours - expected) / Math.abs(expected);
    }
}
