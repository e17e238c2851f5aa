package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic of {@link LinearModel} against R 4.2.2 ({@code stats}, {@code lmtest} 0.9.40, {@code car} 3.1.1,
 * {@code tseries} 0.10.53) and statsmodels 0.13.5 on NIST Longley, stackloss and a generated heteroscedastic sample
 * (also fitted by WLS with its true weights, for the diagnostics defined on weighted fits)
 * ({@code src/test/resources/regression/make_lm_diagnostics.R} and {@code .py}; {@code lm_diagnostics.csv}). Every
 * reference row, of both tools, must agree to 1e-8 relative; the test prints the worst relative difference per
 * quantity and tool.
 */
class LinearDiagnosticsReferenceTest {

    private static final double TOLERANCE = 1e-8;
    /** The fits: data file and whether weighted by the heteroscedastic sample's true 1 / (0.5 + 0.4 x1)². */
    private static final String[][] FITS = {{"longley", "longley"}, {"stackloss", "stackloss"},
        {"heteroscedastic", "heteroscedastic"}, {"heteroscedastic_wls", "heteroscedastic"}};

    private record Reference(String dataset, String quantity, int index, double value, String source) {
    }

    private static List<Reference> references() throws IOException {
        List<Reference> refs = new ArrayList<>();
        try (InputStream in = LinearDiagnosticsReferenceTest.class.getResourceAsStream(
                "/regression/lm_diagnostics.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", 5);
                refs.add(new Reference(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                        f[4].replace("\"", "").startsWith("R") ? "R" : "statsmodels"));
            }
        }
        return refs;
    }

    /** Our value of one reference quantity. */
    private static double ours(LinearModel m, double[][] x, String quantity, int i) {
        return switch (quantity) {
            case "loglik" -> m.logLikelihood();
            case "aic" -> m.aic();
            case "bic" -> m.bic();
            case "durbin_watson" -> m.durbinWatson();
            case "bp_koenker" -> m.breuschPagan(x).statistic();
            case "bp_koenker_p" -> m.breuschPagan(x).pValue();
            case "bp_koenker_df" -> m.breuschPagan(x).df();
            case "bp_classic" -> m.breuschPagan(x, false).statistic();
            case "bp_classic_p" -> m.breuschPagan(x, false).pValue();
            case "bp_classic_df" -> m.breuschPagan(x, false).df();
            case "jb" -> m.jarqueBera().statistic();
            case "jb_p" -> m.jarqueBera().pValue();
            case "skewness" -> m.jarqueBera().skewness();
            case "kurtosis" -> m.jarqueBera().kurtosis();
            case "vif" -> m.varianceInflationFactors()[i];
            case "condition_number" -> m.conditionNumber();
            case "hat" -> m.influence(x).leverage()[i];
            case "cooks" -> m.influence(x).cooksDistance()[i];
            case "rstandard" -> m.influence(x).standardizedResiduals()[i];
            case "rstudent" -> m.influence(x).studentizedResiduals()[i];
            default -> throw new AssertionError("unknown reference quantity " + quantity);
        };
    }

    @Test
    void diagnostics_matchRAndStatsmodels() throws IOException {
        List<Reference> refs = references();
        Map<String, Double> worst = new TreeMap<>();
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (String[] fit : FITS) {
            String name = fit[0];
            List<double[]> rows = LogisticRegressionReferenceTest.csv("/regression/" + fit[1] + ".csv");
            int p = rows.get(0).length - 1;
            double[][] x = new double[rows.size()][];
            double[] y = new double[rows.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = java.util.Arrays.copyOf(rows.get(i), p);
                y[i] = rows.get(i)[p];
            }
            double[] w = null;
            if (name.endsWith("_wls")) {
                w = new double[x.length];
                for (int i = 0; i < w.length; i++) {
                    double sd = 0.5 + 0.4 * x[i][0];
                    w[i] = 1 / (sd * sd);
                }
            }
            LinearModel m = LinearRegression.fit(x, y, w, LinearRegression.Options.defaults());
            for (Reference r : refs) {
                if (!r.dataset().equals(name)) {
                    continue;
                }
                double actual = ours(m, x, r.quantity(), r.index());
                double error = Math.abs(actual - r.value()) / Math.abs(r.value());
                worst.merge(r.quantity() + " vs " + r.source(), error, Math::max);
                checked++;
                if (!(error <= TOLERANCE)) {
                    failures.add(String.format(Locale.ROOT, "%s %s[%d]: %s %s, ours %s, relative error %.3g", name,
                            r.quantity(), r.index(), r.source(), r.value(), actual, error));
                }
            }
        }
        System.out.println("LinearModel diagnostics: worst relative difference per quantity and tool ("
                + checked + " reference values)");
        worst.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-36s %.2e%n", k, v));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(1998, checked, "every reference row is checked");
    }
}
