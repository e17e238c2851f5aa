package org.crm4j.analytics.svm;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crm4j.analytics.ConvergenceException;
import org.crm4j.analytics.internal.Checks;

/**
 * A linear support vector machine: LIBLINEAR's L2-regularised L2-loss (squared hinge) classifier, solved in the
 * dual by coordinate descent.
 *
 * <p>For labels {@code y_i ∈ {−1, +1}} it minimises
 * <pre>
 *   ½‖w‖² + ½b² + C Σ_i max(0, 1 − y_i (w·x_i + b))²
 * </pre>
 * The intercept {@code b} is the weight of a bias feature of value 1, so it is regularised like the coefficients
 * (LIBLINEAR with {@code -B 1}, scikit-learn's {@code LinearSVC()} defaults: {@code C = 1}, {@code tol = 1e-4},
 * {@code max_iter = 1000}); standardise the features first, since the penalty treats every unit alike. With two
 * classes the larger label is the positive one; with {@code K > 2} classes, {@code K} one-vs-rest problems (class
 * {@code k} against the rest) are solved, independently and in parallel, and {@code predict} takes the largest
 * decision value. The dual coordinate descent of Hsieh et al. (2008) visits the coordinates in a random order drawn
 * from {@code seed} (problem {@code k} has its own stream, so results do not depend on {@code threads}) and shrinks
 * coordinates stuck at their bound; see {@link DualCoordinateDescent}. An iteration is one pass over the active
 * coordinates; {@code iterations()} is the largest count over the problems, as scikit-learn's {@code n_iter_}.
 *
 * <p>The squared hinge is differentiable, so the optimum is unique; the dual converges linearly but can be slow for
 * large {@code C} or badly scaled features.
 *
 * <p>References:
 * <ol>
 *   <li>C.-J. Hsieh, K.-W. Chang, C.-J. Lin, S. S. Keerthi, S. Sundararajan, "A dual coordinate descent method for
 *       large-scale linear SVM", ICML 2008.</li>
 *   <li>R.-E. Fan, K.-W. Chang, C.-J. Hsieh, X.-R. Wang, C.-J. Lin, "LIBLINEAR: a library for large linear
 *       classification", JMLR 9, 1871–1874 (2008).</li>
 * </ol>
 *
 * @see org.crm4j.analytics.regression.LogisticRegression for probabilities and inference
 */
public final class LinearSvm {

    /** The default seed of the coordinate permutations. */
    public static final long DEFAULT_SEED = 42L;

    private LinearSvm() {
    }

    /**
     * The options of the linear SVM.
     *
     * @param c             the cost of a unit of squared slack, finite and {@code > 0}
     * @param tolerance     the stopping tolerance on the spread of the projected gradient, finite and {@code > 0}
     * @param maxIterations the outer iteration budget per problem, {@code ≥ 1}
     * @param seed          the seed of the coordinate order
     * @param threads       0 (all processors) or the number of threads for the one-vs-rest problems
     * @param strict        whether running out of iterations throws {@link ConvergenceException}
     */
    public record Options(double c, double tolerance, int maxIterations, long seed, int threads, boolean strict) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException naming the first option out of range, its rule and value
         */
        public Options {
            require(Double.isFinite(c) && c > 0, "c must be finite and > 0, was %s", c);
            require(Double.isFinite(tolerance) && tolerance > 0, "tolerance must be finite and > 0, was %s",
                    tolerance);
            require(maxIterations >= 1, "maxIterations must be >= 1, was %d", maxIterations);
            Checks.requireThreads(threads);
        }

        /**
         * @return scikit-learn's {@code LinearSVC} defaults: {@code C = 1}, tolerance {@code 1e-4}, 1000 iterations,
         *         seed {@link #DEFAULT_SEED}, all processors, lenient
         */
        public static Options defaults() {
            return new Options(1.0, Tolerances.DEFAULT_TOLERANCE, 1000, DEFAULT_SEED, 0, false);
        }

        /**
         * @param c the cost, finite and {@code > 0}
         * @return the defaults with it
         * @throws IllegalArgumentException if out of range
         */
        public static Options of(double c) {
            return defaults().withC(c);
        }

