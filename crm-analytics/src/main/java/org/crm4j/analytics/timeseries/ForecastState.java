package org.crm4j.analytics.timeseries;

/**
 * What a fitted ARIMA model needs to forecast: the expanded polynomials, the filtered ARMA state at the end of
 * the sample with its covariance, and the last {@code d + sD} values of the regression-corrected series.
 *
 * <p>Forecasts come from the full state-space form of the integrated model, with state
 * {@code (a_t ; u_t, u_(t-1), ..., u_(t-d-sD+1))} where {@code a_t} is the ARMA state and
 * {@code u_t = y_t - x_t' beta = w_t + sum delta_i u_(t-i)}. At the origin the past {@code u} are known exactly
 * (zero variance), which is the limit of R's diffuse prior, so the prediction variances equal R's
 * {@code KalmanForecast} for seasonal differencing too (Durbin &amp; Koopman 2012, section 4.11). Immutable.
 */
final class ForecastState {

    private final double[] phi;
    private final double[] theta;
    private final double[] delta;
    private final double[] state;
    private final double[] covariance;
    private final double[] tail;
    private final double[] regression;
    private final boolean mean;
    private final boolean drift;
    private final int n;

    ForecastState(double[] phi, double[] theta, double[] delta, double[] state, double[] covariance,
            double[] tail, double[] regression, boolean mean, boolean drift, int n) {
        this.phi = phi.clone();
        this.theta = theta.clone();
        this.delta = delta.clone();
        this.state = state.clone();
        this.covariance = covariance.clone();
        this.tail = tail.clone();
        this.regression = regression.clone();
        this.mean = mean;
        this.drift = drift;
        this.n = n;
    }

    /**
     * Point forecasts and prediction variances in units of sigma².
     *
     * @param h the horizon, {@code >= 1}
     * @return {@code {mean[h], variance[h]}}
     */
    double[][] forecast(int h) {
        int r = state.length;
        int nd = delta.length;
        int m = r + nd;
        double[] s = new double[m];
        double[][] p = new double[m][m];
        System.arraycopy(state, 0, s, 0, r);
        System.arraycopy(tail, 0, s, r, nd);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < r; j++) {
                p[i][j] = covariance[i * r + j];
            }
        }
        double[][] f = new double[m][m];
        double[] g = new double[m];
        for (int i = 0; i < r; i++) {
            f[i][0] = i < phi.length ? phi[i] : 0;
            if (i + 1 < r) {
                f[i][i + 1] = 1;
            }
            g[i] = i == 0 ? 1 : (i - 1 < theta.length ? theta[i - 1] : 0);
        }
        if (nd > 0) {
            // u_(t+1) = (T a_t)[0] + e + sum delta_i u_(t+1-i)
            f[r][0] = phi.length > 0 ? phi[0] : 0;
            if (r > 1) {
                f[r][1] = 1;
            }
            for (int i = 0; i < nd; i++) {
                f[r][r + i] = delta[i];
            }
            g[r] = 1;
            for (int i = 1; i < nd; i++) {
                f[r + i][r + i - 1] = 1;
            }
        }
        int out = nd > 0 ? r : 0;
        double[] means = new double[h];
        double[] variances = new double[h];
        double[] ns = new double[m];
        double[][] fp = new double[m][m];
        for (int step = 0; step < h; step++) {
            for (int i = 0; i < m; i++) {
                double v = 0;
                for (int j = 0; j < m; j++) {
                    v += f[i][j] * s[j];
                }
                ns[i] = v;
            }
            System.arraycopy(ns, 0, s, 0, m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double v = 0;
                    for (int k = 0; k < m; k++) {
                        v += f[i][k] * p[k][j];
                    }
                    fp[i][j] = v;
                }
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double v = g[i] * g[j];
                    for (int k = 0; k < m; k++) {
                        v += fp[i][k] * f[j][k];
                    }
                    p[i][j] = v;
                }
            }
            double level = s[out];
            int col = 0;
            if (mean) {
                level += regression[col++];
            }
            if (drift) {
                level += regression[col] * (n + step + 1);
            }
            means[step] = level;
            variances[step] = p[out][out];
        }
        return new double[][] {means, variances};
    }
}
