package org.crm4j.analytics.bayes;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.List;
import org.crm4j.analytics.internal.Checks;

/**
 * Naive Bayes for continuous features, each normal within a class.
 *
 * <p>For class {@code c} with {@code N_c} training rows, the mean {@code μ_cj} and the (population, divide by
 * {@code N_c}) variance of feature {@code j} are estimated; every variance is then increased by
 * {@code ε = varSmoothing · max_j Var(x_j)}, the largest variance of a feature over all rows, so that a feature
 * constant within a class does not give a zero variance. The posterior is
 * <pre>
 *   log P(c | x) = log π_c − ½ Σ_j [log(2π σ²_cj) + (x_j − μ_cj)² / σ²_cj] − log Σ_c' exp(…)    (log-sum-exp)
 * </pre>
 * with priors {@code π_c = N_c / n} or given. This is exactly scikit-learn's {@code GaussianNB(var_smoothing,
 * priors)}. Means and variances are computed in two passes (no cancellation).
 *
 * <p>References:
 * <ol>
 *   <li>T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed., §6.6.3
 *       (2009).</li>
 *   <li>T. F. Chan, G. H. Golub, R. J. LeVeque, "Algorithms for computing the sample variance", The American
 *       Statistician 37(3) (1983).</li>
 * </ol>
 *
 * @see CategoricalNaiveBayes for categorical features
 */
public final class GaussianNaiveBayes {

    private GaussianNaiveBayes() {
    }

    /**
     * The options of Gaussian naive Bayes.
     *
     * @param varSmoothing the fraction of the largest feature variance added to every variance, finite and
     *                     {@code ≥ 0}
     * @param priors       the prior of each class in ascending label order, each {@code > 0}, summing to 1; empty
     *                     to use the class frequencies
     */
    public record Options(double varSmoothing, List<Double> priors) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException if {@code varSmoothing} is negative or not finite, or the priors are not
         *                                  positive or do not sum to 1
         */
        public Options {
            require(Double.isFinite(varSmoothing) && varSmoothing >= 0,
                    "varSmoothing must be finite and >= 0, was %s", varSmoothing);
            require(priors != null, "priors must not be null (empty: the class frequencies)");
            double sum = 0;
            for (int c = 0; c < priors.size(); c++) {
                Double p = priors.get(c);
                require(p != null && p > 0 && p <= 1, "priors[%d] must be in (0, 1], was %s", c, p);
                sum += p;
            }
            require(priors.isEmpty() || Math.abs(sum - 1) <= Tolerances.PRIOR_SUM, "priors must sum to 1, was %s",
                    sum);
            priors = List.copyOf(priors);
        }

        /** @return scikit-learn's defaults: {@code varSmoothing = 1e-9}, priors from the class frequencies */
        public static Options defaults() {
            return new Options(Tolerances.DEFAULT_VAR_SMOOTHING, List.of());
        }

        /**
         * @param value the variance smoothing
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withVarSmoothing(double value) {
            return new Options(value, priors);
        }

        /**
         * @param values the prior of each class in ascending label order (not modified); none for the class
         *               frequencies
         * @return a copy with them
         * @throws IllegalArgumentException if a prior is not in (0, 1] or they do not sum to 1
         */
        public Options withPriors(double... values) {
            List<Double> list = new ArrayList<>(values.length);
            for (double p : values) {
                list.add(p);
            }
            return new Options(varSmoothing, list);
        }
    }

    /**
     * Fits the model.
     *
     * @param x       the features, {@code n × d}, finite (not modified)
     * @param y       the class label of each row, any integers (not modified)
     * @param options the smoothing and priors
     * @return the fitted model
     * @throws IllegalArgumentException if {@code x} is null, empty, ragged or not finite, {@code y} is null or of
     *                                  another length, the priors are given for another number of classes, or a
     *                                  variance is 0 after smoothing (every feature constant, or
     *                                  {@code varSmoothing = 0} and a feature constant within a class)
     */
    public static GaussianNaiveBayesModel fit(double[][] x, int[] y, Options options) {
        require(options != null, "options must not be null");
        int d = Checks.requireFiniteMatrix(x, "x");
        Labels labels = Labels.encode(y, x.length);
        int classes = labels.classes.length;
        require(options.priors().isEmpty() || options.priors().size() == classes,
                "priors must have length %d (the number of classes in y), was %d", classes, options.priors().size());
        double[][] means = new double[classes][d];
        double[][] variances = new double[classes][d];
        for (int i = 0; i < x.length; i++) {
            double[] mean = means[labels.index[i]];
            for (int j = 0; j < d; j++) {
                mean[j] += x[i][j];
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                means[c][j] /= labels.counts[c];
            }
        }
        for (int i = 0; i < x.length; i++) {
            double[] mean = means[labels.index[i]];
            double[] variance = variances[labels.index[i]];
            for (int j = 0; j < d; j++) {
                double e = x[i][j] - mean[j];
                variance[j] += e * e;
            }
        }
        double largest = largestVariance(x, d);
        double epsilon = options.varSmoothing() * largest;
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                variances[c][j] = variances[c][j] / labels.counts[c] + epsilon;
                if (!(variances[c][j] > 0)) {
                    require(false, "x column %d must vary within class %d, or varSmoothing (%s) times the largest "
                            + "feature variance (%s) must be > 0: a normal density needs a positive variance", j,
                            labels.classes[c], options.varSmoothing(), largest);
                }
            }
        }
        double[] priors = new double[classes];
        for (int c = 0; c < classes; c++) {
            priors[c] = options.priors().isEmpty() ? (double) labels.counts[c] / x.length : options.priors().get(c);
        }
        return new GaussianNaiveBayesModel(labels.classes, labels.counts, priors, means, variances, epsilon,
                options);
    }

    /**
     * Fits with {@link Options#defaults()}.
     *
     * @param x the features (not modified)
     * @param y the labels (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(double[][], int[], Options)}
     */
    public static GaussianNaiveBayesModel fit(double[][] x, int[] y) {
        return fit(x, y, Options.defaults());
    }

    private static double largestVariance(double[][] x, int d) {
        double largest = 0;
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j];
            }
            mean /= x.length;
            double sum = 0;
            for (double[] row : x) {
                double e = row[j] - mean;
                sum += e * e;
            }
            largest = Math.max(largest, sum / x.length);
        }
        return largest;
    }
}
