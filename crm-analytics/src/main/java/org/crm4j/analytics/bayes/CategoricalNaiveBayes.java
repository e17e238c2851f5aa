package org.crm4j.analytics.bayes;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive Bayes for categorical features, with additive (Laplace/Lidstone) smoothing.
 *
 * <p>Feature {@code j} takes the categories {@code 0, 1, …, k_j − 1}. With {@code N_c} training rows of class
 * {@code c}, {@code N_cjv} of them with category {@code v} in feature {@code j}, and smoothing {@code α}, the model
 * is
 * <pre>
 *   P(c) = N_c / n,        P(x_j = v | c) = (N_cjv + α) / (N_c + α k_j),
 *   log P(c | x) = log P(c) + Σ_j log P(x_j | c) − log Σ_c' exp(…)      (log-sum-exp)
 * </pre>
 * exactly scikit-learn's {@code CategoricalNB(alpha, fit_prior=True)}. The features are assumed independent given
 * the class; the probabilities are then typically over-confident, but the ranking of rows (lead scoring) is robust.
 * The number of categories of each feature is the largest code seen plus one, or given by
 * {@link Options#withCategoryCounts} (scikit-learn's {@code min_categories}): a category that exists but never
 * occurs in training then gets the smoothed probability {@code α / (N_c + α k_j)} instead of being refused.
 *
 * <p>References:
 * <ol>
 *   <li>C. D. Manning, P. Raghavan, H. Schütze, <i>Introduction to Information Retrieval</i>, ch. 13, Cambridge
 *       (2008).</li>
 *   <li>T. Hastie, R. Tibshirani, J. Friedman, <i>The Elements of Statistical Learning</i>, 2nd ed., §6.6.3
 *       (2009).</li>
 * </ol>
 *
 * @see GaussianNaiveBayes for continuous features
 */
public final class CategoricalNaiveBayes {

    /** Codes are refused from this value on: a larger code is a mistake (an id, not a category) and would cost memory. */
    public static final int MAX_CATEGORIES = 65_536;

    private CategoricalNaiveBayes() {
    }

    /**
     * The options of categorical naive Bayes.
     *
     * @param alpha          the additive smoothing, finite and {@code > 0} (1: Laplace)
     * @param categoryCounts the number of categories of each feature, each in {@code [1, MAX_CATEGORIES]}; empty to take the largest
     *                       code seen in training plus one
     */
    public record Options(double alpha, List<Integer> categoryCounts) {

        /**
         * Validates the options.
         *
         * @throws IllegalArgumentException if {@code alpha} is not finite and positive, or a category count is
         *                                  null or below 1
         */
        public Options {
            require(Double.isFinite(alpha) && alpha > 0,
                    "alpha must be finite and > 0 (additive smoothing), was %s", alpha);
            require(categoryCounts != null, "categoryCounts must not be null (empty: learnt from the data)");
            for (int j = 0; j < categoryCounts.size(); j++) {
                Integer k = categoryCounts.get(j);
                require(k != null && k >= 1 && k <= MAX_CATEGORIES, "categoryCounts[%d] must be in [1, %d], was %s", j,
                        MAX_CATEGORIES, k);
            }
            categoryCounts = List.copyOf(categoryCounts);
        }

        /**
         * @param alpha the smoothing, finite and {@code > 0}
         * @return options with it, category counts learnt from the data
         * @throws IllegalArgumentException if out of range
         */
        public static Options of(double alpha) {
            return new Options(alpha, List.of());
        }

        /** @return Laplace smoothing ({@code alpha = 1}), category counts learnt from the data */
        public static Options defaults() {
            return of(1.0);
        }

        /**
         * @param value the smoothing
         * @return a copy with it
         * @throws IllegalArgumentException if out of range
         */
        public Options withAlpha(double value) {
            return new Options(value, categoryCounts);
        }

        /**
         * @param counts the number of categories of each feature (not modified), each {@code ≥ 1}; none to learn
         *               them from the data
         * @return a copy with them
         * @throws IllegalArgumentException if a count is below 1
         */
        public Options withCategoryCounts(int... counts) {
            List<Integer> list = new ArrayList<>(counts.length);
            for (int k : counts) {
                list.add(k);
            }
            return new Options(alpha, list);
        }
    }

    /**
     * Fits the model.
     *
     * @param x       the category codes, {@code n × d}, {@code x[i][j]} in {@code [0, k_j)} (not modified)
     * @param y       the class label of each row, any integers (not modified)
     * @param options the smoothing and category counts
     * @return the fitted model
     * @throws IllegalArgumentException if {@code x} is null, empty or ragged, a code is negative or not below its
     *                                  feature's category count, {@code y} is null or of another length, or the
     *                                  options give category counts for another number of features
     */
    public static CategoricalNaiveBayesModel fit(int[][] x, int[] y, Options options) {
        require(options != null, "options must not be null");
        int d = checkCodes(x);
        Labels labels = Labels.encode(y, x.length);
        int[] k = new int[d];
        if (options.categoryCounts().isEmpty()) {
            for (int[] row : x) {
                for (int j = 0; j < d; j++) {
                    k[j] = Math.max(k[j], row[j] + 1);
                }
            }
        } else {
            require(options.categoryCounts().size() == d,
                    "categoryCounts must have length %d (the number of columns of x), was %d", d,
                    options.categoryCounts().size());
            for (int j = 0; j < d; j++) {
                k[j] = options.categoryCounts().get(j);
            }
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < d; j++) {
                    if (x[i][j] >= k[j]) {
                        require(false, "x[%d][%d] must be a category in [0, %d) (categoryCounts[%d]), was %d", i, j,
                                k[j], j, x[i][j]);
                    }
                }
            }
        }
        int classes = labels.classes.length;
        double[][][] counts = new double[d][classes][];
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < classes; c++) {
                counts[j][c] = new double[k[j]];
            }
        }
        for (int i = 0; i < x.length; i++) {
            int c = labels.index[i];
            for (int j = 0; j < d; j++) {
                counts[j][c][x[i][j]]++;
            }
        }
        double alpha = options.alpha();
        double[][][] logProbabilities = new double[d][classes][];
        for (int j = 0; j < d; j++) {
            for (int c = 0; c < classes; c++) {
                double logTotal = Math.log(labels.counts[c] + alpha * k[j]);
                double[] table = new double[k[j]];
                for (int v = 0; v < k[j]; v++) {
                    table[v] = Math.log(counts[j][c][v] + alpha) - logTotal;
                }
                logProbabilities[j][c] = table;
            }
        }
        double[] logPriors = new double[classes];
        for (int c = 0; c < classes; c++) {
            logPriors[c] = Math.log(labels.counts[c]) - Math.log(x.length);
        }
        return new CategoricalNaiveBayesModel(labels.classes, labels.counts, logPriors, logProbabilities, options);
    }

    /**
     * Fits with {@link Options#defaults()} (Laplace smoothing, category counts from the data).
     *
     * @param x the category codes (not modified)
     * @param y the labels (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException as {@link #fit(int[][], int[], Options)}
     */
    public static CategoricalNaiveBayesModel fit(int[][] x, int[] y) {
        return fit(x, y, Options.defaults());
    }

    private static int checkCodes(int[][] x) {
        require(x != null, "x must not be null");
        require(x.length > 0, "x must have at least one row, was empty");
        require(x[0] != null, "x row 0 must not be null");
        int d = x[0].length;
        require(d > 0, "x must have at least one column, row 0 was empty");
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                require(false, "x row %d must not be null", i);
            } else if (x[i].length != d) {
                require(false, "x must be rectangular: row %d has %d columns, row 0 has %d", i, x[i].length, d);
            }
            for (int j = 0; j < d; j++) {
                if (x[i][j] < 0 || x[i][j] >= MAX_CATEGORIES) {
                    require(false, "x[%d][%d] must be a category code in [0, %d), was %d", i, j, MAX_CATEGORIES,
                            x[i][j]);
                }
            }
        }
        return d;
    }
}
