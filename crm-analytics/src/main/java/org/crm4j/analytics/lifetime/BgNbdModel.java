package org.crm4j.analytics.lifetime;

import org.crm4j.analytics.internal.Checks;

/**
 * A fitted BG/NBD model (see {@link BgNbd}): the parameters {@code r, α} of the gamma distribution of purchase
 * rates and {@code a, b} of the beta distribution of dropout probabilities, their standard errors and the
 * predictions of Fader, Hardie &amp; Lee (2005). Times are in the unit of the data the model was fitted on.
 *
 * <p>Immutable; all methods are pure and thread-safe.
 */
public final class BgNbdModel {

    private static final String[] NAMES = {"r", "alpha", "a", "b"};

    private final double r;
    private final double alpha;
    private final double a;
    private final double b;
    private final double[] standardErrors;
    private final double logLikelihood;
    private final int customers;
    private final int iterations;
    private final boolean converged;

    BgNbdModel(double[] params, double[] standardErrors, double logLikelihood, int customers, int iterations,
            boolean converged) {
        this.r = params[0];
        this.alpha = params[1];
        this.a = params[2];
        this.b = params[3];
        this.standardErrors = standardErrors.clone();
        this.logLikelihood = logLikelihood;
        this.customers = customers;
        this.iterations = iterations;
        this.converged = converged;
    }

    /**
     * A model with given parameters and no fit statistics (NaN log-likelihood and standard errors, 0 customers and
     * iterations), for evaluating the predictions at published parameter values.
     */
    static BgNbdModel withParameters(double r, double alpha, double a, double b) {
        double nan = Double.NaN;
        return new BgNbdModel(new double[] {r, alpha, a, b}, new double[] {nan, nan, nan, nan}, nan, 0, 0, true);
    }

    /** @return {@code r}, the shape of the gamma distribution of purchase rates */
    public double r() {
        return r;
    }

    /** @return {@code α}, the rate (inverse scale, in the data's time unit) of the gamma distribution of rates */
    public double alpha() {
        return alpha;
    }

    /** @return {@code a}, the first shape of the beta distribution of dropout probabilities */
    public double a() {
        return a;
    }

    /** @return {@code b}, the second shape of the beta distribution of dropout probabilities */
    public double b() {
        return b;
    }

    /**
     * @return the standard errors of {@code r, α, a, b} (in that order, a copy): square roots of the diagonal of
     *         the inverse observed information at the estimate; NaN when the fit did not converge and the
     *         information is not positive definite there
     */
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** @return the maximised log-likelihood */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** @return Akaike's information criterion {@code 2·4 - 2 logLikelihood} */
    public double aic() {
        return 8 - 2 * logLikelihood;
    }

