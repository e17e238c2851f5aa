package org.crm4j.analytics.timeseries;

import org.crm4j.analytics.internal.Checks;

/**
 * One ARIMA estimation problem: the series differenced once and for all, the regression columns (intercept or
 * drift) differenced the same way, and the two objectives R's {@code arima} minimises, the conditional sum of
 * squares ({@code armaCSS}) and the exact concentrated likelihood ({@code armafn}).
 *
 * <p>Differencing first is the exact form of R's diffuse prior on the differenced state components: the
 * likelihood of the {@code n - d - sD} differenced observations is what R's filter accumulates once the
 * {@code kappa = 1e6} prior has been absorbed (R drops the innovations whose variance exceeds {@code 1e4}).
 *
 * <p>Parameters are laid out as R does: {@code ar1..arp, ma1..maq, sar1..sarP, sma1..smaQ, intercept|drift}.
 * Not thread-safe: each fit makes its own instance.
 */
final class ArimaProblem {

    final ArimaSpec spec;
    final int p;
    final int q;
    final int sp;
    final int sq;
    final int period;
    final int narma;
    final int nreg;
    final int n;
    /** Observations lost to differencing, {@code d + s D}. */
    final int lost;
    /** Number of differenced observations, R's {@code n.used}. */
    final int used;
    final double[] y;
    /** Regression columns (intercept of ones or drift {@code 1..n}), {@code nreg x n}. */
    final double[][] xreg;
    final double[] dy;
    final double[][] dxreg;
    /** {@code y_t = sum delta_i y_(t-i) + w_t}: the coefficients of {@code 1 - (1-B)^d (1-B^s)^D}. */
    final double[] delta;
    final ArmaKalman kalman;
    private final double[] w;
    private final double[] resid;
    private final double[] work;
    private final double[] arBlock;
    private final double[] sarBlock;
    private final double[] maBlock;
    private final double[] smaBlock;

    ArimaProblem(double[] y, ArimaSpec spec) {
        this.spec = spec;
        this.y = y;
        this.n = y.length;
        this.p = spec.p();
        this.q = spec.q();
        this.sp = spec.seasonalP();
        this.sq = spec.seasonalQ();
        this.period = spec.effectivePeriod();
        this.narma = p + q + sp + sq;
        this.nreg = (spec.hasMean() ? 1 : 0) + (spec.includeDrift() ? 1 : 0);
        this.delta = differencingPolynomial(spec.d(), spec.seasonalD(), period);
        this.lost = delta.length;
        this.used = n - lost;
        this.xreg = new double[nreg][n];
        int col = 0;
        if (spec.hasMean()) {
            java.util.Arrays.fill(xreg[col++], 1);
        }
        if (spec.includeDrift()) {
            for (int t = 0; t < n; t++) {
                xreg[col][t] = t + 1;
            }
        }
        this.dy = difference(y, delta);
        this.dxreg = new double[nreg][];
        for (int j = 0; j < nreg; j++) {
            dxreg[j] = difference(xreg[j], delta);
        }
        int arOrder = p + period * sp;
        int maOrder = q + period * sq;
        this.kalman = new ArmaKalman(Math.max(arOrder, maOrder + 1));
        this.w = new double[used];
        this.resid = new double[used];
        this.work = new double[Math.max(p, sp) + 1];
        this.arBlock = new double[p];
        this.sarBlock = new double[sp];
        this.maBlock = new double[q];
        this.smaBlock = new double[sq];
    }

    /** Coefficients of {@code 1 - (1-B)^d (1-B^s)^D} as lags 1..d+sD. */
    static double[] differencingPolynomial(int d, int seasonalD, int period) {
        double[] poly = {1};
        for (int i = 0; i < d; i++) {
            poly = multiply(poly, 1);
        }
        for (int i = 0; i < seasonalD; i++) {
            poly = multiply(poly, period);
        }
        double[] delta = new double[poly.length - 1];
        for (int i = 1; i < poly.length; i++) {
            delta[i - 1] = -poly[i];
        }
        return delta;
    }

    private static double[] multiply(double[] poly, int lag) {
        double[] out = new double[poly.length + lag];
        for (int i = 0; i < poly.length; i++) {
            out[i] += poly[i];
            out[i + lag] -= poly[i];
        }
        return out;
    }

    /** {@code x_t - sum delta_i x_(t-i)} for {@code t >= delta.length}. */
    static double[] difference(double[] x, double[] delta) {
        int k = delta.length;
        double[] out = new double[x.length - k];
        for (int t = k; t < x.length; t++) {
            double v = x[t];
            for (int i = 0; i < k; i++) {
                v -= delta[i] * x[t - 1 - i];
            }
            out[t - k] = v;
        }
        return out;
    }

    /** Fills {@code w} with the differenced series minus the differenced regression. */
    private void regress(double[] par) {
        System.arraycopy(dy, 0, w, 0, used);
        for (int j = 0; j < nreg; j++) {
            double b = par[narma + j];
            double[] col = dxreg[j];
            for (int t = 0; t < used; t++) {
                w[t] -= b * col[t];
            }
        }
    }

