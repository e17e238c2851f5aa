package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.junit.jupiter.api.Test;

/**
 * The shape every crm4j algorithm shares (crm-analytics/README.md, "How every algorithm looks"), checked for the
 * regression family: {@code fit(x, y, Options)} plus a short overload, validated options with {@code with...}
 * copies, immutable models, {@code threads} (0 = all processors, results independent of it), the convergence policy
 * of the iterative logistic fit (converged, not converged lenient, not converged strict, singular) and R-like
 * summaries checked against R 4.2.2's {@code summary.lm} and {@code summary.glm} on mtcars.
 */
class RegressionShapeTest {

    @Test
    void linear_shortOverload_isDefaults() throws IOException {
        Mtcars d = Mtcars.lm();

        assertArrayEquals(LinearRegression.fit(d.x, d.y, LinearRegression.Options.defaults()).coefficients(),
                LinearRegression.fit(d.x, d.y).coefficients());
    }

    @Test
    void linear_optionsWithCopies() {
        LinearRegression.Options o = LinearRegression.Options.defaults();

        assertEquals(new LinearRegression.Options(true, 1e-12, 0), o);
        assertEquals(new LinearRegression.Options(false, 1e-9, 3),
                o.withIntercept(false).withRankTolerance(1e-9).withThreads(3));
        assertEquals(LinearRegression.Options.defaults(), o);
        assertThrows(IllegalArgumentException.class, () -> o.withRankTolerance(0.5));
    }

    @Test
    void linear_threadsZero_sameFitAsOneThread() throws IOException {
        Mtcars d = Mtcars.lm();

        LinearModel all = LinearRegression.fit(d.x, d.y, LinearRegression.Options.defaults().withThreads(0));
        LinearModel one = LinearRegression.fit(d.x, d.y, LinearRegression.Options.defaults().withThreads(1));

        assertArrayEquals(one.coefficients(), all.coefficients());
        assertArrayEquals(one.standardErrors(), all.standardErrors());
    }

    @Test
    void linear_model_isImmutable() throws IOException {
        Mtcars d = Mtcars.lm();
        LinearModel m = LinearRegression.fit(d.x, d.y);
        double first = m.coefficients()[0];
        double residual = m.residuals()[0];

        m.coefficients()[0] = first + 1;
        m.residuals()[0] = residual + 1;
        d.x[0][0] += 1;

        assertEquals(first, m.coefficients()[0]);
        assertEquals(residual, m.residuals()[0]);
    }

