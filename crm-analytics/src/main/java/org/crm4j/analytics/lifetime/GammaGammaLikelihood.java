package org.crm4j.analytics.lifetime;

import java.util.Arrays;

import org.crm4j.analytics.stats.SpecialFunctions;

/**
 * The Gamma-Gamma log-likelihood of the repeat customers' mean transaction values with its analytic gradient and
 * Hessian in {@code (p, q, γ)}.
 *
 * <p>Per customer with {@code x} repeat transactions of mean {@code z̄} (Fader & Hardie 2013, eq. 3, in logs):
 * <pre>
 *   ℓ = log Γ(px+q) - log Γ(px) - log Γ(q) + q log γ + (px-1) log z̄ + px log x - (px+q) log(γ + x z̄).
 * </pre>
 * The gamma-function terms depend on {@code x} alone and are evaluated once per distinct frequency; the terms
 * linear in {@code p} are summed once; each customer then costs one logarithm.
 */
final class GammaGammaLikelihood implements LogLikelihood {

    private static final String[] NAMES = {"p", "q", "gamma"};

    private final double[] frequency;
    private final double[] total; // x z̄
    private final double[] distinct;
    private final double[] counts;
    private final double linearInP; // Σ x (log z̄ + log x)
    private final double constant; // -Σ log z̄
    private final int customers;

    /** Arguments already checked; they are read, not kept beyond the fit. */
    GammaGammaLikelihood(double[] frequency, double[] averageValue) {
        this.customers = frequency.length;
        this.frequency = frequency;
        this.total = new double[customers];
        double lin = 0;
        double cons = 0;
        for (int i = 0; i < customers; i++) {
            total[i] = frequency[i] * averageValue[i];
            double logZ = Math.log(averageValue[i]);
            lin += frequency[i] * (logZ + Math.log(frequency[i]));
            cons -= logZ;
        }
        this.linearInP = lin;
        this.constant = cons;
        double[] sorted = frequency.clone();
        Arrays.sort(sorted);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[k++] = sorted[i];
            }
        }
        this.distinct = Arrays.copyOf(sorted, k);
        this.counts = new double[k];
        for (double x : frequency) {
            counts[Arrays.binarySearch(distinct, x)]++;
        }
    }

    @Override
    public String[] names() {
        return NAMES.clone();
    }

    /** @return the mean of the average values weighted by frequency, for the start */
    double meanValue() {
        double s = 0;
        double w = 0;
        for (int i = 0; i < customers; i++) {
            s += total[i];
            w += frequency[i];
        }
        return s / w;
    }

    @Override
    public double evaluate(double[] params, double[] gradient, double[][] hessian) {
        double p = params[0];
        double q = params[1];
        double gamma = params[2];
        if (!(p > 0 && q > 0 && gamma > 0) || !Double.isFinite(p + q + gamma)) {
            return Double.NaN;
        }
        boolean derivatives = gradient != null;
        double n = customers;
        double logGamma = Math.log(gamma);
        double ll = n * (q * logGamma - SpecialFunctions.logGamma(q)) + p * linearInP + constant;
        double gp = linearInP;
        double gq = n * (logGamma - (derivatives ? Polygamma.digamma(q) : 0));
        double gg = n * q / gamma;
        double hpp = 0;
        double hpq = 0;
        double hqq = derivatives ? -n * Polygamma.trigamma(q) : 0;
        double hpg = 0;
        double hqg = n / gamma;
        double hgg = -n * q / (gamma * gamma);
        for (int k = 0; k < distinct.length; k++) {
            double x = distinct[k];
            double c = counts[k];
            double px = p * x;
            ll += c * (SpecialFunctions.logGamma(px + q) - SpecialFunctions.logGamma(px));
            if (derivatives) {
                double dpq = Polygamma.digamma(px + q);
                double tpq = Polygamma.trigamma(px + q);
                gp += c * x * (dpq - Polygamma.digamma(px));
                gq += c * dpq;
                hpp += c * x * x * (tpq - Polygamma.trigamma(px));
                hpq += c * x * tpq;
                hqq += c * tpq;
            }
        }
        for (int i = 0; i < customers; i++) {
            double x = frequency[i];
            double shape = p * x + q;
            double denominator = gamma + total[i];
            double logD = Math.log(denominator);
            ll -= shape * logD;
            if (derivatives) {
                double inv = 1 / denominator;
                gp -= x * logD;
                gq -= logD;
                gg -= shape * inv;
                hpg -= x * inv;
                hqg -= inv;
                hgg += shape * inv * inv;
            }
        }
        if (derivatives) {
            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
            double[][] h = {{hpp, hpq, hpg}, {hpq, hqq, hqg}, {hpg, hqg, hgg}};
            for (int i = 0; i < 3; i++) {
                System.arraycopy(h[i], 0, hessian[i], 0, 3);
            }
        }
        return ll;
    }
}
