package org.crm4j.analytics.timeseries;

import java.util.Random;

/** Seeded simulation of ARMA processes for the property tests. */
final class Simulation {

    private Simulation() {
    }

    /**
     * Simulates {@code y_t = mu + w_t}, {@code w_t = sum phi_i w_(t-i) + e_t + sum theta_j e_(t-j)}, after a
     * burn-in of 200 steps.
     */
    static double[] arma(long seed, int n, double mu, double[] phi, double[] theta, double sigma) {
        Random random = new Random(seed);
        int burn = 200;
        int total = n + burn;
        double[] w = new double[total];
        double[] e = new double[total];
        for (int t = 0; t < total; t++) {
            e[t] = sigma * random.nextGaussian();
            double v = e[t];
            for (int i = 0; i < phi.length && t - i - 1 >= 0; i++) {
                v += phi[i] * w[t - i - 1];
            }
            for (int j = 0; j < theta.length && t - j - 1 >= 0; j++) {
                v += theta[j] * e[t - j - 1];
            }
            w[t] = v;
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = mu + w[t + burn];
        }
        return y;
    }
}
