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
import org.crm4j.analytics.stats.JarqueBera;
import org.crm4j.analytics.stats.TestResult;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic of {@link LinearModel} against R 4.2.2 ({@code stats}, {@code lmtest} 0.9.40, {@code car} 3.1.1,
 * {@code tseries} 0.10.53) and statsmodels 0.13.5 on NIST Longley, stackloss and a generated heteroscedastic sample
 * ({@code src/test/resources/regression/make_lm_diagnostics.R} and {@code .py}; {@code lm_diagnostics.csv}). Every
 * reference row, of both tools, must agree to 1e-8 relative; the test prints the worst relative difference per
 * quantity and tool.
 */
class LinearDiagnosticsReferenceTest {

    private static final double TOLERANCE = 1e-8;
    private static final String[] DATASETS = {"longley", "stackloss", "heteroscedastic"};

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
    private static double ours(LinearModel m, LinearInfluence inf, double[][] x, String quantity, int i) {
        JarqueBera.Result jb = m.jarqueBera();
        TestResult koenker = m.breuschPagan(x);
        TestResult classic = m.breuschPagan(x, false);
        return switch (quantity) {
            case "loglik" -> m.logLikelihood();
            case "aic" -> m.aic();
            case "bic" -> m.bic();
            case "durbin_watson" -> m.durbinWatson();
            case "bp_koenker" -> koenker.statistic();
            case "bp_koenker_p" -> koenker.pValue();
            case "bp_koenker_df" -> koenker.df();
            case "bp_classic" -> classic.statistic();
            case "bp_classic_p" -> classic.pValue();
            case "bp_classic_df" -> classic.df();
            case "jb" -> jb.statistic();
            case "jb_p" -> jb.pValue();
            case "skewness" -> jb.skewness();
            case "kurtosis" -> jb.kurtosis();
            case "vif" -> m.varianceInflationFactors()[i];
            case "condition_number" -> m.conditionNumber();
            case "hat" -> inf.leverage()[i];
            case "cooks" -> inf.cooksDistance()[i];
            case "rstandard" -> inf.standardizedResiduals()[i];
            case "rstudent" -> inf.studentizedResiduals()[i];
            default -> throw new AssertionError("unknown reference quantity " + quantity);
        };
    }

    @Test
    void diagnostics_matchRAndStatsmodels() throws IOException {
        List<Reference> refs = references();
        Map<String, Double> worst = new TreeMap<>();
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (String name : DATASETS) {
            List<double[]> rows = LogisticRegressionReferenceTest.csv("/regression/" + name + ".csv");
            int p = rows.get(0).length - 1;
            double[][] x = new double[rows.size()][];
            double[] y = new double[rows.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = java.util.Arrays.copyOf(rows.get(i), p);
                y[i] = rows.get(i)[p];
            }
            LinearModel m = LinearRegression.fit(x, y);
            LinearInfluence inf = m.influence(x);
            for (Reference r : refs) {
                if (!r.dataset().equals(name)) {
                    continue;
                }
                double actual = ours(m, inf, x, r.quantity(), r.index());
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
        assertEquals(1990, checked, "every reference row is checked");
    }
}
