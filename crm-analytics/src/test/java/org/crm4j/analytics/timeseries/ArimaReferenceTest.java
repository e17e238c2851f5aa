package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden values from R 4.2.2 {@code stats::arima} / forecast 8.20 {@code Arima} and {@code forecast} on R's
 * classic data sets (see {@code make_references.R}). Tolerances, as issue 10: coefficients 1e-3 relative or 1e-4
 * absolute, log-likelihood 0.01, standard errors 1 %, forecast means 1e-3 relative, interval half-widths 1 %.
 * Prints one reference table of the worst relative errors per fit, on purpose.
 */
class ArimaReferenceTest {

    private static final List<String> TABLE = new ArrayList<>();

    /**
     * Documented exceptions to the 1e-3 coefficient tolerance, both caused by R rather than by the model:
     * co2_arima: R's kappa = 1e6 approximation of the diffuse prior moves the optimum of this ARMA(1,1) ridge;
     * R fitted on the differenced series (the exact diffuse likelihood) gives ar1 = 0.239166, we give 0.239184
     * (R's default gives 0.239889). wwwusage_arima311: R's optim stops at reltol 1.5e-8 on a flat direction;
     * with reltol 1e-12 R gives ma1 = 0.0671431, we give 0.0671946 (R's default gives 0.0670508), and our
     * log-likelihood is higher than R's by 5e-5.
     */
    private static final Map<String, Double> COEFFICIENT_TOLERANCE = Map.of("co2_arima", 5e-3,
            "wwwusage_arima311", 3e-3);

    static ArimaSpec spec(Map<String, String> row) {
        int d = RReferences.integer(row, "d");
        int seasonalD = RReferences.integer(row, "D");
        ArimaSpec spec = ArimaSpec.of(RReferences.integer(row, "p"), d, RReferences.integer(row, "q"))
                .withSeasonal(RReferences.integer(row, "P"), seasonalD, RReferences.integer(row, "Q"),
                        RReferences.integer(row, "period"))
                .withDrift(Boolean.parseBoolean(row.get("include_drift")))
                .withMethod(ArimaMethod.valueOf(row.get("method").replace('-', '_')));
        if (d + seasonalD == 0) {
            spec = spec.withMean(Boolean.parseBoolean(row.get("include_mean")));
        }
        return spec;
    }

