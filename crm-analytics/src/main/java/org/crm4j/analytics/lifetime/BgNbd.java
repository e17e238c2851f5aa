package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;

/**
 * The beta-geometric/negative binomial distribution (BG/NBD) model of repeat buying in a non-contractual setting
 * (Fader, Hardie &amp; Lee 2005), fitted by maximum likelihood.
 *
 * <p>Model. While alive, a customer buys at the times of a Poisson process of rate {@code λ}; after each purchase
 * she becomes inactive for good with probability {@code p}. Across customers {@code λ ~ Gamma(shape r, rate α)} and
 * {@code p ~ Beta(a, b)}, independently. The data are each customer's {@code x} repeat purchases, the time
 * {@code t_x} of the last one and her age {@code T}, both measured from the first purchase in one time unit (days,
 * weeks...); {@code α} is in that unit, {@code r}, {@code a}, {@code b} are unitless. The likelihood of one customer
 * is
 * <pre>
 *   L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *     + [x > 0] B(a+1, b+x-1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
 * </pre>
 *
 * <p>Method. Newton's method on {@code log r, log α, log a, log b} with the analytic gradient and Hessian, Levenberg
 * damping where the Hessian is not negative definite, and a backtracking line search (see {@code NewtonMaximizer});
 * the log-likelihood is summed in log-sum-exp form with {@code log Γ} so that large frequencies (tens of thousands)
 * do not overflow. Start: {@code r = a = b = 1}, {@code α = mean(T) / (mean(x) + 1)}. Standard errors are the
 * square roots of the diagonal of the inverse observed information (the negated analytic Hessian at the estimate,
 * in natural parameters). Fitting costs {@code O(n)} per iteration with two logarithms per customer; about ten
 * iterations are typical.
 *
 * <p>Assumptions and weaknesses: customers may drop out only right after a purchase, so one-time buyers are never
 * "dead" ({@link BgNbdModel#probabilityAlive} is 1 for {@code x = 0}), which the Pareto/NBD does not assume; the
 * purchase rate and the dropout probability are independent across customers; there is no seasonality or trend.
 * When nobody buys twice the parameters are not identified (refused), and when nobody seems to drop out the
 * estimates drift to the boundary ({@code a -> 0}): the fit then does not converge ({@code converged() == false},
 * or {@link ConvergenceException} with {@link Options#strict()}) or its information matrix is singular
 * ({@link SingularMatrixException}).
 *
 * <pre>{@code
 * BgNbdModel m = BgNbd.fit(frequency, recency, age);           // weeks
 * double p = m.probabilityAlive(2, 30.43, 38.86);
 * double next52 = m.conditionalExpectedPurchases(52, 2, 30.43, 38.86);
 * }</pre>
 *
 * <p>References:
 * <ol>
 *   <li>P. S. Fader, B. G. S. Hardie and K. L. Lee, "Counting Your Customers" the Easy Way: An Alternative to the
 *       Pareto/NBD Model, <i>Marketing Science</i> 24(2) (2005) 275–284.</li>
 *   <li>P. S. Fader, B. G. S. Hardie and K. L. Lee, Implementing the BG/NBD Model for Customer Base Analysis in
 *       Excel (2005), and Computing P(alive) Using the BG/NBD Model (2008), notes at brucehardie.com.</li>
 *   <li>D. C. Schmittlein, D. G. Morrison and R. Colombo, Counting Your Customers: Who Are They and What Will They
 *       Do Next?, <i>Management Science</i> 33(1) (1987) 1–24 (the Pareto/NBD).</li>
 * </ol>
 *
 * @see GammaGamma
 * @see CustomerLifetimeValue
 */
public final class BgNbd {

    /**
     * Options of the fit.
     *
     * @param maxIterations the Newton iteration budget, in [1, 10 000] (default 200)
     * @param tolerance     convergence when the Newton decrement {@code g' I⁻¹ g / 2} is at most
     *                      {@code tolerance (1 + |log-likelihood|)}, in (0, 1e-4] (default 1e-12)
     * @param strict        when true, non-convergence throws {@link ConvergenceException} (default false: the model
     *                      reports {@code converged() == false})
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

    private BgNbd() {
    }

    /**
     * Fits the BG/NBD with default options.
     *
     * @param frequency repeat purchases {@code x} per customer: whole numbers {@code >= 0} (not modified)
     * @param recency   time of the last purchase {@code t_x}, from the first, {@code 0 <= t_x <= T}; 0 when
     *                  {@code x = 0} (not modified)
     * @param age       time {@code T} from the first purchase to the end of the observation, {@code >= 0}
     *                  (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[], double[], double[], Options)}
     * @throws SingularMatrixException  when the fit converged but the observed information at the estimate is
     *                                  singular
     */
    public static BgNbdModel fit(double[] frequency, double[] recency, double[] age) {
        return fit(frequency, recency, age, Options.defaults());
    }

    /**
     * Fits the BG/NBD.
     *
     * @param frequency repeat purchases {@code x} per customer: whole numbers {@code >= 0} (not modified)
     * @param recency   time of the last purchase {@code t_x}, from the first, {@code 0 <= t_x <= T}; 0 when
     *                  {@code x = 0} (not modified)
     * @param age       time {@code T} from the first purchase to the end of the observation, {@code >= 0}
     *                  (not modified)
     * @param options   the options, not null
     * @return the fitted model
     * @throws IllegalArgumentException when an array is null or empty, the lengths differ, a value is not finite or
     *                                  breaks a rule above, or no customer has a repeat purchase (the parameters are
     *                                  then not identified)
     * @throws ConvergenceException     when {@code options.strict()} and Newton's method did not converge
     * @throws SingularMatrixException  when the fit converged but the observed information at the estimate is
     *                                  singular
     */
    public static BgNbdModel fit(double[] frequency, double[] recency, double[] age, Options options) {
        Checks.require(options != null, "options must not be null");
        Inputs.requireSummary(frequency, recency, age);
        BgNbdLikelihood likelihood = new BgNbdLikelihood(frequency, recency, age);
        double meanX = likelihood.meanFrequency();
        Checks.require(meanX > 0, "frequency must have at least one repeat purchase: with all %d customers at 0"
                + " the BG/NBD parameters are not identified", frequency.length);
        double meanT = likelihood.meanAge();
        double alpha0 = meanT > 0 ? meanT / (meanX + 1) : 1;
        NewtonMaximizer.Result fit = NewtonMaximizer.maximize(likelihood, new double[] {1, alpha0, 1, 1},
                options.maxIterations(), options.tolerance(), options.strict(), "BG/NBD");
        double[] se = NewtonMaximizer.standardErrors(fit, likelihood.names(), "BG/NBD");
        return new BgNbdModel(fit.params(), se, fit.logLikelihood(), frequency.length, fit.iterations(),
                fit.converged());
    }
}
