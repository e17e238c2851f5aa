package org.crm4j.analytics.regression;

import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.SingularMatrixException;
import org.crm4j.analytics.internal.Checks;
import org.crm4j.analytics.linalg.PivotedQR;
import org.crm4j.analytics.linalg.TallQR;

/**
 * Binary logistic regression by maximum likelihood, as R's {@code glm(family = binomial)} and statsmodels'
 * {@code Logit}: {@code P(y = 1 | x) = 1 / (1 + exp(-(b0 + xᵀb)))}, with Wald standard errors from the inverse
 * Fisher information, z-tests, deviance, null deviance and AIC.
 *
 * <p>Method: iteratively reweighted least squares (Fisher scoring, which is Newton's method for the canonical logit
 * link). Each iteration solves the weighted least-squares problem of the working response
 * {@code z = η + (y - μ)/(μ(1-μ))} with weights {@code w μ(1-μ)} by the same Householder QR as
 * {@link LinearRegression} (never the normal equations). It starts, like R, from {@code μ = (w y + 1/2)/(w + 1)}. A
 * step that does not decrease the deviance (or makes it non-finite) is halved, up to 30 times. Convergence: relative
 * deviance change {@code |D - D_old| / (|D| + 0.1)} below {@link Options#tolerance()} (R's criterion).
 *
 * <p>Separation: when a linear combination of the predictors splits the two classes (perfectly, or except for ties on
 * the boundary), the maximum-likelihood estimate does not exist and IRLS drives coefficients to infinity. This is
 * detected, and reported with a {@link ConvergenceException} that says so, when fitted probabilities of 0 or 1
 * (|η| > 30, i.e. probabilities within 1e-13 of the label) appear: every observation (complete separation) or some of
 * them (quasi-complete separation). No model with silently infinite coefficients is returned; consider removing the
 * separating predictor, pooling categories, or a penalised (Firth) fit.
 *
 * <p>Weights are prior weights (R's {@code weights=}): observation i counts w_i times in the log-likelihood. With
 * 0/1 responses the deviance is {@code -2 log L} and {@code AIC = deviance + 2p}.
 *
 * <pre>{@code
 * LogisticModel g = LogisticRegression.fit(x, converted);          // converted[i] in {0, 1}
 * double[] odds = Arrays.stream(g.coefficients()).map(Math::exp).toArray();
 * double p = g.probability(new double[] {35, 1.0});
 * }</pre>
 *
 * <p>References: P. McCullagh and J. A. Nelder, <i>Generalized Linear Models</i>, 2nd ed., Chapman and Hall 1989,
 * §2.5 and §4.4; A. Albert and J. A. Anderson, On the existence of maximum likelihood estimates in logistic
 * regression models, <i>Biometrika</i> 71 (1984) 1–10; D. W. Hosmer and S. Lemeshow, <i>Applied Logistic
 * Regression</i>, Wiley 1989.
 *
 * @see LinearRegression
 */
public final class LogisticRegression {

    private static final int MAX_HALVINGS = 30;

    /**
     * Options of the fit.
     *
     * @param intercept     whether a constant column is added (default true)
     * @param maxIterations the maximum number of IRLS iterations, in [1, 1000] (default 50)
     * @param tolerance     the relative deviance change that ends the iteration, in (0, 1e-2] (default 1e-10)
     * @param rankTolerance the rank-detection threshold of the weighted least-squares steps, in (0, 1e-2] (default
     *                      1e-12, see {@link LinearRegression.Options#rankTolerance()})
     * @param strict        whether running out of {@code maxIterations} throws {@link ConvergenceException}
     *                      (default false: the model of the last iteration is returned with
     *                      {@link LogisticModel#converged()} false)
     */
    public record Options(boolean intercept, int maxIterations, double tolerance, double rankTolerance,
                          boolean strict) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public Options {
            Checks.require(maxIterations >= 1 && maxIterations <= 1000,
                    "maxIterations must be in [1, 1000], was %d", maxIterations);
            Checks.require(tolerance > 0 && tolerance <= Tolerances.MAX_TOLERANCE,
                    "tolerance must be in (0, 1e-2], was %s", tolerance);
            Checks.require(rankTolerance > 0 && rankTolerance <= Tolerances.MAX_TOLERANCE,
                    "rankTolerance must be in (0, 1e-2], was %s", rankTolerance);
        }

        /** @return an intercept, 50 iterations, tolerance 1e-10, rank tolerance 1e-12, lenient about convergence */
        public static Options defaults() {
            return new Options(true, 50, Tolerances.DEFAULT_IRLS_TOLERANCE, Tolerances.DEFAULT_RANK_TOLERANCE, false);
        }

        /**
         * @param strict whether running out of iterations throws {@link ConvergenceException}
         * @return a copy with that setting
         */
        public Options withStrict(boolean strict) {
            return new Options(intercept, maxIterations, tolerance, rankTolerance, strict);
        }

        /**
         * @param intercept whether to add a constant column
         * @return a copy with that setting
         */
        public Options withIntercept(boolean intercept) {
            return new Options(intercept, maxIterations, tolerance, rankTolerance, strict);
        }

