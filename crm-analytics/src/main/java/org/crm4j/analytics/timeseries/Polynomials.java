package org.crm4j.analytics.timeseries;

/**
 * Lag-polynomial arithmetic for ARIMA models: seasonal expansion, the Jones (1980) reparametrisation that keeps an
 * AR part stationary, the stationarity check, complex roots and MA inversion (R's {@code maInvert}).
 *
 * <p>Sign conventions follow R: an AR part is {@code 1 - phi1 B - ... - phip B^p}, an MA part
 * {@code 1 + theta1 B + ... + thetaq B^q}. Arrays hold {@code phi1..phip} (or {@code theta1..thetaq}) without the
 * leading one. All methods leave their arguments unmodified.
 *
 * <p>References: R. H. Jones (1980), Maximum likelihood fitting of ARMA models to time series with missing
 * observations, Technometrics 22, 389–395; O. Aberth (1973), Iteration methods for finding all zeros of a
 * polynomial simultaneously, Math. Comp. 27, 339–344.
 */
final class Polynomials {

    private Polynomials() {
    }

    /**
     * Expands {@code (1 - sum a_i B^i)(1 - sum A_j B^(s j))} into {@code 1 - sum c_k B^k} (sign {@code -1}), or
     * the MA product with plus signs (sign {@code +1}).
     *
     * @param regular  the non-seasonal coefficients
     * @param seasonal the seasonal coefficients
     * @param period   the seasonal period s (ignored when {@code seasonal} is empty)
     * @param sign     {@code -1} for AR polynomials, {@code +1} for MA polynomials
     * @return the coefficients of the product, of length {@code regular.length + s * seasonal.length}
     */
    static double[] expand(double[] regular, double[] seasonal, int period, int sign) {
        int p = regular.length;
        int ps = seasonal.length == 0 ? 0 : period * seasonal.length;
        double[] out = new double[p + ps];
        System.arraycopy(regular, 0, out, 0, p);
        for (int j = 0; j < seasonal.length; j++) {
            int lag = (j + 1) * period;
            out[lag - 1] += seasonal[j];
            for (int i = 0; i < p; i++) {
                // AR: (1 - a B^i)(1 - A B^sj) has -(-a A) B^(i+sj); MA: (1 + a B^i)(1 + A B^sj) has +a A.
                out[lag + i] += sign * regular[i] * seasonal[j];
            }
        }
        return out;
    }

    /**
     * Maps unconstrained values to the coefficients of a stationary AR polynomial: {@code tanh} gives partial
     * autocorrelations in (-1, 1), the Durbin–Levinson recursion turns them into AR coefficients (Jones 1980).
     *
     * @param raw  the unconstrained values (not modified)
     * @param from the index of the first value of this AR block in {@code raw}
     * @param p    the order of the block
     * @param out  receives the {@code p} AR coefficients from index 0 (modified)
     * @param work scratch space of length at least {@code p} (modified)
     */
    static void toStationary(double[] raw, int from, int p, double[] out, double[] work) {
        for (int j = 0; j < p; j++) {
            out[j] = Math.tanh(raw[from + j]);
            work[j] = out[j];
        }
        for (int j = 1; j < p; j++) {
            double a = out[j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * out[j - k - 1];
            }
            System.arraycopy(work, 0, out, 0, j);
        }
    }

    /**
     * Inverse of {@link #toStationary}: AR coefficients to partial autocorrelations (step-down recursion), then
     * {@code atanh}.
     *
     * @param phi the AR coefficients (not modified)
     * @return the unconstrained values
     * @throws IllegalArgumentException when {@code phi} is not stationary
     */
    static double[] fromStationary(double[] phi) {
        double[] pacf = partialAutocorrelations(phi);
        if (pacf == null) {
            throw new IllegalArgumentException("AR coefficients are not stationary");
        }
        double[] raw = new double[pacf.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = 0.5 * Math.log((1 + pacf[i]) / (1 - pacf[i]));
        }
        return raw;
    }

    /**
     * Partial autocorrelations of an AR polynomial by the step-down (Schur–Cohn) recursion.
     *
     * @param phi the AR coefficients (not modified)
     * @return the partial autocorrelations, or {@code null} when one has modulus {@code >= 1} (not stationary)
     */
    static double[] partialAutocorrelations(double[] phi) {
        int p = phi.length;
        double[] cur = phi.clone();
        double[] work = new double[p];
        for (int j = p - 1; j >= 0; j--) {
            double a = cur[j];
            if (!(Math.abs(a) < 1)) {
                return null;
            }
            for (int k = 0; k < j; k++) {
                work[k] = (cur[k] + a * cur[j - k - 1]) / (1 - a * a);
            }
            System.arraycopy(work, 0, cur, 0, j);
        }
        // cur now holds the partial autocorrelations in order
        return cur;
    }

    /**
     * Whether {@code 1 - phi1 z - ... - phip z^p} has all its roots outside the unit circle.
     *
     * @param phi the AR coefficients (not modified)
     * @return true for a stationary (or empty) AR part
     */
    static boolean isStationary(double[] phi) {
        int p = phi.length;
        while (p > 0 && phi[p - 1] == 0) {
            p--;
        }
        if (p == 0) {
            return true;
        }
        double[] trimmed = java.util.Arrays.copyOf(phi, p);
        return partialAutocorrelations(trimmed) != null && minRootModulus(withOne(trimmed, -1)) > 1;
    }

    /**
     * Builds {@code (1, sign c1, ..., sign cp)}.
     */
    static double[] withOne(double[] c, int sign) {
        double[] out = new double[c.length + 1];
        out[0] = 1;
        for (int i = 0; i < c.length; i++) {
            out[i + 1] = sign * c[i];
        }
        return out;
    }

