package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inference the NIST certificates do not cover (t and F p-values, adjusted R², confidence intervals, weights),
 * against R 4.2.2 {@code lm} on mtcars ({@code src/test/resources/regression/make_lm_references.R}); 1e-10 relative.
 */
class LinearRegressionReferenceTest {

    private static final double TOLERANCE = 1e-10;

    private static Map<String, Double> references() throws IOException {
        Map<String, Double> refs = new HashMap<>();
        try (InputStream in = LinearRegressionReferenceTest.class.getResourceAsStream("/regression/lm_references.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                refs.put(f[0] + "/" + f[1] + "/" + f[2], Double.parseDouble(f[3]));
            }
        }
        return refs;
    }

    private static void assertRelative(double expected, double actual, String what) {
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= TOLERANCE, what + ": R " + expected + ", ours " + actual + ", relative error " + error);
    }

    private static void check(String fit, LinearModel m) throws IOException {
        Map<String, Double> refs = references();
        double[] b = m.coefficients();
        double[] se = m.standardErrors();
        double[] t = m.tValues();
        double[] p = m.pValues();
        double[][] ci = m.confidenceIntervals(0.95);
        for (int j = 0; j < b.length; j++) {
            assertRelative(refs.get(fit + "/coef/" + j), b[j], fit + " coef " + j);
            assertRelative(refs.get(fit + "/se/" + j), se[j], fit + " se " + j);
            assertRelative(refs.get(fit + "/t/" + j), t[j], fit + " t " + j);
            assertRelative(refs.get(fit + "/p/" + j), p[j], fit + " p " + j);
            assertRelative(refs.get(fit + "/ci_lo/" + j), ci[j][0], fit + " ci lower " + j);
            assertRelative(refs.get(fit + "/ci_hi/" + j), ci[j][1], fit + " ci upper " + j);
        }
        assertRelative(refs.get(fit + "/sigma/0"), m.residualStandardError(), fit + " sigma");
        assertRelative(refs.get(fit + "/r2/0"), m.rSquared(), fit + " R2");
        assertRelative(refs.get(fit + "/adj_r2/0"), m.adjustedRSquared(), fit + " adjusted R2");
        assertRelative(refs.get(fit + "/f/0"), m.fStatistic(), fit + " F");
        assertRelative(refs.get(fit + "/f_p/0"), m.fPValue(), fit + " F p-value");
        assertRelative(refs.get(fit + "/df/0"), m.residualDegreesOfFreedom(), fit + " residual df");
    }

    private static double[][] x(List<double[]> rows) {
        double[][] x = new double[rows.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {rows.get(i)[0], rows.get(i)[1], rows.get(i)[2]};
        }
        return x;
    }

    @Test
    void fit_mtcarsMatchesR() throws IOException {
        List<double[]> rows = LogisticRegressionReferenceTest.csv("/regression/mtcars_lm.csv");
        double[] y = rows.stream().mapToDouble(r -> r[4]).toArray();
        check("mtcars", LinearRegression.fit(x(rows), y));
    }

    @Test
    void fit_mtcarsWeightedMatchesR() throws IOException {
        List<double[]> rows = LogisticRegressionReferenceTest.csv("/regression/mtcars_lm.csv");
        double[] y = rows.stream().mapToDouble(r -> r[4]).toArray();
        double[] gear = rows.stream().mapToDouble(r -> r[3]).toArray();
        check("mtcars_weighted", LinearRegression.fit(x(rows), y, gear, LinearRegression.Options.defaults()));
    }
}
