package org.crm4j.analytics.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the linear SVM over seeded random data: {@code predict} agrees with the sign (two classes) or the
 * largest value (more) of the decision function; the solution satisfies the optimality condition of the primal
 * (its gradient vanishes); the objective does not depend on the order of the rows. Fixed QuickTheories seed; each
 * case draws its data from its own seed.
 */
class SvmPropertyTest {

    private static final long SEED = 20261204L;

    /** n rows, d features, {@code classes} classes whose means are shifted by {@code separation}. */
    record Case(long seed, int n, int d, int classes, int separation) {

        int[] y() {
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = i % classes; // every class present
            }
            return y;
        }

        double[][] x() {
            SplittableRandom r = new SplittableRandom(seed);
            double[][] x = new double[n][d];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = r.nextGaussian() + (j % classes == i % classes ? 0.5 * separation : 0);
                }
            }
            return x;
        }
    }

    private static Gen<Case> cases() {
        return longs().all().zip(integers().between(4, 120), integers().between(1, 6), integers().between(2, 4),
                integers().between(0, 4), Case::new);
    }

    @Test
    void predict_agreesWithTheDecisionFunction() {
        qt().withFixedSeed(SEED).withExamples(100).forAll(cases()).checkAssert(c -> {
            LinearSvmModel m = LinearSvm.fit(c.x(), c.y(), LinearSvm.Options.defaults().withThreads(1));
            int[] classes = m.classes();
            for (double[] row : c.x()) {
                double[] f = m.decisionFunction(row);
                int predicted = m.predict(row);
                if (f.length == 1) {
                    assertEquals(f[0] > 0 ? classes[1] : classes[0], predicted, c.toString());
                } else {
                    for (int k = 0; k < f.length; k++) {
                        assertTrue(f[k] <= f[java.util.Arrays.binarySearch(classes, predicted)], c.toString());
                    }
                }
            }
        });
    }

    @Test
    void fit_primalGradientVanishesAtTheSolution() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(cases()).checkAssert(c -> {
            double[][] x = c.x();
            int[] y = c.y();
            LinearSvmModel m = LinearSvm.fit(x, y, LinearSvm.Options.defaults().withTolerance(1e-10)
                    .withMaxIterations(100_000).withThreads(1));
            double[][] w = m.coefficients();
            double[] b = m.intercepts();
            int[] classes = m.classes();
            for (int k = 0; k < w.length; k++) {
                int positive = w.length == 1 ? classes[1] : classes[k];
                // ∇ = (w, b) − 2C Σ_i y_i max(0, 1 − y_i f_i) (x_i, 1)
                double[] gradient = new double[c.d() + 1];
                for (int j = 0; j < c.d(); j++) {
                    gradient[j] = w[k][j];
                }
                gradient[c.d()] = b[k];
                double scale = 1;
                for (int i = 0; i < x.length; i++) {
                    double s = y[i] == positive ? 1 : -1;
                    double f = b[k];
                    for (int j = 0; j < c.d(); j++) {
                        f += w[k][j] * x[i][j];
                    }
                    double slack = Math.max(0, 1 - s * f);
                    for (int j = 0; j < c.d(); j++) {
                        gradient[j] -= 2 * s * slack * x[i][j];
                        scale = Math.max(scale, Math.abs(2 * slack * x[i][j]));
                    }
                    gradient[c.d()] -= 2 * s * slack;
                }
                for (double g : gradient) {
                    assertTrue(Math.abs(g) < 1e-6 * scale * x.length, c + " gradient " + g);
                }
            }
        });
    }

    @Test
    void fit_reversedRows_sameObjective() {
        qt().withFixedSeed(SEED).withExamples(60).forAll(cases()).checkAssert(c -> {
            double[][] x = c.x();
            int[] y = c.y();
            double[][] xr = new double[x.length][];
            int[] yr = new int[y.length];
            for (int i = 0; i < x.length; i++) {
                xr[i] = x[x.length - 1 - i];
                yr[i] = y[y.length - 1 - i];
            }
            LinearSvm.Options tight = LinearSvm.Options.defaults().withTolerance(1e-10).withMaxIterations(100_000)
                    .withThreads(1);
            double[] a = LinearSvm.fit(x, y, tight).objective();
            double[] b = LinearSvm.fit(xr, yr, tight).objective();
            for (int k = 0; k < a.length; k++) {
                assertEquals(a[k], b[k], 1e-8 * Math.max(1, a[k]), c.toString());
            }
            assertArrayEquals(new int[] {a.length}, new int[] {b.length});
        });
    }
}
