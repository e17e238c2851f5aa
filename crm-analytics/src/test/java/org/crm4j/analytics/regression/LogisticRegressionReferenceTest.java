package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden values from R 4.2.2 {@code glm(family = binomial)} on two public data sets shipped with R (mtcars and
 * Hosmer–Lemeshow's birthwt), produced by {@code src/test/resources/regression/make_logistic_references.R}:
 * coefficients, standard errors, deviance, null deviance and AIC must agree to 1e-6 relative.
 */
class LogisticRegressionReferenceTest {

    private static final double TOLERANCE = 1e-6;

    static List<double[]> csv(String resource) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = LogisticRegressionReferenceTest.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                double[] row = new double[f.length];
                for (int j = 0; j < f.length; j++) {
                    row[j] = Double.parseDouble(f[j]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, Double> references() throws IOException {
        Map<String, Double> refs = new HashMap<>();
        try (InputStream in = LogisticRegressionReferenceTest.class.getResourceAsStream(
                "/regression/glm_references.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                refs.put(f[0] + "/" + f[1] + "/" + f[2], Double.parseDouble(f[3]));
            }
        }
        return refs;
    }

    private static double worst = 0;

    private static void check(Map<String, Double> refs, String fit, LogisticModel m) {
        assertTrue(m.converged(), fit + " did not converge");
        double[] b = m.coefficients();
        double[] se = m.standardErrors();
        for (int j = 0; j < b.length; j++) {
            assertRelative(refs.get(fit + "/coef/" + j), b[j], fit + " coefficient " + j);
            assertRelative(refs.get(fit + "/se/" + j), se[j], fit + " standard error " + j);
        }
        assertEquals(null, refs.get(fit + "/coef/" + b.length), fit + ": R has more coefficients");
        assertRelative(refs.get(fit + "/deviance/0"), m.deviance(), fit + " deviance");
        assertRelative(refs.get(fit + "/null_deviance/0"), m.nullDeviance(), fit + " null deviance");
        assertRelative(refs.get(fit + "/aic/0"), m.aic(), fit + " AIC");
    }

    private static void assertRelative(double expected, double actual, String what) {
        double error = Math.abs(actual - expected) / Math.abs(expected);
        worst = Math.max(worst, error);
        assertTrue(error <= TOLERANCE, what + ": R " + expected + ", ours " + actual + ", relative error " + error);
    }

    private static double[][] columns(List<double[]> rows, int... columns) {
        double[][] x = new double[rows.size()][columns.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                x[i][j] = rows.get(i)[columns[j]];
            }
        }
        return x;
    }

    private static int[] labels(List<double[]> rows, int column) {
        return rows.stream().mapToInt(r -> (int) r[column]).toArray();
    }

    @Test
    void fit_mtcarsMatchesR() throws IOException {
        List<double[]> mt = csv("/regression/mtcars.csv");
        check(references(), "mtcars", LogisticRegression.fit(columns(mt, 0, 1), labels(mt, 3)));
    }

    @Test
    void fit_mtcarsWithoutInterceptMatchesR() throws IOException {
        List<double[]> mt = csv("/regression/mtcars.csv");
        check(references(), "mtcars_nointercept", LogisticRegression.fit(columns(mt, 0, 1), labels(mt, 3),
                LogisticRegression.Options.defaults().withIntercept(false)));
    }

    @Test
    void fit_mtcarsWeightedMatchesR() throws IOException {
        List<double[]> mt = csv("/regression/mtcars.csv");
        double[] gear = mt.stream().mapToDouble(r -> r[2]).toArray();
        check(references(), "mtcars_weighted", LogisticRegression.fit(columns(mt, 0, 1), labels(mt, 3), gear,
                LogisticRegression.Options.defaults()));
    }

    @Test
    void fit_birthwtMatchesR() throws IOException {
        List<double[]> bw = csv("/regression/birthwt.csv");
        check(references(), "birthwt", LogisticRegression.fit(columns(bw, 0, 1, 2, 3, 4, 5, 6, 7, 8),
                labels(bw, 9)));
    }

    static double worstRelativeError() {
        return worst;
    }
}