    /**
     * Smallest modulus of the roots of {@code c0 + c1 z + ... + cn z^n}, ignoring trailing zero coefficients.
     *
     * @param c the coefficients, {@code c0 != 0}
     * @return the smallest root modulus, {@code +Infinity} for a constant polynomial
     */
    static double minRootModulus(double[] c) {
        double[][] roots = roots(c);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < roots[0].length; i++) {
            min = Math.min(min, Math.hypot(roots[0][i], roots[1][i]));
        }
        return min;
    }

    /**
     * All complex roots of {@code c0 + c1 z + ... + cn z^n} by the Aberth–Ehrlich simultaneous iteration.
     *
     * @param c the coefficients (not modified); trailing zeros are dropped
     * @return {@code {re[], im[]}} of the roots
     */
    static double[][] roots(double[] c) {
        int n = c.length - 1;
        while (n > 0 && c[n] == 0) {
            n--;
        }
        double[] re = new double[n];
        double[] im = new double[n];
        if (n == 0) {
            return new double[][] {re, im};
        }
        // monic coefficients a_k = c_k / c_n; Cauchy-like radius for the starting circle
        double radius = 0;
        for (int k = 0; k < n; k++) {
            radius = Math.max(radius, Math.pow(Math.abs(c[k] / c[n]), 1.0 / (n - k)));
        }
        radius = Math.max(radius, Tolerances.MIN_ROOT_RADIUS);
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n + 0.4;
            re[k] = radius * Math.cos(angle);
            im[k] = radius * Math.sin(angle);
        }
        for (int iter = 0; iter < 500; iter++) {
            double maxStep = 0;
            for (int k = 0; k < n; k++) {
                // p(z) and p'(z) by Horner
                double pr = c[n];
                double pi = 0;
                double dr = 0;
                double di = 0;
                for (int j = n - 1; j >= 0; j--) {
                    double ndr = dr * re[k] - di * im[k] + pr;
                    double ndi = dr * im[k] + di * re[k] + pi;
                    dr = ndr;
                    di = ndi;
                    double npr = pr * re[k] - pi * im[k] + c[j];
                    double npi = pr * im[k] + pi * re[k];
                    pr = npr;
                    pi = npi;
                }
                // ratio = p / p'
                double den = dr * dr + di * di;
                if (den == 0) {
                    continue;
                }
                double rr = (pr * dr + pi * di) / den;
                double ri = (pi * dr - pr * di) / den;
                // sum 1 / (z_k - z_j)
                double sr = 0;
                double si = 0;
                for (int j = 0; j < n; j++) {
                    if (j != k) {
                        double xr = re[k] - re[j];
                        double xi = im[k] - im[j];
                        double d2 = xr * xr + xi * xi;
                        if (d2 > 0) {
                            sr += xr / d2;
                            si += -xi / d2;
                        }
                    }
                }
                // w = ratio / (1 - ratio * s)
                double tr = 1 - (rr * sr - ri * si);
                double ti = -(rr * si + ri * sr);
                double td = tr * tr + ti * ti;
                if (td == 0) {
                    continue;
                }
                double wr = (rr * tr + ri * ti) / td;
                double wi = (ri * tr - rr * ti) / td;
                re[k] -= wr;
                im[k] -= wi;
                maxStep = Math.max(maxStep, Math.hypot(wr, wi) / Math.max(1, Math.hypot(re[k], im[k])));
            }
            if (maxStep < Tolerances.ROOT_STEP) {
                break;
            }
        }
        return new double[][] {re, im};
    }

    /**
     * Makes an MA polynomial invertible as R's {@code maInvert}: the roots of {@code 1 + theta1 z + ...} inside the
     * unit circle are replaced by their inverses and the polynomial is rebuilt.
     *
     * @param theta the MA coefficients (not modified)
     * @return the invertible coefficients (a copy, equal to {@code theta} when it is already invertible)
     */
    static double[] invertMa(double[] theta) {
        int q = theta.length;
        int q0 = q;
        while (q0 > 0 && theta[q0 - 1] == 0) {
            q0--;
        }
        if (q0 == 0) {
            return theta.clone();
        }
        double[] c = withOne(java.util.Arrays.copyOf(theta, q0), 1);
        double[][] roots = roots(c);
        boolean any = false;
        for (int i = 0; i < q0; i++) {
            if (Math.hypot(roots[0][i], roots[1][i]) < 1) {
                any = true;
            }
        }
        if (!any) {
            return theta.clone();
        }
        double[] out = new double[q];
        if (q0 == 1) {
            out[0] = 1 / theta[0];
            return out;
        }
        for (int i = 0; i < q0; i++) {
            double r = roots[0][i];
            double s = roots[1][i];
            double m2 = r * r + s * s;
            if (Math.sqrt(m2) < 1) {
                roots[0][i] = r / m2;
                roots[1][i] = -s / m2;
            }
        }
        // x(z) = prod (1 - z / root_i)
        double[] xr = new double[q0 + 1];
        double[] xi = new double[q0 + 1];
        xr[0] = 1;
        for (int i = 0; i < q0; i++) {
            double r = roots[0][i];
            double s = roots[1][i];
            double m2 = r * r + s * s;
            double ir = r / m2;
            double is = -s / m2;
            for (int k = i + 1; k >= 1; k--) {
                // x_k -= x_{k-1} / root
                xr[k] -= xr[k - 1] * ir - xi[k - 1] * is;
                xi[k] -= xr[k - 1] * is + xi[k - 1] * ir;
            }
        }
        System.arraycopy(xr, 1, out, 0, q0);
        return out;
    }
}
