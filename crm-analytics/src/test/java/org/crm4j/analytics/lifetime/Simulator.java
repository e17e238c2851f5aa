package org.crm4j.analytics.lifetime;

import java.util.SplittableRandom;

/**
 * Seeded simulation of customer bases under the BG/NBD and Gamma-Gamma assumptions, for parameter-recovery tests.
 * Gamma variates by Marsaglia & Tsang (2000) (with the {@code U^(1/shape)} boost below shape 1), beta variates as
 * {@code G₁/(G₁+G₂)}.
 */
final class Simulator {

    /** A simulated customer base. */
    record Base(double[] frequency, double[] recency, double[] age, double[] averageValue) {
    }

    private final SplittableRandom random;

    Simulator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * BG/NBD customers observed for {@code observation} time units after their first purchase (all the same age,
     * as a cohort) with Gamma-Gamma spend.
     */
    Base bgNbd(int n, double r, double alpha, double a, double b, double observation, double p, double q,
            double gamma) {
        return bgNbd(n, r, alpha, a, b, observation, observation, p, q, gamma);
    }

    /** As above with ages uniform in {@code [minAge, maxAge]} (customers acquired over a period). */
    Base bgNbd(int n, double r, double alpha, double a, double b, double minAge, double maxAge, double p, double q,
            double gamma) {
        double[] x = new double[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] zbar = new double[n];
        for (int i = 0; i < n; i++) {
            double observation = minAge + (maxAge - minAge) * random.nextDouble();
            double lambda = gamma(r) / alpha;
            double dropout = beta(a, b);
            double t = 0;
            int purchases = 0;
            double last = 0;
            while (true) {
                t += -Math.log(1 - random.nextDouble()) / lambda;
                if (t > observation) {
                    break;
                }
                purchases++;
                last = t;
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
            x[i] = purchases;
            tx[i] = last;
            age[i] = observation;
            if (purchases > 0) {
                double nu = gamma(q) / gamma;
                zbar[i] = gamma(p * purchases) / (nu * purchases); // mean of x Gamma(p, ν) values
            }
        }
        return new Base(x, tx, age, zbar);
    }

    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * Math.pow(1 - random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    double beta(double a, double b) {
        double g1 = gamma(a);
        return g1 / (g1 + gamma(b));
    }

    private double normal() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
