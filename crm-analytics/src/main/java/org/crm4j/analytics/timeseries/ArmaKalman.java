package org.crm4j.analytics.timeseries;

/**
 * Exact Gaussian likelihood of a zero-mean stationary ARMA(p, q) series by the Kalman filter, in the state-space
 * form of Gardner, Harvey and Phillips (1980) that R's {@code arima} uses.
 *
 * <p>With {@code r = max(p, q + 1)}, the state {@code a_t} has {@code r} elements, {@code w_t = a_t[0]} and
 * <pre>
 *   a_t = T a_(t-1) + R e_t,   T = [phi | I_(r-1) ; 0],   R = (1, theta_1, ..., theta_(r-1))'
 * </pre>
 * The filter starts from {@code a_0 = 0} and the stationary covariance {@code P_0 = T P_0 T' + R R'} (the matrix
 * Gardner et al.'s Q0 algorithm computes; here it is obtained in O(r²) from the autocovariances and the psi
 * weights, which is exact for every stationary model). With innovations {@code v_t} and their variances
 * {@code F_t} (in units of sigma²), the likelihood concentrated over sigma² is maximised by
 * {@code sigma² = S / n, S = sum v_t² / F_t}, and {@link #evaluate} returns
 * {@code 0.5 (log(S / n) + sum log F_t / n)}, R's {@code armafn} objective.
 *
 * <p>Each step of the recursion costs O(r²) flops and allocates nothing: all buffers are made once per instance.
 * The covariance recursion does not depend on the data, so once one step leaves the predicted covariance unchanged
 * bit for bit (the Riccati recursion has reached its floating-point fixed point, typically for pure AR parts and
 * quickly decaying MA parts), the remaining steps update the state only, O(r) each, with exactly the same result.
 * An instance is not thread-safe; every fit makes its own.
 *
 * <p>References: G. Gardner, A. C. Harvey, G. D. A. Phillips (1980), Algorithm AS 154, Applied Statistics 29,
 * 311–322; J. Durbin, S. J. Koopman (2012), Time Series Analysis by State Space Methods, 2nd ed., ch. 3 and 7.
 */
final class ArmaKalman {

    private final int r;
    private final double[] phi;
    private final double[] rv;
    private final double[] a;
    private final double[] anew;
    private final double[] p;
    private final double[] pnew;
    private final double[] psi;
    private final double[] gamma;
    private final double[] system;
    private final double[] cross;
    /** The predicted covariance one step back, kept only while the steady state is being checked. */
    private final double[] previous;
    /** Sum of squared standardised innovations of the last {@link #evaluate}. */
    double ssq;
    /** Sum of log innovation variances of the last {@link #evaluate}. */
    double sumLog;
    private final int[] nzPhi;
    private final int[] nzR;
    private int nPhi;
    private int nR;
    private double lastGain = 1;

    /**
     * Creates the buffers for models with {@code r = max(p, q + 1)}.
     *
     * @param r the state dimension
     */
    ArmaKalman(int r) {
        this.r = r;
        this.phi = new double[r];
        this.rv = new double[r];
        this.a = new double[r];
        this.anew = new double[r];
        this.p = new double[r * r];
        this.pnew = new double[r * r];
        this.psi = new double[r + 1];
        this.gamma = new double[r + 1];
        this.system = new double[(r + 1) * (r + 2)];
        this.cross = new double[r];
        this.previous = new double[r * r];
        this.nzPhi = new int[r];
        this.nzR = new int[r];
    }

    /** @return the state dimension */
    int dimension() {
        return r;
    }

    /**
     * Loads a model; its AR and MA orders must satisfy {@code max(p, q + 1) <= r}.
     *
     * @param arCoefficients the expanded AR coefficients (not modified)
     * @param maCoefficients the expanded MA coefficients (not modified)
     * @return false when the AR part is not stationary (the stationary covariance does not exist)
     */
    boolean setModel(double[] arCoefficients, double[] maCoefficients) {
        java.util.Arrays.fill(phi, 0);
        java.util.Arrays.fill(rv, 0);
        System.arraycopy(arCoefficients, 0, phi, 0, arCoefficients.length);
        rv[0] = 1;
        System.arraycopy(maCoefficients, 0, rv, 1, maCoefficients.length);
        nPhi = 0;
        nR = 0;
        for (int i = 0; i < r; i++) {
            if (phi[i] != 0) {
                nzPhi[nPhi++] = i;
            }
            if (rv[i] != 0) {
                nzR[nR++] = i;
            }
        }
        return stationaryCovariance(arCoefficients.length, maCoefficients.length);
    }