    @TestFactory
    List<DynamicTest> fit_matchesR() {
        List<Map<String, String>> coefs = RReferences.table("arima_coefficients.csv");
        List<Map<String, String>> forecasts = RReferences.table("arima_forecasts.csv");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : RReferences.table("arima_fits.csv")) {
            String id = row.get("fit");
            tests.add(DynamicTest.dynamicTest(id, () -> check(id, row, coefs, forecasts)));
        }
        return tests;
    }

    private static void check(String id, Map<String, String> row, List<Map<String, String>> coefs,
            List<Map<String, String>> forecasts) {
        double[] y = RReferences.series(row.get("series"));
        ArimaModel m = Arima.fit(y, spec(row));
        double worstCoef = 0;
        double worstSe = 0;
        Set<String> checkedCoefficients = new TreeSet<>();
        for (Map<String, String> c : coefs) {
            if (!c.get("fit").equals(id)) {
                continue;
            }
            String name = c.get("coef");
            checkedCoefficients.add(name);
            double expected = RReferences.number(c, "estimate");
            double actual = m.coefficients().get(name);
            double err = Math.abs(actual - expected);
            double tol = COEFFICIENT_TOLERANCE.getOrDefault(id, 1e-3);
            assertTrue(err <= Math.max(1e-4, tol * Math.abs(expected)),
                    () -> id + " " + name + ": R " + expected + ", was " + actual + " (loglik - R loglik = "
                            + (m.logLikelihood() - RReferences.number(row, "loglik")) + ")");
            worstCoef = Math.max(worstCoef, err / Math.abs(expected));
            double se = RReferences.number(c, "se");
            double seActual = m.standardErrors().get(name);
            assertEquals(se, seActual, 0.01 * se, () -> id + " se(" + name + ")");
            worstSe = Math.max(worstSe, Math.abs(seActual - se) / se);
        }
        assertEquals(new TreeSet<>(m.coefficients().keySet()), checkedCoefficients,
                id + ": every coefficient has an R reference and every R coefficient is estimated");
        assertEquals(RReferences.number(row, "loglik"), m.logLikelihood(), 0.01, id + " loglik");
        double sigma2 = RReferences.number(row, "sigma2");
        assertEquals(sigma2, m.sigma2(), 1e-3 * sigma2, id + " sigma2");
        if (!"CSS".equals(row.get("method"))) {
            assertEquals(RReferences.number(row, "aic"), m.aic(), 0.02, id + " aic");
            assertEquals(RReferences.number(row, "aicc"), m.aicc(), 0.02, id + " aicc");
            assertEquals(RReferences.number(row, "bic"), m.bic(), 0.02, id + " bic");
        }
        Forecast forecast = m.forecast(12);
        double[][] fc = {forecast.mean(), forecast.standardErrors()};
        double[] lo80 = forecast.lower(0.80);
        double[] hi80 = forecast.upper(0.80);
        double[] lo95 = forecast.lower(0.95);
        double[] hi95 = forecast.upper(0.95);
        double worstMean = 0;
        double worstFcSe = 0;
        Set<Integer> checkedHorizons = new TreeSet<>();
        for (Map<String, String> f : forecasts) {
            if (!f.get("fit").equals(id)) {
                continue;
            }
            int h = RReferences.integer(f, "h") - 1;
            checkedHorizons.add(h + 1);
            double mean = RReferences.number(f, "mean");
            assertEquals(mean, fc[0][h], 1e-3 * Math.abs(mean), id + " forecast mean h=" + (h + 1));
            double se = RReferences.number(f, "se");
            assertEquals(se, fc[1][h], 0.01 * se, id + " forecast se h=" + (h + 1));
            // bounds within 1 % of the interval half-width
            assertEquals(RReferences.number(f, "lo80"), lo80[h], 0.01 * 1.2816 * se, id + " lo80 h=" + (h + 1));
            assertEquals(RReferences.number(f, "hi80"), hi80[h], 0.01 * 1.2816 * se, id + " hi80 h=" + (h + 1));
            assertEquals(RReferences.number(f, "lo95"), lo95[h], 0.01 * 1.96 * se, id + " lo95 h=" + (h + 1));
            assertEquals(RReferences.number(f, "hi95"), hi95[h], 0.01 * 1.96 * se, id + " hi95 h=" + (h + 1));
            worstMean = Math.max(worstMean, Math.abs(fc[0][h] - mean) / Math.abs(mean));
            worstFcSe = Math.max(worstFcSe, Math.abs(fc[1][h] - se) / se);
        }
        assertEquals(12, checkedHorizons.size(), id + ": R forecasts for horizons 1 to 12, had " + checkedHorizons);
        synchronized (TABLE) {
            TABLE.add(String.format(Locale.ROOT, "%-24s coef %.1e  se %.1e  loglik %+.1e  fc mean %.1e  fc se %.1e",
                    id, worstCoef, worstSe, m.logLikelihood() - RReferences.number(row, "loglik"), worstMean,
                    worstFcSe));
        }
    }

    @Test
    void fit_lakeHuronAnchor() {
        ArimaModel m = Arima.fit(RReferences.series("LakeHuron"), ArimaSpec.of(2, 0, 0));
        assertEquals(1.0436, m.coefficients().get("ar1"), 1e-4);
        assertEquals(-0.2495, m.coefficients().get("ar2"), 1e-4);
        assertEquals(579.05, m.coefficients().get("intercept"), 0.01);
        assertEquals(-103.63, m.logLikelihood(), 0.01);
        System.out.println("LakeHuron AR(2) sanity anchor (R: ar1 1.0436, ar2 -0.2495, intercept 579.0473, "
                + "loglik -103.63):\n" + m.summary());
    }

    @AfterAll
    static void printTable() {
        System.out.println("ARIMA vs R 4.2.2 / forecast 8.20, worst relative errors per fit:");
        TABLE.forEach(System.out::println);
    }
}
