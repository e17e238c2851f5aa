package org.crm4j.analytics.bayes;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/** The class labels of a fit: the distinct labels ascending, and each row's index into them. */
final class Labels {

    final int[] classes;
    final int[] index;
    final int[] counts;

    private Labels(int[] classes, int[] index, int[] counts) {
        this.classes = classes;
        this.index = index;
        this.counts = counts;
    }

    /**
     * @param y    the labels (not modified)
     * @param rows the number of rows of x
     * @return the encoding
     * @throws IllegalArgumentException if {@code y} is null or of another length
     */
    static Labels encode(int[] y, int rows) {
        require(y != null, "y must not be null");
        Checks.requireLength(y.length, rows, "y", "the number of rows of x");
        int[] classes = Arrays.stream(y).distinct().sorted().toArray();
        int[] index = new int[y.length];
        int[] counts = new int[classes.length];
        for (int i = 0; i < y.length; i++) {
            index[i] = Arrays.binarySearch(classes, y[i]);
            counts[index[i]]++;
        }
        return new Labels(classes, index, counts);
    }

    /**
     * Turns joint log-likelihoods into normalised log-probabilities, in place, by subtracting their log-sum-exp.
     *
     * @param joint the joint log-likelihood of each class (modified)
     * @return {@code joint}
     */
    static double[] normalise(double[] joint) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : joint) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : joint) {
            sum += Math.exp(v - max);
        }
        double logSum = max + Math.log(sum);
        for (int c = 0; c < joint.length; c++) {
            joint[c] -= logSum;
        }
        return joint;
    }

    /**
     * @param logProbabilities normalised log-probabilities
     * @return the index of the largest (the first on a tie)
     */
    static int argMax(double[] logProbabilities) {
        int best = 0;
        for (int c = 1; c < logProbabilities.length; c++) {
            if (logProbabilities[c] > logProbabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * @param logProbabilities normalised log-probabilities (modified)
     * @return the probabilities, in place
     */
    static double[] exp(double[] logProbabilities) {
        for (int c = 0; c < logProbabilities.length; c++) {
            logProbabilities[c] = Math.exp(logProbabilities[c]);
        }
        return logProbabilities;
    }
}