        /**
         * @param value the cost
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withC(double value) {
            return new Options(value, tolerance, maxIterations, seed, threads, strict);
        }

        /**
         * @param value the tolerance
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withTolerance(double value) {
            return new Options(c, value, maxIterations, seed, threads, strict);
        }

        /**
         * @param value the iteration budget
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withMaxIterations(int value) {
            return new Options(c, tolerance, value, seed, threads, strict);
        }

        /**
         * @param value the seed
         * @return a copy with it
         */
        public Options withSeed(long value) {
            return new Options(c, tolerance, maxIterations, value, threads, strict);
        }

        /**
         * @param value 0 (all processors) or the number of threads
         * @return a copy with it
         * @throws IllegalArgumentException if negative
         */
        public Options withThreads(int value) {
            return new Options(c, tolerance, maxIterations, seed, value, strict);
        }

        /**
         * @param value whether non-convergence throws
         * @return a copy with it
         */
        public Options withStrict(boolean value) {
            return new Options(c, tolerance, maxIterations, seed, threads, value);
        }
    }

    /**
     * Fits the classifier.
     *
     * @param x       the features, {@code n × d}, finite (not modified)
     * @param y       the class label of each row, any integers, at least two distinct (not modified)
     * @param options the cost, tolerance, budget, seed, threads and strictness
     * @return the fitted model
     * @throws IllegalArgumentException    if {@code x} is null, empty, ragged or not finite, {@code y} is null, of
     *                                     another length or has only one class, or {@code options} is null
     * @throws ConvergenceException        if {@code strict} and a problem runs out of iterations
     */
    public static LinearSvmModel fit(double[][] x, int[] y, Options options) {
        require(options != null, "options must not be null");
        int d = Checks.requireFiniteMatrix(x, "x");
        require(y != null, "y must not be null");
        Checks.requireLength(y.length, x.length, "y", "the number of rows of x");
        int[] classes = Arrays.stream(y).distinct().sorted().toArray();
        require(classes.length >= 2, "y must have at least 2 classes, all labels were %d", classes[0]);
        int n = x.length;
        double[] flat = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[i], 0, flat, i * d, d);
        }
        int problems = classes.length == 2 ? 1 : classes.length;
        DualCoordinateDescent.Solution[] solutions = new DualCoordinateDescent.Solution[problems];
        int threads = Math.min(problems, Checks.resolveThreads(options.threads()));
        if (threads <= 1) {
            for (int k = 0; k < problems; k++) {
                solutions[k] = solve(flat, n, d, y, positive(classes, k, problems), k, options);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "crm4j-linear-svm");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<DualCoordinateDescent.Solution>> futures = new ArrayList<>();
                for (int k = 0; k < problems; k++) {
                    int problem = k;
                    futures.add(pool.submit(() -> solve(flat, n, d, y, positive(classes, problem, problems), problem,
                            options)));
                }
                for (int k = 0; k < problems; k++) {
                    solutions[k] = futures.get(k).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while fitting the linear SVM", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a one-vs-rest problem failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        LinearSvmModel model = new LinearSvmModel(classes, solutions, options);
        if (options.strict() && !model.converged()) {
            throw new ConvergenceException(Checks.message(
                    "linear SVM did not converge in %d iterations (maxIterations %d, tolerance %s): increase "
                            + "maxIterations, standardise the features or lower c", model.iterations(),
                    options.maxIterations(), options.tolerance()));
        }
        return model;
    }

    /**
     * Fits with {@link Options#defaults()}.
     *
     * @param x the features (not modified)
     * @param y the labels (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[][], int[], Options)}
     */
    public static LinearSvmModel fit(double[][] x, int[] y) {
        return fit(x, y, Options.defaults());
    }

    /** The label that is positive in problem k: the larger label of two classes, else class k. */
    private static int positive(int[] classes, int k, int problems) {
        return problems == 1 ? classes[1] : classes[k];
    }

    private static DualCoordinateDescent.Solution solve(double[] flat, int n, int d, int[] y, int positive, int k,
                                                        Options options) {
        byte[] sign = new byte[n];
        for (int i = 0; i < n; i++) {
            sign[i] = (byte) (y[i] == positive ? 1 : -1);
        }
        // each problem has its own stream (the golden-ratio increment spreads neighbouring seeds), so the result does
        // not depend on which thread solves which problem
        SplittableRandom random = new SplittableRandom(options.seed() + k * 0x9E3779B97F4A7C15L);
        return DualCoordinateDescent.solve(flat, n, d, sign, options.c(), options.tolerance(),
                options.maxIterations(), random);
    }
}
