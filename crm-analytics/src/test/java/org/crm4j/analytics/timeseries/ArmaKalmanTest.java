package org.crm4j.analytics.timeseries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/**
 * The Kalman filter's building blocks against independent computations: the initial covariance solves the
 * stationary Lyapunov equation {@code P = T P T' + R R'} (what Gardner et al.'s Q0 computes), and the exact
 * likelihood equals the multivariate normal density of the whole series computed with EJML from the
 * autocovariances.
 */
class ArmaKalmanTest {

    private static final double[] PHI = {0.5, -0.3, 0, 0, 0.2};
    private static final double[] THETA = {0.4, 0, 0, -0.5, -0.2};

    @Test
    void setModel_initialCovarianceSolvesLyapunov() {
        int r = 6;
        SimpleMatrix t = new SimpleMatrix(r, r);
        SimpleMatrix rv = new SimpleMatrix(r, 1);
        for (int i = 0; i < r; i++) {
            t.set(i, 0, i < PHI.length ? PHI[i] : 0);
            if (i + 1 < r) {
                t.set(i, i + 1, 1);
            }
            rv.set(i, 0, i == 0 ? 1 : (i - 1 < THETA.length ? THETA[i - 1] : 0));
        }
        SimpleMatrix p0 = initialCovariance(PHI, THETA, r);
        SimpleMatrix rhs = t.mult(p0).mult(t.transpose()).plus(rv.mult(rv.transpose()));
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                assertEquals(rhs.get(i, j), p0.get(i, j), 1e-10, "P0[" + i + "][" + j + "]");
            }
        }
    }

    /**
     * Reads P0 back from one filter step: {@code P(1|1) = P0 - M M' / f} with {@code M = P0 e1}, and the
     * filtered state after observing 1 is {@code M / f} with {@code f = 1 / residual²}.
     */
    static SimpleMatrix initialCovariance(double[] phi, double[] theta, int r) {
        ArmaKalman k = new ArmaKalman(r);
        k.setModel(phi, theta);
        double[] state = new double[r];
        double[] cov = new double[r * r];
        k.evaluate(new double[] {0}, 0, 1, null);
        k.filteredState(state, cov);
        double[] row = new double[r];
        double[] residual = new double[1];
        k.evaluate(new double[] {1}, 0, 1, residual);
        double f = 1 / (residual[0] * residual[0]);
        k.filteredState(state, new double[r * r]);
        for (int i = 0; i < r; i++) {
            row[i] = state[i] * f;
        }
        SimpleMatrix p0 = new SimpleMatrix(r, r);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                p0.set(i, j, cov[i * r + j] + row[i] * row[j] / f);
            }
        }
        return p0;
    }

    @Test
    void evaluate_equalsGaussianDensityOfTheSeries() {
        double[] w = Simulation.arma(11, 40, 0, PHI, THETA, 1);
        int n = w.length;
        int r = 6;
        ArmaKalman k = new ArmaKalman(r);
        k.setModel(PHI, THETA);
        k.evaluate(w, 0, n, null);
        // autocovariances from a long MA(infinity) expansion
        int terms = 2000;
        double[] psi = new double[terms];
        psi[0] = 1;
        for (int j = 1; j < terms; j++) {
            double s = j - 1 < THETA.length ? THETA[j - 1] : 0;
            for (int i = 1; i <= Math.min(j, PHI.length); i++) {
                s += PHI[i - 1] * psi[j - i];
            }
            psi[j] = s;
        }
        SimpleMatrix gamma = new SimpleMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int h = Math.abs(i - j);
                double g = 0;
                for (int m = 0; m + h < terms; m++) {
                    g += psi[m] * psi[m + h];
                }
                gamma.set(i, j, g);
            }
        }
        SimpleMatrix x = new SimpleMatrix(n, 1);
        for (int i = 0; i < n; i++) {
            x.set(i, 0, w[i]);
        }
        double quadratic = x.transpose().mult(gamma.solve(x)).get(0, 0);
        double logDet = Math.log(gamma.determinant());
        assertEquals(quadratic, k.ssq, 1e-8 * quadratic, "sum of squared standardised innovations");
        assertEquals(logDet, k.sumLog, 1e-8, "sum of log innovation variances");
    }

    @Test
    void setModel_initialCovarianceEqualsRsGardnerQ0() {
        Map<String, double[][]> models = Map.of(
                "arma55", new double[][] {PHI, THETA},
                "airline_ma", new double[][] {{}, lagged(13, new int[] {1, 12, 13}, -0.4, -0.6, 0.24)},
                "seasonal_arma", new double[][] {lagged(13, new int[] {1, 12, 13}, 0.3, 0.5, -0.15),
                    lagged(13, new int[] {1, 12, 13}, 0.2, -0.5, -0.1)});
        int checked = 0;
        for (Map.Entry<String, double[][]> e : models.entrySet()) {
            double[] phi = e.getValue()[0];
            double[] theta = e.getValue()[1];
            int r = Math.max(phi.length, theta.length + 1);
            SimpleMatrix p0 = initialCovariance(phi, theta, r);
            for (Map<String, String> row : RReferences.table("gardner_q0.csv")) {
                if (row.get("model").equals(e.getKey())) {
                    int i = RReferences.integer(row, "i");
                    int j = RReferences.integer(row, "j");
                    assertEquals(RReferences.number(row, "value"), p0.get(i, j), 1e-10,
                            e.getKey() + " Q0[" + i + "][" + j + "]");
                    checked++;
                }
            }
        }
        assertEquals(231, checked);
    }

    private static double[] lagged(int length, int[] lags, double... values) {
        double[] c = new double[length];
        for (int i = 0; i < lags.length; i++) {
            c[lags[i] - 1] = values[i];
        }
        return c;
    }

    @Test
    void setModel_nonStationaryArRejected() {
        ArmaKalman k = new ArmaKalman(2);
        assertFalse(k.setModel(new double[] {1.0}, new double[] {0.5}));
    }
}