    /**
     * Computes P_0 into {@code p} from the autocovariances gamma(0..r) and the psi weights (sigma² = 1).
     */
    private boolean stationaryCovariance(int arOrder, int maOrder) {
        // psi weights psi_0..psi_r
        psi[0] = 1;
        for (int j = 1; j <= r; j++) {
            double s = j < r ? rv[j] : 0;
            for (int k = 1; k <= Math.min(j, arOrder); k++) {
                s += phi[k - 1] * psi[j - k];
            }
            psi[j] = s;
        }
        // autocovariances gamma(0..arOrder) from the (arOrder+1) linear equations, then the recursion
        int m = arOrder + 1;
        int cols = m + 1;
        java.util.Arrays.fill(system, 0, m * cols, 0);
        for (int k = 0; k < m; k++) {
            system[k * cols + k] += 1;
            for (int j = 1; j <= arOrder; j++) {
                system[k * cols + Math.abs(k - j)] -= phi[j - 1];
            }
            system[k * cols + m] = maTail(k, maOrder);
        }
        if (!solve(system, m, cols, gamma)) {
            return false;
        }
        for (int k = m; k <= r; k++) {
            double s = maTail(k, maOrder);
            for (int j = 1; j <= arOrder; j++) {
                s += phi[j - 1] * gamma[k - j];
            }
            gamma[k] = s;
        }
        if (!(gamma[0] > 0) || !Double.isFinite(gamma[0])) {
            return false;
        }
        // cross[j] = Cov(w_t, a_t[j]) = sum_m phi_(j+m) gamma(m) + sum_n theta_(j+n) psi_n
        for (int j = 0; j < r; j++) {
            double s = 0;
            for (int mm = 1; j + mm <= r; mm++) {
                s += phi[j + mm - 1] * gamma[mm];
            }
            for (int n = 0; j + n < r; n++) {
                s += rv[j + n] * psi[n];
            }
            cross[j] = s;
        }
        cross[0] = gamma[0];
        // P = T P T' + R R', filled from the bottom-right corner:
        // P[i][j] = phi_i phi_j gamma0 + phi_i cross[j+1] + cross[i+1] phi_j + P[i+1][j+1] + R_i R_j
        for (int i = r - 1; i >= 0; i--) {
            for (int j = r - 1; j >= i; j--) {
                double ci = i + 1 < r ? cross[i + 1] : 0;
                double cj = j + 1 < r ? cross[j + 1] : 0;
                double next = (i + 1 < r && j + 1 < r) ? p[(i + 1) * r + j + 1] : 0;
                double v = phi[i] * phi[j] * gamma[0] + phi[i] * cj + ci * phi[j] + next + rv[i] * rv[j];
                if (i == 0) {
                    v = cross[j];
                }
                p[i * r + j] = v;
                p[j * r + i] = v;
            }
        }
        return true;
    }

