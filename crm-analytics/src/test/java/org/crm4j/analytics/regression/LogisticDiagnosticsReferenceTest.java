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
import org.crm4j.analytics.stats.TestResult;
import org.junit.jupiter.api.Test;

/**
 * {@link LogisticModel}'s log-likelihood, AIC, BIC, deviance residuals and Hosmer–Lemeshow test against R 4.2.2
 * {@code glm} and statsmodels 0.13.5 {@code Logit}/{@code GLM} on mtcars (am ~ hp + wt), birthwt and weighted mtcars;
 * the Hosmer–Lemeshow references are two independent implementations (R and numpy) of the grouping rule of
 * {@code ResourceSelection::hoslem.test} ({@code src/test/resources/regression/make_logistic_diagnostics.R},
 * {@code .py}; {@code logistic_diagnostics.csv}). Every row to 1e-8 relative; the worst differences are printed.
 */
class LogisticDiagnosticsReferenceTest {

    private static final double TOLERANCE = 1e-8;

    @Test
    void diagnostics_matchRAndStatsmodels() throws IOException {
        List<double[]> mt = LogisticRegressionReferenceTest.csv("/regression/mtcars.csv");
        List<double[]> bw = LogisticRegressionReferenceTest.csv("/regression/birthwt.csv");
        double[][] mtX = columns(mt, 0, 1);
        int[] mtY = labels(mt, 3);
        double[][] bwX = columns(bw, 0, 1, 2, 3, 4, 5, 6, 7, 8);
        int[] bwY = labels(bw, 9);
        double[] gear = mt.stream().mapToDouble(r -> r[2]).toArray();
        Map<String, LogisticModel> models = Map.of(
                "mtcars", LogisticRegression.fit(mtX, mtY),
                "birthwt", LogisticRegression.fit(bwX, bwY),
                "mtcars_weighted", LogisticRegression.fit(mtX, mtY, gear, LogisticRegression.Options.defaults()));
        Map<String, double[][]> xs = Map.of("mtcars", mtX, "birthwt", bwX);
        Map<String, int[]> ys = Map.of("mtcars", mtY, "birthwt", bwY);

        Map<String, Double> worst = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (InputStream in = getClass().getResourceAsStream("/regression/logistic_diagnostics.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", 5);
                String fit = f[0];
                String quantity = f[1];
                int index = Integer.parseInt(f[2]);
                double expected = Double.parseDouble(f[3]);
                String source = f[4].replace("\"", "").startsWith("R") ? "R" : "statsmodels";
                LogisticModel m = models.get(fit);
                double actual = switch (quantity) {
                    case "loglik" -> m.logLikelihood();
                    case "aic" -> m.aic();
                    case "bic" -> m.bic();
                    case "deviance_residual" -> m.devianceResiduals(xs.get(fit), ys.get(fit))[index];
                    case "hl" -> hl(m, xs.get(fit), ys.get(fit)).statistic();
                    case "hl_df", "hl_groups" -> hl(m, xs.get(fit), ys.get(fit)).df() + (quantity.equals("hl_df")
                            ? 0 : 2);
                    case "hl_p" -> hl(m, xs.get(fit), ys.get(fit)).pValue();
                    default -> throw new AssertionError("unknown reference quantity " + quantity);
                };
                double error = Math.abs(actual - expected) / Math.abs(expected);
                worst.merge(quantity + " vs " + source, error, Math::max);
                checked++;
                if (!(error <= TOLERANCE)) {
                    failures.add(String.format(Locale.ROOT, "%s %s[%d]: %s %s, ours %s, relative error %.3g", fit,
                            quantity, index, source, expected, actual, error));
                }
            }
        }
        System.out.println("LogisticModel diagnostics: worst relative difference per quantity and tool (" + checked
                + " reference values)");
        worst.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-32s %.2e%n", k, v));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(473, checked, "every reference row is checked");
    }

    private static TestResult hl(LogisticModel m, double[][] x, int[] y) {
        return m.hosmerLemeshow(x, y);
    }

    static double[][] columns(List<double[]> rows, int... columns) {
        double[][] x = new double[rows.size()][columns.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                x[i][j] = rows.get(i)[columns[j]];
            }
        }
        return x;
    }

    static int[] labels(List<double[]> rows, int column) {
        return rows.stream().mapToInt(r -> (int) r[column]).toArray();
    }
}
