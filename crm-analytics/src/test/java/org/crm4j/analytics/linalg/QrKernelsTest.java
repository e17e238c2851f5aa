package org.crm4j.analytics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The QR kernels: reconstruction of the Gram matrix across block boundaries, triangularity, solves against EJML. */
class QrKernelsTest {

    private static double[][] random(Random random, int n, int p) {
        double[][] x = new double[n][p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                row[j] = random.nextGaussian() * (1 + j);
            }
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 300, 1_000, 5_003})
    void tallQr_reproducesGramMatrixAcrossBlocks(int n) {
        Random random = new Random(n);
        int p = 6;
        double[][] x = random(random, n, p);
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextGaussian();
            w[i] = 0.5 + random.nextDouble();
        }
        double[][] xCopy = new double[n][];
        for (int i = 0; i < n; i++) {
            xCopy[i] = x[i].clone();
        }
        double[] r = TallQR.factor(x, y, w, true, null, 0);
        assertArrayEquals(xCopy, x);
        int m = p + 2;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                if (a > b) {
                    assertEquals(0.0, r[a * m + b], "below the diagonal");
                }
                double gram = 0;
                for (int i = 0; i < n; i++) {
                    gram += w[i] * column(x, y, i, a) * column(x, y, i, b);
                }
                double rtr = 0;
                for (int k = 0; k < m; k++) {
                    rtr += r[k * m + a] * r[k * m + b];
                }
                assertEquals(gram, rtr, 1e-10 * (1 + Math.abs(gram)) * n, "RᵀR = AᵀWA at " + a + "," + b);
            }
        }
    }

    private static double column(double[][] x, double[] y, int i, int a) {
        return a == 0 ? 1.0 : a <= x[i].length ? x[i][a - 1] : y[i];
    }

    @Test
    void pivotedQr_solvesLikeEjml() {
        Random random = new Random(7);
        int n = 500;
        int p = 5;
        double[][] x = random(random, n, p);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextGaussian() + x[i][0] - 2 * x[i][3];
        }
        PivotedQR qr = PivotedQR.of(TallQR.factor(x, y, null, false, null, 0), p, 1e-12);
        assertEquals(p, qr.rank());
        DMatrixRMaj a = new DMatrixRMaj(x);
        DMatrixRMaj b = new DMatrixRMaj(n, 1, true, y);
        DMatrixRMaj expected = new DMatrixRMaj(p, 1);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(n, p);
        solver.setA(a);
        solver.solve(b, expected);
        double[] solution = qr.solve();
        for (int j = 0; j < p; j++) {
            assertEquals(expected.get(j, 0), solution[j], 1e-12 * (1 + Math.abs(expected.get(j, 0))));
        }
    }

    @Test
    void pivotedQr_detectsRankAndNamesAColumnOfTheDependentSet() {
        Random random = new Random(11);
        int n = 50;
        double[][] x = random(random, n, 4);
        for (double[] row : x) {
            row[2] = row[0] - 3 * row[1]; // column 2 is a combination of columns 0 and 1
        }
        PivotedQR qr = PivotedQR.of(TallQR.factor(x, new double[n], null, false, null, 0), 4, 1e-12);
        assertEquals(3, qr.rank());
        assertEquals(true, qr.aliasedColumn() <= 2, "aliased column " + qr.aliasedColumn());
    }
}
