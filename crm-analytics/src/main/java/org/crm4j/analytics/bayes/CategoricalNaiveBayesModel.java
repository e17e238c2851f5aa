package org.crm4j.analytics.bayes;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * A categorical naive Bayes classifier fitted by {@link CategoricalNaiveBayes#fit}. Classes are indexed in
 * ascending label order ({@link #classes()}); every probability is computed in log space.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class CategoricalNaiveBayesModel {

    private final int[] classes;
    private final int[] classCounts;
    private final double[] logPriors;
    private final double[][][] logProbabilities; // [feature][class][category]
    private final CategoricalNaiveBayes.Options options;

    CategoricalNaiveBayesModel(int[] classes, int[] classCounts, double[] logPriors, double[][][] logProbabilities,
                               CategoricalNaiveBayes.Options options) {
        this.classes = classes.clone();
        this.classCounts = classCounts.clone();
        this.logPriors = logPriors.clone();
        this.logProbabilities = new double[logProbabilities.length][][];
        for (int j = 0; j < logProbabilities.length; j++) {
            this.logProbabilities[j] = copy(logProbabilities[j]);
        }
        this.options = options;
    }

    /** @return the class labels, ascending; a fresh array */
    public int[] classes() {
        return classes.clone();
    }

    /** @return the number of training rows of each class, in {@link #classes()} order; a fresh array */
    public int[] classCounts() {
        return classCounts.clone();
    }

    /** @return the log prior {@code log(N_c / n)} of each class; a fresh array */
    public double[] classLogPriors() {
        return logPriors.clone();
    }

    /** @return the number of features */
    public int featureCount() {
        return logProbabilities.length;
    }

    /** @return the number of categories {@code k_j} of each feature; a fresh array */
    public int[] categoryCounts() {
        int[] k = new int[logProbabilities.length];
        for (int j = 0; j < k.length; j++) {
            k[j] = logProbabilities[j][0].length;
        }
        return k;
    }

    /**
     * @param feature the feature, in {@code [0, featureCount())}
     * @return {@code log P(x_j = v | c)} as {@code [class][category]}; a fresh array
     * @throws IllegalArgumentException if {@code feature} is out of range
     */
    public double[][] featureLogProbabilities(int feature) {
        require(feature >= 0 && feature < logProbabilities.length, "feature must be in [0, %d), was %d",
                logProbabilities.length, feature);
        return copy(logProbabilities[feature]);
    }

    /** @return the options of the fit */
    public CategoricalNaiveBayes.Options options() {
        return options;
    }

    /**
     * @param row the category codes of one row (not modified), {@code row[j]} in {@code [0, k_j)}
     * @return {@code log P(c | row)} for every class in {@link #classes()} order (their exponentials sum to 1)
     * @throws IllegalArgumentException if {@code row} is null, of another length, or a code is not a category of
     *                                  its feature
     */
    public double[] predictLogProbabilities(int[] row) {
        require(row != null, "row must not be null");
        int d = logProbabilities.length;
        require(row.length == d, "row must have length %d (the number of features), was %d", d, row.length);
        for (int j = 0; j < d; j++) {
            int k = logProbabilities[j][0].length;
            if (row[j] < 0 || row[j] >= k) {
                require(false, "row[%d] must be a category of feature %d, in [0, %d), was %d", j, j, k, row[j]);
            }
        }
        double[] joint = logPriors.clone();
        for (int c = 0; c < joint.length; c++) {
            for (int j = 0; j < d; j++) {
                joint[c] += logProbabilities[j][c][row[j]];
            }
        }
        return Labels.normalise(joint);
    }

    /**
     * @param row the category codes of one row (not modified)
     * @return {@code P(c | row)} for every class in {@link #classes()} order, summing to 1
     * @throws IllegalArgumentException as {@link #predictLogProbabilities}
     */
    public double[] predictProbabilities(int[] row) {
        return Labels.exp(predictLogProbabilities(row));
    }

    /**
     * @param row the category codes of one row (not modified)
     * @return the most probable class label (the smallest label on an exact tie)
     * @throws IllegalArgumentException as {@link #predictLogProbabilities}
     */
    public int predict(int[] row) {
        return classes[Labels.argMax(predictLogProbabilities(row))];
    }

    /**
     * A summary in the style of R's {@code naiveBayes} print (package e1071): the a-priori probabilities, then for
     * each feature (the first 20) the conditional probability of every category given the class.
     *
     * @return the summary, several lines
     */
    public String summary() {
        StringBuilder out = new StringBuilder(512);
        int n = Arrays.stream(classCounts).sum();
        out.append(Checks.message("Categorical naive Bayes: %d classes, %d features, n = %d, alpha = %s%n",
                classes.length, logProbabilities.length, n, options.alpha()));
        out.append(Checks.message("%nA-priori probabilities:%n"));
        appendClassRow(out, "class");
        out.append(Checks.message("%-10s", "P(class)"));
        for (double logPrior : logPriors) {
            out.append(Checks.message(" %10.4f", Math.exp(logPrior)));
        }
        out.append(Checks.message("%n%nConditional probabilities P(x_j = v | class):%n"));
        for (int j = 0; j < Math.min(logProbabilities.length, 20); j++) {
            out.append(Checks.message("feature %d%n", j));
            appendClassRow(out, "category");
            for (int v = 0; v < logProbabilities[j][0].length; v++) {
                out.append(Checks.message("%-10d", v));
                for (double[] table : logProbabilities[j]) {
                    out.append(Checks.message(" %10.4f", Math.exp(table[v])));
                }
                out.append(System.lineSeparator());
            }
        }
        if (logProbabilities.length > 20) {
            out.append(Checks.message("(%d more features)%n", logProbabilities.length - 20));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return Checks.message("CategoricalNaiveBayesModel[classes=%s, features=%d, alpha=%s]",
                Arrays.toString(classes), logProbabilities.length, options.alpha());
    }

    private void appendClassRow(StringBuilder out, String head) {
        out.append(Checks.message("%-10s", head));
        for (int label : classes) {
            out.append(Checks.message(" %10d", label));
        }
        out.append(System.lineSeparator());
    }

    private static double[][] copy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
        }
        return b;
    }
}