    /** @return the number of customers fitted */
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
     * The probability that a customer with this history is still alive at her age {@code T} (Fader, Hardie &amp; Lee
     * 2008, "Computing P(alive)"):
     * <pre>
     *   P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b+x-1) ((α+T)/(α+t_x))^(r+x)),
     * </pre>
     * evaluated as a logistic function of the log-odds, so it neither overflows nor loses accuracy for large
     * {@code x}. It is 1 when {@code x = 0}: in the BG/NBD customers can only drop out right after a purchase.
     *
     * @param frequency repeat purchases {@code x}, a whole number {@code >= 0}
     * @param recency   time of the last purchase {@code t_x}, {@code 0 <= t_x <= T}, 0 when {@code x = 0}
     * @param age       the customer's age {@code T >= 0}
     * @return the probability, in {@code [0, 1]}
     * @throws IllegalArgumentException when an argument breaks a rule above or is not finite
     */
    public double probabilityAlive(double frequency, double recency, double age) {
        Inputs.requireCustomer(frequency, recency, age, "");
        return aliveProbability(frequency, recency, age);
    }

    private double aliveProbability(double x, double tx, double age) {
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((age - tx) / (alpha + tx));
        // P = 1 / (1 + e^logOdds)
        return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
    }

    /**
     * The expected number of purchases of a new customer (first purchase at time 0) in {@code (0, t]} (Fader,
     * Hardie &amp; Lee 2005, eq. 7):
     * <pre>
     *   E[X(t)] = (a+b-1)/(a-1) [1 - (α/(α+t))^r ₂F₁(r, b; a+b-1; t/(α+t))].
     * </pre>
     * Evaluated as the conditional expectation below with {@code x = t_x = T = 0}, without the removable
     * singularities at {@code a = 1} and {@code a + b = 1}.
     *
     * @param t the horizon, finite and {@code >= 0}
     * @return the expected number of purchases, {@code >= 0}
     * @throws IllegalArgumentException when {@code t} is negative or not finite
     */
    public double expectedPurchases(double t) {
        Inputs.requireHorizon(t, "t");
        return expectedIfAlive(t, 0, 0);
    }

    /**
     * The expected number of purchases in the next {@code t} time units (in {@code (T, T+t]}) of a customer with
     * history {@code (x, t_x, T)} (Fader, Hardie &amp; Lee 2005, eq. 10):
     * <pre>
     *   E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · (a+b+x-1)/(a-1)
     *                         · [1 - ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x-1; t/(α+T+t))].
     * </pre>
     * The bracket is evaluated after Euler's transformation,
     * {@code ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; c; z) = (1-z)^(a-1) ₂F₁(a+b-1-r, a-1; c; z)} with
     * {@code c = a+b+x-1}, {@code z = t/(α+T+t)}, written with the entire function {@code H} of
     * {@code Hypergeometric} as
     * <pre>
     *   E[Y(t) | alive] = -c expm1((a-1) log(1-z))/(a-1) - (1-z)^(a-1) (a+b-1-r) H(a+b-1-r, a-1, c, z),
     * </pre>
     * which has no singularity at {@code a = 1} or {@code c = 0} and whose series needs few terms for large
     * {@code x}. It equals {@code E_p[(1 - (1 + p t/(α+T))^-(r+x)) / p]} for {@code p ~ Beta(a, b+x)}, the
     * posterior of a live customer.
     *
     * @param t         the horizon, finite and {@code >= 0}
     * @param frequency repeat purchases {@code x}, a whole number {@code >= 0}
     * @param recency   time of the last purchase {@code t_x}, {@code 0 <= t_x <= T}, 0 when {@code x = 0}
     * @param age       the customer's age {@code T >= 0}
     * @return the expected number of purchases, {@code >= 0}, non-decreasing in {@code t}
     * @throws IllegalArgumentException when an argument breaks a rule above or is not finite
     */
    public double conditionalExpectedPurchases(double t, double frequency, double recency, double age) {
        Inputs.requireHorizon(t, "t");
        Inputs.requireCustomer(frequency, recency, age, "");
        return aliveProbability(frequency, recency, age) * expectedIfAlive(t, frequency, age);
    }

    /** P(alive) without argument checks, for {@link CustomerLifetimeValue} (arguments already checked). */
    double aliveProbabilityUnchecked(double x, double tx, double age) {
        return aliveProbability(x, tx, age);
    }

    /** E[Y(t) | alive] without argument checks, for {@link CustomerLifetimeValue}. */
    double expectedIfAliveUnchecked(double t, double x, double age) {
        return expectedIfAlive(t, x, age);
    }

    private double expectedIfAlive(double t, double x, double age) {
        if (t == 0) {
            return 0;
        }
        double s = alpha + age;
        double z = t / (s + t);
        double logOneMinusZ = -Math.log1p(t / s);
        double c = a + b + x - 1;
        double am1 = a - 1;
        double first = am1 == 0 ? -c * logOneMinusZ : -c * Math.expm1(am1 * logOneMinusZ) / am1;
        double upper = a + b - 1 - r;
        double second = Math.exp(am1 * logOneMinusZ) * upper * Hypergeometric.h(upper, am1, c, z);
        // both terms are O(t) for small t; the floor removes a rounding residue of order 1e-17 below zero
        return Math.max(0, first - second);
    }

    /** @return a parameter table in the style of R's {@code summary()} with the fit statistics */
    public String summary() {
        StringBuilder s = new StringBuilder("BG/NBD model (maximum likelihood, Newton on log-parameters)\n");
        s.append(Checks.message("%-8s %14s %14s%n", "", "Estimate", "Std. Error"));
        double[] est = {r, alpha, a, b};
        for (int i = 0; i < 4; i++) {
            s.append(Checks.message("%-8s %14.6g %14.6g%n", NAMES[i], est[i], standardErrors[i]));
        }
        s.append(Checks.message("Customers: %d; log-likelihood: %.6f; AIC: %.4f%n", customers, logLikelihood,
                aic()));
        s.append(Checks.message("Newton iterations: %d%s%n", iterations, converged ? "" : " (not converged)"));
        return s.toString();
    }

    @Override
    public String toString() {
        return Checks.message("BgNbdModel[r=%s, alpha=%s, a=%s, b=%s]", r, alpha, a, b);
    }
}
