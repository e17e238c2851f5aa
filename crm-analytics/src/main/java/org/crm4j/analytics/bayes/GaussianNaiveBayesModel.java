package org.crm4j.analytics.bayes;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * A Gaussian naive Bayes classifier fitted by {@link GaussianNaiveBayes#fit}. Classes are indexed in ascending
 * label order ({@link #classes()}); every probability is computed in log space.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class GaussianNaiveBayesModel {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final int[] classes;
    private final int[] classCounts;
    private final double[] priors;
    private final double[] logPriors;
    private final double[][] means;
    private final double[][] variances;
    private final double[] logNormaliser; // −½ Σ_j log(2π σ²_cj) per class
    private final double epsilon;
    private final GaussianNaiveBayes.Options options;

    GaussianNaiveBayesModel(int[] classes, int[] classCounts, double[] priors, double[][] means, double[][] variances,
                            double epsilon, GaussianNaiveBayes.Options options) {
        this.classes = classes.clone();
        this.classCounts = classCounts.clone();
        this.priors = priors.clone();
        this.means = copy(means);
        this.variances = copy(variances);
        this.epsilon = epsilon;
        this.options = options;
        this.logPriors = new double[priors.length];
        this.logNormaliser = new double[priors.length];
        for (int c = 0; c < priors.length; c++) {
            logPriors[c] = Math.log(priors[c]);
            double sum = 0;
            for (double v : variances[c]) {
                sum += LOG_TWO_PI + Math.log(v);
            }
            logNormaliser[c] = -0.5 * sum;
        }
    }

    /** @return the class labels, ascending; a fresh array */
    public int[] classes() {
        return classes.clone();
    }

    /** @return the number of training rows of each class; a fresh array */
    public int[] classCounts() {
        return classCounts.clone();
    }

    /** @return the prior of each class (given, or the class frequency); a fresh array */
    public double[] priors() {
        return priors.clone();
    }

    /** @return the mean of every feature within each class, {@code [class][feature]}; a fresh array */
    public double[][] means() {
        return copy(means);
    }

    /**
     * @return the variance of every feature within each class, {@code [class][feature]}, smoothing included (the
     *         population variance plus {@link #epsilon()}); a fresh array
     */
    public double[][] variances() {
        return copy(variances);
    }

    /** @return the variance added to every variance: {@code varSmoothing} times the largest feature variance */
    public double epsilon() {
        return epsilon;
    }

    /** @return the options of the fit */
    public GaussianNaiveBayes.Options options() {
        return options;
    }

    /**
     * @param row the features of one row, finite (not modified)
     * @return {@code log P(c | row)} for every class in {@link #classes()} order (their exponentials sum to 1)
     * @throws IllegalArgumentException if {@code row} is null, of another length or not finite
     */
    public double[] predictLogProbabilities(double[] row) {
        require(row != null, "row must not be null");
        int d = means[0].length;
        require(row.length == d, "row must have length %d (the number of features), was %d", d, row.length);
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(row[j])) {
                require(false, "row[%d] must be finite, was %s", j, row[j]);
            }
        }
        double[] joint = new double[classes.length];
        for (int c = 0; c < joint.length; c++) {
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double e = row[j] - means[c][j];
                sum += e * e / variances[c][j];
            }
            joint[c] = logPriors[c] + logNormaliser[c] - 0.5 * sum;
        }
        return Labels.normalise(joint);
    }

    /**
     * @param row the features of one row (not modified)
     * @return {@code P(c | row)} for every class in {@link #classes()} order, summing to 1
     * @throws IllegalArgumentException as {@link #predictLogProbabilities}
     */
    public double[] predictProbabilities(double[] row) {
        return Labels.exp(predictLogProbabilities(row));
    }

    /**
     * @param row the features of one row (not modified)
     * @return the most probable class label (the smallest label on an exact tie)
     * @throws IllegalArgumentException as {@link #predictLogProbabilities}
     */
    public int predict(double[] row) {
        return classes[Labels.argMax(predictLogProbabilities(row))];
    }

    /**
     * A summary in the style of R's {@code naiveBayes} print (package e1071): the a-priori probabilities, then the
     * mean and standard deviation of each feature (the first 20) in each class.
     *
     * @return the summary, several lines
     */
    public String summary() {
        StringBuilder out = new StringBuilder(512);
        int d = means[0].length;
        out.append(Checks.message("Gaussian naive Bayes: %d classes, %d features, n = %d, varSmoothing = %s "
                + "(epsilon = %.4g)%n", classes.length, d, Arrays.stream(classCounts).sum(), options.varSmoothing(),
                epsilon));
        out.append(Checks.message("%nA-priori probabilities:%n%-10s", "class"));
        for (int label : classes) {
            out.append(Checks.message(" %21d", label));
        }
        out.append(Checks.message("%n%-10s", "prior"));
        for (double p : priors) {
            out.append(Checks.message(" %21.4f", p));
        }
        out.append(Checks.message("%n%nConditional densities (mean, sd):%n"));
        for (int j = 0; j < Math.min(d, 20); j++) {
            out.append(Checks.message("%-10s", "x" + j));
            for (int c = 0; c < classes.length; c++) {
                out.append(Checks.message(" %10.4g %10.4g", means[c][j], Math.sqrt(variances[c][j])));
            }
            out.append(Checks.message("%n"));
        }
        if (d > 20) {
            out.append(Checks.message("(%d more features)%n", d - 20));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return Checks.message("GaussianNaiveBayesModel[classes=%s, features=%d]", Arrays.toString(classes),
                means[0].length);
    }

    private static double[][] copy(double[][] a) {
        double[][] b = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i].clone();
        }
        return b;
    }
}