    /** sum_(j=k..q) theta_j psi_(j-k), theta_0 = 1. */
    private double maTail(int k, int maOrder) {
        double s = 0;
        for (int j = k; j <= maOrder; j++) {
            s += rv[j] * psi[j - k];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting on an m x (m+1) augmented system; false when singular. */
    private static boolean solve(double[] s, int m, int cols, double[] x) {
        for (int c = 0; c < m; c++) {
            int piv = c;
            for (int i = c + 1; i < m; i++) {
                if (Math.abs(s[i * cols + c]) > Math.abs(s[piv * cols + c])) {
                    piv = i;
                }
            }
            if (!(Math.abs(s[piv * cols + c]) > Tolerances.AUTOCOVARIANCE_PIVOT)) {
                return false;
            }
            if (piv != c) {
                for (int j = c; j < cols; j++) {
                    double t = s[c * cols + j];
                    s[c * cols + j] = s[piv * cols + j];
                    s[piv * cols + j] = t;
                }
            }
            for (int i = c + 1; i < m; i++) {
                double f = s[i * cols + c] / s[c * cols + c];
                if (f != 0) {
                    for (int j = c; j < cols; j++) {
                        s[i * cols + j] -= f * s[c * cols + j];
                    }
                }
            }
        }
        for (int i = m - 1; i >= 0; i--) {
            double v = s[i * cols + m];
            for (int j = i + 1; j < m; j++) {
                v -= s[i * cols + j] * x[j];
            }
            x[i] = v / s[i * cols + i];
        }
        return true;
    }

    /**
     * Runs the filter over {@code w[from..to)} of the loaded model.
     *
     * <p>Only the upper triangle of the covariance is stored and updated, and the measurement update of step t is
     * fused with the prediction of step t + 1 in one in-place pass: with {@code M = P_(t|t-1) e_1} and
     * {@code f = M_0}, {@code P_(t+1|t)[i][j] = P[i+1][j+1] - M_(i+1) M_(j+1) / f} plus the sparse AR and MA
     * terms {@code phi_i phi_j p00 + phi_i c_j + c_i phi_j + R_i R_j} over the non-zero coefficients only, where
     * {@code p00} and {@code c_j} are the updated first row. Seasonal models, whose expanded polynomials are
     * mostly zeros, so cost about {@code r² / 2} multiply-adds per step.
     *
     * @param w         the (differenced, mean-corrected) series (not modified)
     * @param from      first index used
     * @param to        end index (exclusive)
     * @param residuals receives the standardised innovations {@code v_t / sqrt(F_t)} at the same indices, or
     *                  null (modified)
     * @return the objective {@code 0.5 (log(S/n) + sum log F_t / n)}, or {@code +Infinity} when an innovation
     *         variance is not positive
     */
    double evaluate(double[] w, int from, int to, double[] residuals) {
        java.util.Arrays.fill(anew, 0);
        System.arraycopy(p, 0, pnew, 0, r * r);
        double s = 0;
        double logs = 0;
        boolean steady = false;
        boolean compare = false;
        for (int t = from; t < to; t++) {
            double f = pnew[0];
            if (!(f > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double v = w[t] - anew[0];
            s += v * v / f;
            logs += Math.log(f);
            if (residuals != null) {
                residuals[t] = v / Math.sqrt(f);
            }
            // M = first row of the predicted covariance; filtered state a = anew + M v / f
            System.arraycopy(pnew, 0, cross, 0, r);
            double vf = v / f;
            for (int i = 0; i < r; i++) {
                a[i] = anew[i] + cross[i] * vf;
            }
            if (t == to - 1) {
                lastGain = f;
                break;
            }
            // predicted state T a
            double a0 = a[0];
            for (int i = 0; i < r - 1; i++) {
                anew[i] = phi[i] * a0 + a[i + 1];
            }
            anew[r - 1] = phi[r - 1] * a0;
            if (steady) {
                continue;
            }
            // fused update + prediction of the covariance, upper triangle, in place
            double m0f = cross[0] / f;
            double p00 = cross[0] - cross[0] * m0f;
            for (int i = 0; i < r - 1; i++) {
                double mi = cross[i + 1] / f;
                int row = i * r;
                int next = (i + 1) * r + 1;
                for (int j = i; j < r - 1; j++) {
                    pnew[row + j] = pnew[next + j] - mi * cross[j + 1];
                }
                pnew[row + r - 1] = 0;
            }
            pnew[(r - 1) * r + r - 1] = 0;
            // c_j = updated P[0][j+1] = M_(j+1) - M_0 M_(j+1) / f, j < r - 1; c_(r-1) = 0
            for (int k = 0; k < nPhi; k++) {
                int i = nzPhi[k];
                double fi = phi[i];
                int row = i * r;
                for (int j = i; j < r; j++) {
                    double cj = j + 1 < r ? cross[j + 1] - m0f * cross[j + 1] : 0;
                    pnew[row + j] += fi * (phi[j] * p00 + cj);
                }
            }
            for (int k = 0; k < nPhi; k++) {
                int j = nzPhi[k];
                double fj = phi[j];
                for (int i = 0; i <= j; i++) {
                    double ci = i + 1 < r ? cross[i + 1] - m0f * cross[i + 1] : 0;
                    pnew[i * r + j] += ci * fj;
                }
            }
            for (int k = 0; k < nR; k++) {
                int i = nzR[k];
                double ri = rv[i];
                for (int l = k; l < nR; l++) {
                    int j = nzR[l];
                    pnew[i * r + j] += ri * rv[j];
                }
            }
            // the covariance recursion does not depend on the data: once one step leaves the upper triangle
            // bit for bit unchanged, every later step would too, and the rest of the series skips it (exactly).
            // The full comparison is made only after a step that left f unchanged.
            if (compare) {
                steady = upperEquals(pnew, previous);
            }
            compare = !steady && pnew[0] == f;
            if (compare) {
                System.arraycopy(pnew, 0, previous, 0, r * r);
            }
        }
        ssq = s;
        sumLog = logs;
        int n = to - from;
        return 0.5 * (Math.log(s / n) + logs / n);
    }

    private boolean upperEquals(double[] x, double[] y) {
        for (int i = 0; i < r; i++) {
            for (int j = i; j < r; j++) {
                if (x[i * r + j] != y[i * r + j]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The filtered state after the last {@link #evaluate}: {@code a_(n|n)} (copied into {@code state}) and its
     * covariance {@code P_(n|n) = P_(n|n-1) - M M' / f} (written row-major, both triangles, into
     * {@code covariance}).
     */
    void filteredState(double[] state, double[] covariance) {
        System.arraycopy(a, 0, state, 0, r);
        for (int i = 0; i < r; i++) {
            for (int j = i; j < r; j++) {
                double v = pnew[i * r + j] - cross[i] * cross[j] / lastGain;
                covariance[i * r + j] = v;
                covariance[j * r + i] = v;
            }
        }
    }
}