    /**
     * The expanded AR and MA polynomials of a parameter vector.
     *
     * @param par       the parameters in R's layout (not modified)
     * @param transform whether the AR blocks are in Jones' unconstrained form
     * @return {@code {phi, theta}}
     */
    double[][] polynomials(double[] par, boolean transform) {
        if (transform) {
            Polynomials.toStationary(par, 0, p, arBlock, work);
            Polynomials.toStationary(par, p + q, sp, sarBlock, work);
        } else {
            System.arraycopy(par, 0, arBlock, 0, p);
            System.arraycopy(par, p + q, sarBlock, 0, sp);
        }
        System.arraycopy(par, p, maBlock, 0, q);
        System.arraycopy(par, p + q + sp, smaBlock, 0, sq);
        return new double[][] {Polynomials.expand(arBlock, sarBlock, period, -1),
                Polynomials.expand(maBlock, smaBlock, period, 1)};
    }

    /**
     * R's {@code armafn}: the exact concentrated objective {@code 0.5 (log sigma² + sum log F_t / n)}.
     *
     * @param par       parameters (not modified)
     * @param transform whether the AR blocks are transformed
     * @return the objective, {@code +Infinity} for a non-stationary AR part or a failed filter
     */
    double likelihoodObjective(double[] par, boolean transform) {
        double[][] poly = polynomials(par, transform);
        if (!kalman.setModel(poly[0], poly[1])) {
            return Double.POSITIVE_INFINITY;
        }
        regress(par);
        double value = kalman.evaluate(w, 0, used, null);
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }

    /**
     * Runs the filter for final parameters (natural form), keeping residuals and the filtered state.
     *
     * @param par parameters (not modified)
     * @return the objective value
     */
    double finalPass(double[] par, double[] residualsOut) {
        double[][] poly = polynomials(par, false);
        if (!kalman.setModel(poly[0], poly[1])) {
            return Double.POSITIVE_INFINITY;
        }
        regress(par);
        double value = kalman.evaluate(w, 0, used, resid);
        System.arraycopy(resid, 0, residualsOut, lost, used);
        return value;
    }

    /** Number of leading differenced observations the CSS conditions on, {@code p + sP}. */
    int cssConditioning() {
        return p + period * sp;
    }

    /**
     * R's {@code armaCSS}: {@code 0.5 log(S / m)} with {@code S} the sum of squared residuals of the ARMA
     * recursion started at zero after {@code p + sP} differenced observations.
     *
     * @param par          parameters in natural form (not modified)
     * @param residualsOut receives the CSS residuals at their time indices, or null (modified)
     * @return the objective, {@code +Infinity} when it is not finite
     */
    double cssObjective(double[] par, double[] residualsOut) {
        double[][] poly = polynomials(par, false);
        double[] phi = poly[0];
        double[] theta = poly[1];
        regress(par);
        int start = cssConditioning();
        double ssq = 0;
        for (int t = 0; t < used; t++) {
            if (t < start) {
                resid[t] = 0;
                continue;
            }
            double v = w[t];
            for (int j = 0; j < phi.length; j++) {
                v -= phi[j] * w[t - j - 1];
            }
            int lim = Math.min(t - start, theta.length);
            for (int j = 0; j < lim; j++) {
                v -= theta[j] * resid[t - j - 1];
            }
            resid[t] = v;
            ssq += v * v;
        }
        if (residualsOut != null) {
            System.arraycopy(resid, 0, residualsOut, lost, used);
        }
        double value = 0.5 * Math.log(ssq / (used - start));
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }

    /** The CSS estimate of sigma² at the last {@link #cssObjective} call's parameters. */
    double cssSigma2(double[] par) {
        double value = cssObjective(par, null);
        return Math.exp(2 * value);
    }

    /**
     * Least-squares start for the regression coefficient(s) on the differenced data, and R's parameter scale
     * {@code 10 * standard error}.
     *
     * @return {@code {coefficients, scales}}, each of length {@code nreg}
     */
    double[][] regressionStart() {
        double[] beta = new double[nreg];
        double[] scale = new double[nreg];
        for (int j = 0; j < nreg; j++) {
            double[] col = dxreg[j];
            double sxx = 0;
            double sxy = 0;
            for (int t = 0; t < used; t++) {
                sxx += col[t] * col[t];
                sxy += col[t] * dy[t];
            }
            beta[j] = sxy / sxx;
            double rss = 0;
            for (int t = 0; t < used; t++) {
                double e = dy[t] - beta[j] * col[t];
                rss += e * e;
            }
            double se = used > 1 ? Math.sqrt(rss / (used - 1) / sxx) : 0;
            scale[j] = se > 0 ? 10 * se : Math.max(1, Math.abs(beta[j]));
        }
        return new double[][] {beta, scale};
    }

    /** @return the coefficient names in R's order */
    String[] names() {
        String[] names = new String[narma + nreg];
        int k = 0;
        for (int i = 1; i <= p; i++) {
            names[k++] = "ar" + i;
        }
        for (int i = 1; i <= q; i++) {
            names[k++] = "ma" + i;
        }
        for (int i = 1; i <= sp; i++) {
            names[k++] = "sar" + i;
        }
        for (int i = 1; i <= sq; i++) {
            names[k++] = "sma" + i;
        }
        if (spec.hasMean()) {
            names[k++] = "intercept";
        }
        if (spec.includeDrift()) {
            names[k] = "drift";
        }
        return names;
    }

    @Override
    public String toString() {
        return Checks.message("%s on %d observations", spec.label(), n);
    }
}
