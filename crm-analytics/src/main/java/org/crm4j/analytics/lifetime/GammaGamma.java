package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;

/**
 * The Gamma-Gamma model of the monetary value of repeat transactions (Fader &amp; Hardie 2013, after Colombo &amp;
 * Jiang 1999), fitted by maximum likelihood.
 *
 * <p>Model. The values of a customer's transactions are independent {@code Gamma(shape p, rate ν)} draws, so their
 * mean is {@code p/ν}; across customers {@code ν ~ Gamma(shape q, rate γ)}. For a customer with {@code x}
 * transactions of mean value {@code z̄} the likelihood of {@code z̄} is
 * <pre>
 *   f(z̄ | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q x^(px) z̄^(px-1) / (γ + x z̄)^(px+q).
 * </pre>
 * {@code γ} is in the currency of the values, {@code p} and {@code q} are unitless.
 *
 * <p>Data: only customers with at least one repeat transaction ({@code x >= 1}) carry information about their
 * spend. Rows with {@code x = 0} are <b>refused</b> with an {@link IllegalArgumentException} naming the first one,
 * rather than dropped silently: the caller selects the repeat customers (as Fader &amp; Hardie's 946 of the 2 357
 * CDNOW customers), and the fitted model still predicts for customers without repeat purchases
 * ({@link GammaGammaModel#conditionalExpectedAverageValue} then returns the population mean). The values must be
 * positive. The model assumes that spend is independent of the purchase process (check that the correlation of
 * {@code x} and {@code z̄} is weak).
 *
 * <p>Method: as {@link BgNbd}, Newton's method on {@code log p, log q, log γ} with the analytic gradient and Hessian
 * (digamma and trigamma), damping and backtracking; start {@code p = 1, q = 2, γ = } the mean value. Standard
 * errors from the inverse observed information at the estimate.
 *
 * <p>References:
 * <ol>
 *   <li>P. S. Fader and B. G. S. Hardie, The Gamma-Gamma Model of Monetary Value (2013), note at
 *       brucehardie.com.</li>
 *   <li>P. S. Fader, B. G. S. Hardie and K. L. Lee, RFM and CLV: Using Iso-Value Curves for Customer Base
 *       Analysis, <i>Journal of Marketing Research</i> 42(4) (2005) 415–430.</li>
 *   <li>R. Colombo and W. Jiang, A stochastic RFM model, <i>Journal of Interactive Marketing</i> 13(3) (1999)
 *       2–12.</li>
 * </ol>
 *
 * @see BgNbd
 * @see CustomerLifetimeValue
 */
public final class GammaGamma {

    /**
     * Options of the fit.
     *
     * @param maxIterations the Newton iteration budget, in [1, 10 000] (default 200)
     * @param tolerance     convergence when the Newton decrement {@code g' I⁻¹ g / 2} is at most
     *                      {@code tolerance (1 + |log-likelihood|)}, in (0, 1e-4] (default 1e-12)
     * @param strict        when true, non-convergence throws {@link ConvergenceException} (default false)
     */
    public record Options(int maxIterations, double tolerance, boolean strict) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public Options {
            Checks.require(maxIterations >= 1 && maxIterations <= 10_000,
                    "maxIterations must be in [1, 10000], was %d", maxIterations);
            Checks.require(tolerance > 0 && tolerance <= 1e-4, "tolerance must be in (0, 1e-4], was %s", tolerance);
        }

        /** @return 200 iterations, tolerance 1e-12, not strict */
        public static Options defaults() {
            return new Options(Tolerances.DEFAULT_MAX_ITERATIONS, Tolerances.DEFAULT_TOLERANCE, false);
        }

        /**
         * @param maxIterations the new iteration budget
         * @return a copy with that budget
         */
        public Options withMaxIterations(int maxIterations) {
            return new Options(maxIterations, tolerance, strict);
        }

        /**
         * @param tolerance the new tolerance
         * @return a copy with that tolerance
         */
        public Options withTolerance(double tolerance) {
            return new Options(maxIterations, tolerance, strict);
        }

        /**
         * @param strict whether non-convergence throws
         * @return a copy with that setting
         */
        public Options withStrict(boolean strict) {
            return new Options(maxIterations, tolerance, strict);
        }
    }

    private GammaGamma() {
    }

    /**
     * Fits the Gamma-Gamma model with default options.
     *
     * @param frequency    repeat transactions {@code x} per customer, whole numbers {@code >= 1} (not modified)
     * @param averageValue mean value {@code z̄} of those transactions, {@code > 0} (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[], double[], Options)}
     */
    public static GammaGammaModel fit(double[] frequency, double[] averageValue) {
        return fit(frequency, averageValue, Options.defaults());
    }

    /**
     * Fits the Gamma-Gamma model.
     *
     * @param frequency    repeat transactions {@code x} per customer, whole numbers {@code >= 1} (not modified)
     * @param averageValue mean value {@code z̄} of those transactions, {@code > 0} (not modified)
     * @param options      the options, not null
     * @return the fitted model
     * @throws IllegalArgumentException when an array is null or empty, the lengths differ, a frequency is not a whole
     *                                  number {@code >= 1} (customers without repeat purchases are refused, see
     *                                  above) or a value is not finite and positive
     * @throws ConvergenceException     when {@code options.strict()} and Newton's method did not converge
     * @throws SingularMatrixException  when the fit converged but the observed information at the estimate is
     *                                  singular
     */
    public static GammaGammaModel fit(double[] frequency, double[] averageValue, Options options) {
        Checks.require(options != null, "options must not be null");
        Checks.require(frequency != null, "frequency must not be null");
        Checks.require(averageValue != null, "averageValue must not be null");
        Checks.require(frequency.length > 0, "frequency must have at least one customer, was empty");
        Checks.requireLength(averageValue.length, frequency.length, "averageValue", "the length of frequency");
        for (int i = 0; i < frequency.length; i++) {
            double x = frequency[i];
            double z = averageValue[i];
            if (!(x >= 1 && x == Math.rint(x) && Double.isFinite(x) && z > 0 && Double.isFinite(z))) {
                Inputs.requireRepeatCustomer(x, z, "[" + i + "]");
            }
        }
        GammaGammaLikelihood likelihood = new GammaGammaLikelihood(frequency, averageValue);
        NewtonMaximizer.Result fit = NewtonMaximizer.maximize(likelihood,
                new double[] {1, 2, likelihood.meanValue()}, options.maxIterations(), options.tolerance(),
                options.strict(), "Gamma-Gamma");
        double[] se = NewtonMaximizer.standardErrors(fit, likelihood.names(), "Gamma-Gamma");
        return new GammaGammaModel(fit.params(), se, fit.logLikelihood(), frequency.length, fit.iterations(),
                fit.converged());
    }
}