        /**
         * @param maxIterations the iteration limit, in [1, 1000]
         * @return a copy with that limit
         * @throws IllegalArgumentException when out of range
         */
        public Options withMaxIterations(int maxIterations) {
            return new Options(intercept, maxIterations, tolerance, rankTolerance, strict);
        }

        /**
         * @param tolerance the relative deviance change ending the iteration, in (0, 1e-2]
         * @return a copy with that tolerance
         * @throws IllegalArgumentException when out of range
         */
        public Options withTolerance(double tolerance) {
            return new Options(intercept, maxIterations, tolerance, rankTolerance, strict);
        }

        /**
         * @param rankTolerance the rank-detection threshold, in (0, 1e-2]
         * @return a copy with that threshold
         * @throws IllegalArgumentException when out of range
         */
        public Options withRankTolerance(double rankTolerance) {
            return new Options(intercept, maxIterations, tolerance, rankTolerance, strict);
        }
    }

    private LogisticRegression() {
    }

    /**
     * Fits a logistic regression with an intercept and {@link Options#defaults()}.
     *
     * @param x the predictors, n rows of p finite values, n > p + 1 (not modified)
     * @param y the labels, n values in {0, 1} (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException  when an argument is null, empty, ragged, non-finite, of the wrong length, a
     *                                   label is not 0 or 1, or there are not more rows than coefficients
     * @throws SingularMatrixException if a column of the design is a linear combination of others
     * @throws ConvergenceException    on complete or quasi-complete separation
     */
    public static LogisticModel fit(double[][] x, int[] y) {
        return fit(x, y, null, Options.defaults());
    }

    /**
     * Fits a logistic regression with the given options.
     *
     * @param x       the predictors (not modified)
     * @param y       the labels in {0, 1} (not modified)
     * @param options the options, not null
     * @return the fitted model
     * @throws IllegalArgumentException  as {@link #fit(double[][], int[])}
     * @throws SingularMatrixException if a column of the design is a linear combination of others
     * @throws ConvergenceException    on complete or quasi-complete separation
     */
    public static LogisticModel fit(double[][] x, int[] y, Options options) {
        return fit(x, y, null, options);
    }

    /**
     * Fits a logistic regression with prior weights.
     *
     * @param x       the predictors (not modified)
     * @param y       the labels in {0, 1} (not modified)
     * @param weights n finite non-negative prior weights, or null for unit weights (not modified)
     * @param options the options, not null
     * @return the fitted model; {@link LogisticModel#converged()} is false when the iteration limit was reached
     * @throws IllegalArgumentException  as {@link #fit(double[][], int[])}, or for a negative or non-finite weight
     * @throws SingularMatrixException if a column of the weighted design is a linear combination of others
     * @throws ConvergenceException    on complete or quasi-complete separation
     */
    public static LogisticModel fit(double[][] x, int[] y, double[] weights, Options options) {
        Checks.require(options != null, "options must not be null");
        int p = LinearRegression.requireFiniteMatrix(x, "x");
        int n = x.length;
        Checks.require(y != null, "y must not be null");
        Checks.requireLength(y.length, n, "y", "the number of rows of x");
        double[] yd = new double[n];
        for (int i = 0; i < n; i++) {
            if (y[i] != 0 && y[i] != 1) { // checked before formatting: no boxing per element
                Checks.require(false, "y[%d] must be 0 or 1, was %d", i, y[i]);
            }
            yd[i] = y[i];
        }
        if (weights != null) {
            Checks.requireLength(weights.length, n, "weights", "the number of rows of x");
        }
        double[] w = new double[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            w[i] = weights == null ? 1.0 : weights[i];
            if (weights != null) {
                if (!(Double.isFinite(w[i]) && w[i] >= 0)) {
                    Checks.require(false, "weights[%d] must be finite and non-negative, was %s", i, w[i]);
                }
            }
            if (w[i] > 0) {
                used++;
            }
        }
        int k = p + (options.intercept() ? 1 : 0);
        Checks.require(used > k,
                "x must have more rows (with positive weight) than coefficients: %d rows, %d coefficients", used, k);
        return new Irls(x, yd, w, options, used).run();
    }

    /** The state of one IRLS fit. */
    private static final class Irls {
        private final double[][] x;
        private final double[] y;
        private final double[] w;
        private final Options options;
        private final int used;
        private final int k;
        private final double[] eta;
        private final double[] z;
        private final double[] working;

        Irls(double[][] x, double[] y, double[] w, Options options, int used) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.options = options;
            this.used = used;
            this.k = x[0].length + (options.intercept() ? 1 : 0);
            this.eta = new double[x.length];
            this.z = new double[x.length];
            this.working = new double[x.length];
        }

        LogisticModel run() {
            int n = x.length;
            for (int i = 0; i < n; i++) { // R's start: mu = (w y + 1/2) / (w + 1)
                double mu = (w[i] * y[i] + 0.5) / (w[i] + 1);
                eta[i] = Math.log(mu / (1 - mu));
            }
            double deviance = Double.POSITIVE_INFINITY;
            double[] beta = null;
            boolean converged = false;
            int iteration = 0;
            while (iteration < options.maxIterations()) {
                iteration++;
                double[] next = step();
                double nextDeviance = LogisticModel.deviance(x, y, w, next, options.intercept(), eta);
                int halvings = 0;
                while (beta != null && !(nextDeviance <= deviance * (1 + Tolerances.DEVIANCE_GROWTH)) && halvings < MAX_HALVINGS) {
                    for (int j = 0; j < k; j++) {
                        next[j] = 0.5 * (next[j] + beta[j]);
                    }
                    nextDeviance = LogisticModel.deviance(x, y, w, next, options.intercept(), eta);
                    halvings++;
                }
                boolean done = Math.abs(nextDeviance - deviance) / (Math.abs(nextDeviance) + 0.1) < options.tolerance();
                beta = next;
                deviance = nextDeviance;
                checkSeparation(beta, iteration, deviance);
                if (done) {
                    converged = true;
                    break;
                }
            }
            if (!converged && options.strict()) {
                throw new ConvergenceException(Checks.message(
                        "logistic regression: IRLS did not converge in %d iterations (relative deviance change "
                                + "tolerance %s, deviance now %s); raise maxIterations or fit with strict = false",
                        iteration, options.tolerance(), deviance));
            }
            double[] variance = PivotedQR.of(factor(beta), k, options.rankTolerance()).inverseGramDiagonal();
            return LogisticModel.of(x, y, w, options.intercept(), used, beta, variance, deviance, iteration,
                    converged);
        }

        /** One weighted least-squares step from the current linear predictor. */
        private double[] step() {
            int n = x.length;
            for (int i = 0; i < n; i++) {
                double mu = LogisticModel.sigmoid(eta[i]);
                double v = mu * (1 - mu);
                working[i] = w[i] * v;
                z[i] = eta[i] + (y[i] - mu) / v;
            }
            double[] triangle = TallQR.factor(x, z, working, options.intercept(), null, 0);
            PivotedQR qr = PivotedQR.of(triangle, k, options.rankTolerance());
            if (qr.rank() < k) {
                int aliased = qr.aliasedColumn();
                String which = options.intercept() && aliased == 0 ? "the intercept"
                        : Checks.message("column %d of x", aliased - (options.intercept() ? 1 : 0));
                throw new SingularMatrixException(Checks.message(
                        "the weighted design is rank deficient (rank %d of %d coefficients): %s is a linear "
                                + "combination of the other columns to relative tolerance %s",
                        qr.rank(), k, which, options.rankTolerance()));
            }
            return qr.solve();
        }

        /** The triangular factor of the design weighted by the final working weights, for the information matrix. */
        private double[] factor(double[] beta) {
            LogisticModel.linearPredictor(x, beta, options.intercept(), eta);
            for (int i = 0; i < x.length; i++) {
                double mu = LogisticModel.sigmoid(eta[i]);
                working[i] = w[i] * mu * (1 - mu);
                z[i] = 0;
            }
            return TallQR.factor(x, z, working, options.intercept(), null, 0);
        }

        private void checkSeparation(double[] beta, int iteration, double deviance) {
            int extreme = 0;
            int positive = 0;
            int misclassified = 0;
            for (int i = 0; i < x.length; i++) {
                if (w[i] > 0) {
                    positive++;
                    boolean agrees = (eta[i] > 0) == (y[i] == 1) && eta[i] != 0;
                    if (!agrees) {
                        misclassified++;
                    } else if (Math.abs(eta[i]) > Tolerances.SEPARATION_ETA) {
                        extreme++;
                    }
                }
            }
            // complete separation also when every observation is fitted almost exactly before |η| reaches the bound
            if (extreme == 0 && !(misclassified == 0 && deviance < Tolerances.SEPARATED_DEVIANCE)) {
                return;
            }
            // the separating direction: the predictor with the largest |b_j| times the spread of its column
            int offset = options.intercept() ? 1 : 0;
            int p = x[0].length;
            int largest = 0;
            double largestEffect = -1;
            for (int j = 0; j < p; j++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double[] row : x) {
                    min = Math.min(min, row[j]);
                    max = Math.max(max, row[j]);
                }
                double effect = Math.abs(beta[j + offset]) * (max - min);
                if (effect > largestEffect) {
                    largestEffect = effect;
                    largest = j;
                }
            }
            throw new ConvergenceException(Checks.message(
                    "logistic regression: %s separation after %d IRLS iterations: %d of %d observations are fitted "
                            + "with probability 0 or 1 (|linear predictor| > %s), so the maximum-likelihood estimate "
                            + "does not exist; the coefficient of column %d of x diverges (now %s)",
                    misclassified == 0 ? "complete" : "quasi-complete", iteration, extreme, positive,
                    Tolerances.SEPARATION_ETA, largest, beta[largest + offset]));
        }
    }
}
