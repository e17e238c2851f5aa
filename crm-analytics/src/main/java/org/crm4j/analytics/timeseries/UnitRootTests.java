package org.crm4j.analytics.timeseries;

/**
 * The differencing decisions of forecast 8.x: {@code ndiffs} with the KPSS level-stationarity test at
 * alpha = 0.05, and {@code nsdiffs} with the seasonal-strength heuristic ({@code test = "seas"}, the default).
 *
 * <p>KPSS (Kwiatkowski et al. 1992), as {@code urca::ur.kpss(type = "mu")} with forecast's lag
 * {@code trunc(3 sqrt(n) / 13)}: with {@code S_t} the partial sums of {@code x - mean(x)},
 * {@code eta = sum S_t² / (n² s²(l))}, {@code s²(l)} the Bartlett-weighted long-run variance. Its p-value is
 * interpolated linearly in the critical-value table (0.347, 0.463, 0.574, 0.739) for (10, 5, 2.5, 1) %, clamped
 * at the ends, and a difference is taken while {@code p < alpha}.
 *
 * <p>Seasonal strength (Wang, Smith &amp; Hyndman 2006): {@code F_S = max(0, 1 - var(R) / var(S + R))} of an STL
 * decomposition with seasonal window 11; one seasonal difference when {@code F_S > 0.64}.
 *
 * <p>References: D. Kwiatkowski, P. C. B. Phillips, P. Schmidt, Y. Shin (1992), Journal of Econometrics 54,
 * 159–178; X. Wang, K. A. Smith, R. J. Hyndman (2006), Characteristic-based clustering for time series data,
 * Data Mining and Knowledge Discovery 13, 335–364; R. J. Hyndman, Y. Khandakar (2008), Automatic time series
 * forecasting: the forecast package for R, Journal of Statistical Software 27(3).
 */
final class UnitRootTests {

    private static final double[] KPSS_CRITICAL = {0.347, 0.463, 0.574, 0.739};
    private static final double[] KPSS_LEVEL = {0.10, 0.05, 0.025, 0.01};
    static final double SEASONAL_STRENGTH_THRESHOLD = 0.64;

    private UnitRootTests() {
    }

    /** The KPSS level statistic with {@code lags} Bartlett lags. */
    static double kpss(double[] x, int lags) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double[] res = new double[n];
        double s = 0;
        double num = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            res[i] = x[i] - mean;
            s += res[i];
            num += s * s;
            s2 += res[i] * res[i];
        }
        num /= (double) n * n;
        s2 /= n;
        double den = s2;
        for (int l = 1; l <= lags; l++) {
            double cov = 0;
            for (int i = l; i < n; i++) {
                cov += res[i] * res[i - l];
            }
            den += 2.0 / n * (1 - l / (lags + 1.0)) * cov;
        }
        return num / den;
    }

    /** The interpolated KPSS p-value, clamped to [0.01, 0.10]. */
    static double kpssPValue(double statistic) {
        if (statistic <= KPSS_CRITICAL[0]) {
            return KPSS_LEVEL[0];
        }
        for (int i = 1; i < KPSS_CRITICAL.length; i++) {
            if (statistic <= KPSS_CRITICAL[i]) {
                double t = (statistic - KPSS_CRITICAL[i - 1]) / (KPSS_CRITICAL[i] - KPSS_CRITICAL[i - 1]);
                return KPSS_LEVEL[i - 1] + t * (KPSS_LEVEL[i] - KPSS_LEVEL[i - 1]);
            }
        }
        return KPSS_LEVEL[KPSS_LEVEL.length - 1];
    }

    /**
     * forecast's {@code ndiffs(x, alpha, test = "kpss", max.d)}.
     *
     * @param x     the series (not modified)
     * @param alpha the level, in [0.01, 0.1]
     * @param maxD  the largest number of differences
     * @return the number of differences
     */
    static int ndiffs(double[] x, double alpha, int maxD) {
        int d = 0;
        if (isConstant(x)) {
            return d;
        }
        double[] cur = x;
        boolean diff = needsDifference(cur, alpha);
        while (diff && d < maxD) {
            d++;
            cur = ArimaProblem.difference(cur, new double[] {1});
            if (isConstant(cur)) {
                return d;
            }
            diff = needsDifference(cur, alpha);
        }
        return d;
    }

    private static boolean needsDifference(double[] x, double alpha) {
        if (x.length < 2) {
            return false;
        }
        int lags = (int) (3 * Math.sqrt(x.length) / 13);
        return kpssPValue(kpss(x, lags)) < alpha;
    }

    /**
     * forecast's {@code nsdiffs(x, test = "seas", max.D = 1)}.
     *
     * @param x      the series (not modified)
     * @param period the period, {@code >= 2}
     * @return 0 or 1
     */
    static int nsdiffs(double[] x, int period) {
        if (isConstant(x) || period >= x.length || x.length <= 2 * period) {
            return 0;
        }
        return Stl.seasonalStrength(x, period) > SEASONAL_STRENGTH_THRESHOLD ? 1 : 0;
    }

    /** R's {@code isTRUE(all.equal(x, rep(x[1], n)))}: mean relative difference below 1.5e-8. */
    static boolean isConstant(double[] x) {
        double sumAbs = 0;
        double sumDiff = 0;
        for (double v : x) {
            sumAbs += Math.abs(v);
            sumDiff += Math.abs(v - x[0]);
        }
        double meanAbs = sumAbs / x.length;
        double meanDiff = sumDiff / x.length;
        return meanAbs > Tolerances.ALL_EQUAL ? meanDiff / meanAbs < Tolerances.ALL_EQUAL
                : meanDiff < Tolerances.ALL_EQUAL;
    }
}