    @Test
    void linear_singularDesign_namesTheColumn() {
        double[][] x = {{1, 2}, {2, 4}, {3, 6}, {4, 8.0}, {5, 10}};
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> LinearRegression.fit(x, new double[] {1, 3, 2, 5, 4}));
        assertTrue(e.getMessage().contains("column 1 of x"), e.getMessage());
    }

    /** R 4.2.2: {@code summary(lm(mpg ~ hp + wt + qsec, data = mtcars))}, values of lm_references.csv. */
    @Test
    void linear_summary_readsLikeR() throws IOException {
        Mtcars d = Mtcars.lm();

        String s = LinearRegression.fit(d.x, d.y).summary();

        assertTrue(s.contains(row("(Intercept)", 27.610526858204913, 8.4199284765393205, 3.2791878143783393,
                0.0027845556611021038, "**")), s);
        assertTrue(s.contains(row("x0", -0.017822271605542471, 0.014981168848936301, -1.1896449325986933,
                0.24417624090336706, "")), s);
        assertTrue(s.contains(row("x1", -4.358797200162682, 0.75270039223473884, -5.7908794058437767,
                3.2172215296398893e-06, "***")), s);
        assertTrue(s.contains("---\nSignif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n"), s);
        assertTrue(s.contains("Residual standard error: 2.57778 on 28 degrees of freedom"), s);
        assertTrue(s.contains("R-squared: 0.834768, adjusted R-squared: 0.817064"), s);
        assertTrue(s.contains("F-statistic: 47.1528 on 3 and 28 DF, p-value: 4.506e-11"), s);
    }

    @Test
    void logistic_shortOverloadAndOptions() throws IOException {
        Mtcars d = Mtcars.glm();
        LogisticRegression.Options o = LogisticRegression.Options.defaults();

        assertArrayEquals(LogisticRegression.fit(d.x, d.labels, o).coefficients(),
                LogisticRegression.fit(d.x, d.labels).coefficients());
        assertEquals(new LogisticRegression.Options(true, 50, 1e-10, 1e-12, false), o);
        assertEquals(new LogisticRegression.Options(false, 9, 1e-6, 1e-9, true), o.withIntercept(false)
                .withMaxIterations(9).withTolerance(1e-6).withRankTolerance(1e-9).withStrict(true));
        assertFalse(o.strict());
        assertThrows(IllegalArgumentException.class, () -> o.withMaxIterations(0));
    }

    @Test
    void logistic_converges_strictAccepts() throws IOException {
        Mtcars d = Mtcars.glm();

        LogisticModel m = LogisticRegression.fit(d.x, d.labels, LogisticRegression.Options.defaults().withStrict(true));

        assertTrue(m.converged());
        assertTrue(m.iterations() > 2 && m.iterations() < 50, "iterations " + m.iterations());
    }

    @Test
    void logistic_budgetTooSmall_lenientReportsNotConverged() throws IOException {
        Mtcars d = Mtcars.glm();

        LogisticModel m = LogisticRegression.fit(d.x, d.labels,
                LogisticRegression.Options.defaults().withMaxIterations(2));

        assertFalse(m.converged());
        assertEquals(2, m.iterations());
        assertTrue(m.summary().contains("(not converged)"), m.summary());
    }

    @Test
    void logistic_budgetTooSmall_strictThrows() throws IOException {
        Mtcars d = Mtcars.glm();

        ConvergenceException e = assertThrows(ConvergenceException.class, () -> LogisticRegression.fit(d.x,
                d.labels, LogisticRegression.Options.defaults().withMaxIterations(2).withStrict(true)));
        assertTrue(e.getMessage().startsWith("logistic regression: IRLS did not converge in 2 iterations"),
                e.getMessage());
    }

    @Test
    void logistic_singularDesign_namesTheColumn() throws IOException {
        Mtcars d = Mtcars.glm();
        double[][] x = new double[d.x.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {d.x[i][0], d.x[i][1], 2 * d.x[i][1]};
        }

        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> LogisticRegression.fit(x, d.labels));
        // column 2 (twice wt) has the larger norm, so the pivoted QR takes it first and finds wt aliased
        assertTrue(e.getMessage().contains("column 1 of x is a linear combination"), e.getMessage());
    }

    @Test
    void logistic_model_isImmutable() throws IOException {
        Mtcars d = Mtcars.glm();
        LogisticModel m = LogisticRegression.fit(d.x, d.labels);
        double first = m.coefficients()[0];

        m.coefficients()[0] = first + 1;
        m.standardErrors()[0] = -1;

        assertEquals(first, m.coefficients()[0]);
        assertTrue(m.standardErrors()[0] > 0);
    }

    /** R 4.2.2: {@code summary(glm(am ~ hp + wt, binomial, mtcars))}; z and p as R prints them. */
    @Test
    void logistic_summary_readsLikeR() throws IOException {
        Mtcars d = Mtcars.glm();

        String s = LogisticRegression.fit(d.x, d.labels).summary();

        assertTrue(s.contains(row("(Intercept)", 18.86629871720, 7.44355806021, 2.534580716, 0.01125819872, "*")),
                s);
        assertTrue(s.contains(row("x0", 0.03625559608, 0.01773415365, 2.044393930, 0.04091464646, "*")), s);
        assertTrue(s.contains(row("x1", -8.08347518244, 3.06867511305, -2.634190615, 0.00843381260, "**")), s);
        assertTrue(s.contains("Signif. codes:"), s);
        assertTrue(s.contains("Residual deviance: 10.0591 on 29 degrees of freedom"), s);
    }

    /** One coefficient row as the summaries print it, from the reference's numbers and R's significance code. */
    private static String row(String name, double estimate, double se, double statistic, double p, String code) {
        return String.format(Locale.ROOT, "%-14s %14.6g %14.6g %9.3f %11.4g %s%n", name, estimate, se, statistic, p,
                code);
    }

    /** mtcars as committed by the R scripts: lm (hp, wt, qsec -> mpg) and glm (hp, wt -> am). */
    private static final class Mtcars {
        final double[][] x;
        final double[] y;
        final int[] labels;

        private Mtcars(double[][] x, double[] y, int[] labels) {
            this.x = x;
            this.y = y;
            this.labels = labels;
        }

        static Mtcars lm() throws IOException {
            List<double[]> rows = LogisticRegressionReferenceTest.csv("/regression/mtcars_lm.csv");
            double[][] x = rows.stream().map(r -> new double[] {r[0], r[1], r[2]}).toArray(double[][]::new);
            return new Mtcars(x, rows.stream().mapToDouble(r -> r[4]).toArray(), null);
        }

        static Mtcars glm() throws IOException {
            List<double[]> rows = LogisticRegressionReferenceTest.csv("/regression/mtcars.csv");
            double[][] x = rows.stream().map(r -> new double[] {r[0], r[1]}).toArray(double[][]::new);
            return new Mtcars(x, null, rows.stream().mapToInt(r -> (int) r[3]).toArray());
        }
    }
}
