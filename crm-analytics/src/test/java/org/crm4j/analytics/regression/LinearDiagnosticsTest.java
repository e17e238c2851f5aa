package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.crm4j.analytics.stats.TestResult;
import org.junit.jupiter.api.Test;

/** The rules of {@link LinearModel}'s diagnostics: refused inputs and states, and invariants on random designs. */
class LinearDiagnosticsTest {

    private static final double[][] X = {{1, 2}, {2, 1}, {3, 5}, {4, 3}, {5, 6}, {6, 2}, {7, 7}, {8, 1}};
    private static final double[] Y = {3.1, 3.9, 8.2, 7.8, 11.1, 9.0, 14.2, 9.5};

    private static double[][] design(Random rng, int n, int p) {
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = rng.nextGaussian() * (j + 1) + j;
            }
        }
        return x;
    }

    private static double[] response(Random rng, double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1 + rng.nextGaussian();
            for (double v : x[i]) {
                y[i] += 0.5 * v;
            }
        }
        return y;
    }

    @Test
    void influence_properties() {
        qt().withFixedSeed(22L).withExamples(60)
                .forAll(longs().all(), integers().between(8, 60), integers().between(1, 5))
                .checkAssert((seed, n, p) -> {
                    Random rng = new Random(seed);
                    double[][] x = design(rng, n, p);
                    boolean intercept = seed % 2 == 0;
                    LinearModel m = LinearRegression.fit(x, response(rng, x),
                            LinearRegression.Options.defaults().withIntercept(intercept));
                    double[] h = m.influence(x).leverage();
                    double sum = 0;
                    for (double hi : h) {
                        assertTrue(hi >= (intercept ? 1.0 / n : 0) - 1e-12 && hi <= 1 + 1e-12, "leverage " + hi);
                        sum += hi;
                    }
                    assertEquals(m.rank(), sum, 1e-9 * m.rank(), "the leverages sum to the number of coefficients");
                    for (double v : m.varianceInflationFactors()) {
                        assertTrue(v >= 1 - 1e-12, "VIF " + v);
                    }
                    assertTrue(m.conditionNumber() >= 1, "condition number " + m.conditionNumber());
                    double dw = m.durbinWatson();
                    assertTrue(dw >= 0 && dw <= 4, "Durbin-Watson " + dw);
                    TestResult bp = m.breuschPagan(x);
                    assertEquals(p, bp.df());
                    assertTrue(bp.statistic() >= 0 && bp.statistic() <= n + 1e-9, "Koenker's n R² " + bp);
                });
    }

    @Test
    void leverage_andCooksDistance_matchTheLeaveOneOutRefit() {
        // Cook's D_i = (b - b_(i))ᵀ XᵀX (b - b_(i)) / (k s²): the definition, by refitting without row i
        LinearModel m = LinearRegression.fit(X, Y);
        LinearInfluence inf = m.influence(X);
        int n = X.length;
        int k = m.rank();
        double s2 = m.residualSumOfSquares() / (n - k);
        for (int i = 0; i < n; i++) {
            double[][] xi = new double[n - 1][];
            double[] yi = new double[n - 1];
            for (int r = 0, t = 0; r < n; r++) {
                if (r != i) {
                    xi[t] = X[r];
                    yi[t++] = Y[r];
                }
            }
            LinearModel left = LinearRegression.fit(xi, yi);
            double shift = 0;
            for (double[] row : X) {
                double d = m.predict(row) - left.predict(row);
                shift += d * d;
            }
            assertEquals(shift / (k * s2), inf.cooksDistance()[i], 1e-10, "Cook's distance of row " + i);
            double looSigma = left.residualStandardError();
            double t = m.residuals()[i] / (looSigma * Math.sqrt(1 - inf.leverage()[i]));
            assertEquals(t, inf.studentizedResiduals()[i], 1e-10, "studentised residual of row " + i);
        }
    }

    @Test
    void influence_otherDesign() {
        LinearModel m = LinearRegression.fit(X, Y);
        double[][] other = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            other[i] = X[i].clone();
        }
        other[3][1] += 1e-6;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.influence(other));
        assertTrue(e.getMessage().contains("x must be the design the model was fitted on: row 3"), e.getMessage());
    }

    @Test
    void influence_wrongNumberOfRows() {
        LinearModel m = LinearRegression.fit(X, Y);
        double[][] shorter = java.util.Arrays.copyOf(X, X.length - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.influence(shorter));
        assertTrue(e.getMessage().contains("x"), e.getMessage());
    }

    @Test
    void influence_wrongNumberOfColumns() {
        LinearModel m = LinearRegression.fit(X, Y);
        double[][] wider = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            wider[i] = new double[] {X[i][0], X[i][1], 0};
        }
        assertThrows(IllegalArgumentException.class, () -> m.influence(wider));
    }

    @Test
    void breuschPagan_wrongNumberOfRows() {
        LinearModel m = LinearRegression.fit(X, Y);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.breuschPagan(new double[][] {{1}, {2}, {3}}));
        assertTrue(e.getMessage().contains("z must have length 8"), e.getMessage());
    }

    @Test
    void breuschPagan_nonFinite() {
        LinearModel m = LinearRegression.fit(X, Y);
        double[][] z = new double[X.length][];
        for (int i = 0; i < X.length; i++) {
            z[i] = new double[] {i};
        }
        z[2][0] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.breuschPagan(z));
        assertTrue(e.getMessage().contains("z[2][0] must be finite, was NaN"), e.getMessage());
    }

    @Test
    void residualDiagnostics_weightedFitRefused() {
        double[] w = {1, 2, 1, 2, 1, 2, 1, 2};
        LinearModel m = LinearRegression.fit(X, Y, w, LinearRegression.Options.defaults());
        for (Runnable call : new Runnable[] {m::durbinWatson, m::jarqueBera, () -> m.breuschPagan(X),
            () -> m.influence(X)}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, call::run);
            assertTrue(e.getMessage().contains("unweighted fits only"), e.getMessage());
        }
        assertTrue(Double.isFinite(m.aic()) && m.varianceInflationFactors().length == 2);
    }

    @Test
    void residualDiagnostics_exactFitRefused() {
        double[] exact = new double[X.length];
        for (int i = 0; i < X.length; i++) {
            exact[i] = 1 + 2 * X[i][0] - X[i][1];
        }
        LinearModel m = LinearRegression.fit(X, exact);
        IllegalStateException e = assertThrows(IllegalStateException.class, m::jarqueBera);
        assertTrue(e.getMessage().contains("fits exactly"), e.getMessage());
        assertThrows(IllegalStateException.class, m::durbinWatson);
        assertTrue(m.summary().contains("Condition number"), m.summary());
    }

    @Test
    void aic_differsFromStatsmodelsConventionByTwo() {
        // statsmodels' OLS aic = -2 llf + 2k; ours (R's) counts σ² as well
        LinearModel m = LinearRegression.fit(X, Y);
        assertEquals(-2 * m.logLikelihood() + 2 * 3 + 2, m.aic(), 1e-12);
        assertEquals(-2 * m.logLikelihood() + Math.log(X.length) * 4, m.bic(), 1e-12);
    }

    @Test
    void conditionNumber_withoutInterceptIsOfTheRawColumns() {
        // columns (1, 0, ...) and (0, 1e3, ...): singular values 1 and 1e3 exactly
        double[][] x = {{1, 0}, {0, 1e3}, {0, 0}, {0, 0}};
        LinearModel m = LinearRegression.fit(x, new double[] {1, 2, 0.5, -0.5},
                LinearRegression.Options.defaults().withIntercept(false));
        assertEquals(1e3, m.conditionNumber(), 1e-10);
        assertEquals(1.0, m.varianceInflationFactors()[0], 1e-14);
    }

    @Test
    void summary_showsTheDiagnostics() {
        String s = LinearRegression.fit(X, Y).summary();
        for (String expected : new String[] {"Log-likelihood", "AIC", "BIC", "Durbin-Watson", "Jarque-Bera", "skew",
            "kurtosis", "Condition number"}) {
            assertTrue(s.contains(expected), expected + " in\n" + s);
        }
    }
}
