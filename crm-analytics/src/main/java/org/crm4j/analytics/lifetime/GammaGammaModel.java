package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.internal.Checks;

/**
 * A fitted Gamma-Gamma model of monetary value (see {@link GammaGamma}): the shape {@code p} of the transaction
 * values and the shape {@code q} and rate {@code γ} of the gamma distribution of their rate {@code ν} across
 * customers, with standard errors and the posterior mean spend of Fader &amp; Hardie (2013).
 *
 * <p>Immutable; all methods are pure and thread-safe.
 */
public final class GammaGammaModel {

    private static final String[] NAMES = {"p", "q", "gamma"};

    private final double p;
    private final double q;
    private final double gamma;
    private final double[] standardErrors;
    private final double logLikelihood;
    private final int customers;
    private final int iterations;
    private final boolean converged;

    GammaGammaModel(double[] params, double[] standardErrors, double logLikelihood, int customers, int iterations,
            boolean converged) {
        this.p = params[0];
        this.q = params[1];
        this.gamma = params[2];
        this.standardErrors = standardErrors.clone();
        this.logLikelihood = logLikelihood;
        this.customers = customers;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** A model with given parameters and no fit statistics (NaN), for evaluating published parameter values. */
    static GammaGammaModel withParameters(double p, double q, double gamma) {
        double nan = Double.NaN;
        return new GammaGammaModel(new double[] {p, q, gamma}, new double[] {nan, nan, nan}, nan, 0, 0, true);
    }

    /** @return {@code p}, the shape of the gamma distribution of one customer's transaction values */
    public double p() {
        return p;
    }

    /** @return {@code q}, the shape of the gamma distribution of {@code ν} across customers */
    public double q() {
        return q;
    }

    /** @return {@code γ}, the rate of the gamma distribution of {@code ν}, in the currency of the values */
    public double gamma() {
        return gamma;
    }

    /**
     * @return the standard errors of {@code p, q, γ} (in that order, a copy) from the observed information; NaN
     *         when the fit did not converge and the information is not positive definite there
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the maximised log-likelihood (of the mean values, as Fader &amp; Hardie's eq. 3) */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return Akaike's information criterion {@code 2·3 - 2 logLikelihood} */
    public double aic() {
        return 6 - 2 * logLikelihood;
    }

    /** @return the number of (repeat) customers fitted */
    public int customers() {
        return customers;
    }

    /** @return the Newton iterations taken */
    public int iterations() {
        return iterations;
    }

    /** @return whether the convergence criterion was met */
    public boolean converged() {
        return converged;
    }

    /**
     * The population mean transaction value {@code E[p/ν] = p γ / (q - 1)}.
     *
     * @return the mean, or {@code +∞} when {@code q <= 1} (the mixing distribution has no finite mean)
     */
    public double expectedAverageValue() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }

    /**
     * The expected transaction value of a customer with {@code x} repeat transactions of mean {@code z̄}: the
     * posterior mean of {@code p/ν} with {@code ν | x, z̄ ~ Gamma(q + px, γ + x z̄)} (Fader &amp; Hardie 2013, eq. 5),
     * <pre>
     *   E[M | x, z̄] = p (γ + x z̄) / (px + q - 1)
     *              = (q - 1)/(px + q - 1) · pγ/(q - 1) + px/(px + q - 1) · z̄,
     * </pre>
     * a weighted mean of the population mean and the customer's own. For {@code x = 0} it is the population mean
     * ({@code z̄} is then ignored).
     *
     * @param frequency    repeat transactions {@code x}, a whole number {@code >= 0}
     * @param averageValue their mean value {@code z̄}: finite and {@code > 0} when {@code x >= 1}, finite otherwise
     * @return the expected value; {@code +∞} when {@code px + q <= 1}
     * @throws IllegalArgumentException when an argument breaks a rule above
     */
    public double conditionalExpectedAverageValue(double frequency, double averageValue) {
        Checks.require(Double.isFinite(frequency) && frequency >= 0 && frequency == Math.rint(frequency),
                "frequency must be a whole number >= 0, was %s", frequency);
        if (frequency > 0) {
            Inputs.requireRepeatCustomer(frequency, averageValue, "");
        } else {
            Checks.require(Double.isFinite(averageValue), "averageValue must be finite, was %s", averageValue);
        }
        return expectedValueUnchecked(frequency, averageValue);
    }

    /** The posterior mean without argument checks, for {@link CustomerLifetimeValue}. */
    double expectedValueUnchecked(double x, double zbar) {
        double px = p * x;
        double denominator = px + q - 1;
        if (denominator <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return p * (gamma + x * zbar) / denominator;
    }

    /** @return a parameter table in the style of R's {@code summary()} with the fit statistics */
    public String summary() {
        StringBuilder s = new StringBuilder("Gamma-Gamma model of monetary value (maximum likelihood)\n");
        s.append(Checks.message("%-8s %14s %14s%n", "", "Estimate", "Std. Error"));
        double[] est = {p, q, gamma};
        for (int i = 0; i < 3; i++) {
            s.append(Checks.message("%-8s %14.6g %14.6g%n", NAMES[i], est[i], standardErrors[i]));
        }
        s.append(Checks.message("Repeat customers: %d; log-likelihood: %.6f; AIC: %.4f%n", customers, logLikelihood,
                aic()));
        s.append(Checks.message("Population mean value: %.6g%n", expectedAverageValue()));
        s.append(Checks.message("Newton iterations: %d%s%n", iterations, converged ? "" : " (not converged)"));
        return s.toString();
    }

    @Override
    public String toString() {
        return Checks.message("GammaGammaModel[p=%s, q=%s, gamma=%s]", p, q, gamma);
    }
}
