package org.crm4j.analytics.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * Fixed {@value #NODES}-point Gauss–Legendre quadrature on one interval, for the smooth positive integrands of the
 * large-degrees-of-freedom tails ({@link StudentTLargeDf}, {@link FisherFLargeD2}). The nodes are computed once by
 * Newton's method on the three-term Legendre recurrence (to a few ulps).
 *
 * <p>References: M. Abramowitz and I. A. Stegun, <i>Handbook of Mathematical Functions</i>, 25.4.29–25.4.30;
 * P. J. Davis and P. Rabinowitz, <i>Methods of Numerical Integration</i>, 2nd ed., Academic Press 1984, §2.7.
 */
final class GaussLegendre {

    /** Number of nodes. */
    static final int NODES = 16;
    /** Nodes on (-1, 1), positive half (the rule is symmetric). */
    private static final double[] NODE = new double[NODES / 2];
    /** The matching weights. */
    private static final double[] WEIGHT = new double[NODES / 2];

    static {
        for (int i = 0; i < NODES / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (NODES + 0.5));
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++) {
                double p0 = 1.0;
                double p1 = x;
                for (int k = 2; k <= NODES; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = NODES * (x * p1 - p0) / (x * x - 1);
                double step = p1 / derivative;
                x -= step;
                if (Math.abs(step) <= Tolerances.LEGENDRE_NODE_STEP) {
                    break;
                }
            }
            NODE[i] = x;
            WEIGHT[i] = 2.0 / ((1 - x * x) * derivative * derivative);
        }
    }

    private GaussLegendre() {
    }

    /** {@code ∫_lo^hi g(s) ds} by the {@value #NODES}-point rule. */
    static double integrate(DoubleUnaryOperator g, double lo, double hi) {
        double centre = 0.5 * (lo + hi);
        double radius = 0.5 * (hi - lo);
        double sum = 0.0;
        for (int i = 0; i < NODES / 2; i++) {
            double d = radius * NODE[i];
            sum += WEIGHT[i] * (g.applyAsDouble(centre - d) + g.applyAsDouble(centre + d));
        }
        return radius * sum;
    }
}
