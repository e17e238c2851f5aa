package org.crm4j.analytics.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.crm4j.analytics.SingularMatrixException;
import org.junit.jupiter.api.Test;

/** Invariants of least squares on random, seeded designs. */
class LinearRegressionPropertiesTest {

    private static final long SEED = 20261125L;

    private static double[][] design(Random random, int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian() * (j + 1) + j;
            }
        }
        return x;
    }

    private static double[] response(Random random, double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1.5 + random.nextGaussian();
            for (int j = 0; j < x[i].length; j++) {
                y[i] += (j % 3 - 1) * 0.7 * x[i][j];
            }
        }
        return y;
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance * (1 + scale), "index " + i);
        }
    }

    @Test
    void fittedValues_invariantUnderColumnScaling() {
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(longs().all(), integers().between(1, 6), doubles().between(-6, 6))
                .checkAssert(LinearRegressionPropertiesTest::invariantUnderColumnScaling);
    }

    private static void invariantUnderColumnScaling(long seed, int p, double log10Scale) {
        Random random = new Random(seed);
        double[][] x = design(random, 30, p);
        double[] y = response(random, x);
        double scale = Math.pow(10, log10Scale);
        double[][] scaled = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            scaled[i] = x[i].clone();
            scaled[i][p - 1] *= scale;
        }
        LinearModel a = LinearRegression.fit(x, y);
        LinearModel b = LinearRegression.fit(scaled, y);
        assertClose(a.fittedValues(), b.fittedValues(), 1e-10);
        assertEquals(a.coefficients()[p], b.coefficients()[p] * scale, 1e-9 * (1 + Math.abs(a.coefficients()[p])));
        assertEquals(a.tValues()[p], b.tValues()[p], 1e-8 * (1 + Math.abs(a.tValues()[p])));
    }

    @Test
    void fittedValues_invariantUnderColumnPermutation() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all(), integers().between(2, 6))
                .checkAssert(LinearRegressionPropertiesTest::invariantUnderColumnPermutation);
    }

    private static void invariantUnderColumnPermutation(long seed, int p) {
        Random random = new Random(seed);
        double[][] x = design(random, 25, p);
        double[] y = response(random, x);
        double[][] reversed = new double[x.length][p];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < p; j++) {
                reversed[i][j] = x[i][p - 1 - j];
            }
        }
        LinearModel a = LinearRegression.fit(x, y);
        LinearModel b = LinearRegression.fit(reversed, y);
        assertClose(a.fittedValues(), b.fittedValues(), 1e-10);
        for (int j = 0; j < p; j++) {
            assertEquals(a.standardErrors()[j + 1], b.standardErrors()[p - j], 1e-10 * a.standardErrors()[j + 1]);
        }
    }

    @Test
    void residuals_orthogonalToColumns() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all(), integers().between(1, 8), booleans().all())
                .checkAssert(LinearRegressionPropertiesTest::residualsOrthogonalToColumns);
    }

    private static void residualsOrthogonalToColumns(long seed, int p, boolean intercept) {
        Random random = new Random(seed);
        double[][] x = design(random, 40, p);
        double[] y = response(random, x);
        LinearModel m = LinearRegression.fit(x, y, LinearRegression.Options.defaults().withIntercept(intercept));
        double[] r = m.residuals();
        double rNorm = 0;
        for (double v : r) {
            rNorm += v * v;
        }
        rNorm = Math.sqrt(rNorm);
        for (int j = -1; j < p; j++) {
            double dot = 0;
            double colNorm = 0;
            for (int i = 0; i < x.length; i++) {
                double c = j < 0 ? 1.0 : x[i][j];
                dot += c * r[i];
                colNorm += c * c;
            }
            if (j >= 0 || intercept) {
                assertTrue(Math.abs(dot) <= 1e-12 * Math.sqrt(colNorm) * rNorm, "column " + j + ": " + dot);
            }
        }
    }

    @Test
    void rSquared_inUnitIntervalWithIntercept() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(longs().all(), integers().between(1, 8))
                .checkAssert(LinearRegressionPropertiesTest::rSquaredInUnitInterval);
    }

    private static void rSquaredInUnitInterval(long seed, int p) {
        Random random = new Random(seed);
        double[][] x = design(random, 20, p);
        double[] y = new double[20];
        for (int i = 0; i < y.length; i++) {
            y[i] = random.nextGaussian() * 100; // unrelated to x: R² near 0 but never negative
        }
        double r2 = LinearRegression.fit(x, y).rSquared();
        assertTrue(r2 >= 0 && r2 <= 1, "R² = " + r2);
    }

    @Test
    void fit_duplicateColumnDetected() {
        qt().withFixedSeed(SEED).withExamples(40)
                .forAll(longs().all(), integers().between(1, 6), doubles().between(-1e3, 1e3))
                .checkAssert(LinearRegressionPropertiesTest::duplicateColumnDetected);
    }

    private static void duplicateColumnDetected(long seed, int p, double factor) {
        Random random = new Random(seed);
        double[][] x = design(random, 30, p);
        double[] y = response(random, x);
        double multiple = factor == 0 ? 1 : factor;
        double[][] withDuplicate = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            withDuplicate[i] = java.util.Arrays.copyOf(x[i], p + 1);
            withDuplicate[i][p] = multiple * x[i][0];
        }
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> LinearRegression.fit(withDuplicate, y));
        assertTrue(e.getMessage().contains("column " + p + " of x") || e.getMessage().contains("column 0 of x"),
                e.getMessage());
    }
}
