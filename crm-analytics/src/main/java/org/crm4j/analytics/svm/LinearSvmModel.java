package org.crm4j.analytics.svm;

import static org.crm4j.analytics.internal.Checks.require;

import java.util.Arrays;
import org.crm4j.analytics.internal.Checks;

/**
 * A linear SVM fitted by {@link LinearSvm#fit}: one weight vector and intercept per problem (one problem for two
 * classes, where a positive decision value means the larger label; {@code K} one-vs-rest problems for {@code K > 2}
 * classes, in ascending label order).
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class LinearSvmModel {

    private final int[] classes;
    private final double[][] coefficients;
    private final double[] intercepts;
    private final double[] objectives;
    private final int[] iterationCounts;
    private final boolean converged;
    private final LinearSvm.Options options;

    LinearSvmModel(int[] classes, DualCoordinateDescent.Solution[] solutions, LinearSvm.Options options) {
        this.classes = classes.clone();
        this.options = options;
        int problems = solutions.length;
        this.coefficients = new double[problems][];
        this.intercepts = new double[problems];
        this.objectives = new double[problems];
        this.iterationCounts = new int[problems];
        boolean all = true;
        for (int k = 0; k < problems; k++) {
            coefficients[k] = solutions[k].w().clone();
            intercepts[k] = solutions[k].bias();
            objectives[k] = solutions[k].objective();
            iterationCounts[k] = solutions[k].iterations();
            all &= solutions[k].converged();
        }
        this.converged = all;
    }

    /** @return the class labels, ascending; a fresh array */
    public int[] classes() {
        return classes.clone();
    }

    /**
     * @return the weights, {@code [problem][feature]}: one row for two classes (positive = the larger label), one
     *         per class otherwise; a fresh array
     */
    public double[][] coefficients() {
        double[][] copy = new double[coefficients.length][];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = coefficients[k].clone();
        }
        return copy;
    }

    /** @return the intercept of each problem (the weight of the bias feature); a fresh array */
    public double[] intercepts() {
        return intercepts.clone();
    }

    /**
     * @return the primal objective {@code ½‖w‖² + ½b² + C Σ max(0, 1 − y_i(w·x_i + b))²} of each problem at the
     *         solution; a fresh array
     */
    public double[] objective() {
        return objectives.clone();
    }

    /** @return whether every problem met the tolerance within {@code maxIterations} */
    public boolean converged() {
        return converged;
    }

    /** @return the largest number of outer iterations over the problems (scikit-learn's {@code n_iter_}) */
    public int iterations() {
        return Arrays.stream(iterationCounts).max().orElse(0);
    }

    /** @return the options of the fit */
    public LinearSvm.Options options() {
        return options;
    }

    /**
     * @param row the features of one row, finite (not modified)
     * @return {@code w_k·row + b_k} for every problem
     * @throws IllegalArgumentException if {@code row} is null, of another length or not finite
     */
    public double[] decisionFunction(double[] row) {
        require(row != null, "row must not be null");
        int d = coefficients[0].length;
        require(row.length == d, "row must have length %d (the number of features), was %d", d, row.length);
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(row[j])) {
                require(false, "row[%d] must be finite, was %s", j, row[j]);
            }
        }
        double[] values = new double[coefficients.length];
        for (int k = 0; k < values.length; k++) {
            double sum = intercepts[k];
            for (int j = 0; j < d; j++) {
                sum += coefficients[k][j] * row[j];
            }
            values[k] = sum;
        }
        return values;
    }

    /**
     * @param row the features of one row (not modified)
     * @return the larger label when the single decision value is {@code > 0} (two classes), else the smaller; with
     *         more classes the label of the largest decision value (the smallest label on an exact tie)
     * @throws IllegalArgumentException as {@link #decisionFunction}
     */
    public int predict(double[] row) {
        double[] values = decisionFunction(row);
        if (values.length == 1) {
            return values[0] > 0 ? classes[1] : classes[0];
        }
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return classes[best];
    }

    /**
     * A summary in the style of R's {@code print} of a LiblineaR fit: the problem, then per problem the intercept,
     * the objective, the iterations and the largest weights.
     *
     * @return the summary, several lines
     */
    public String summary() {
        StringBuilder out = new StringBuilder(512);
        int d = coefficients[0].length;
        out.append(Checks.message("Linear SVM (L2-regularised squared hinge, dual coordinate descent), %d classes %s, "
                + "%d features%n", classes.length, Arrays.toString(classes), d));
        out.append(Checks.message("C = %s, tolerance %s, seed %d; iterations %d (max %d), %s%n", options.c(),
                options.tolerance(), options.seed(), iterations(), options.maxIterations(),
                converged ? "converged" : "NOT converged"));
        out.append(Checks.message("%n%-14s %12s %14s %10s  %s%n", "problem", "intercept", "objective", "iterations",
                "weights"));
        for (int k = 0; k < coefficients.length; k++) {
            String name = coefficients.length == 1 ? classes[1] + " vs " + classes[0] : classes[k] + " vs rest";
            StringBuilder weights = new StringBuilder();
            for (int j = 0; j < Math.min(d, 6); j++) {
                weights.append(j == 0 ? "" : ", ").append(Checks.message("%.4g", coefficients[k][j]));
            }
            if (d > 6) {
                weights.append(", …");
            }
            out.append(Checks.message("%-14s %12.5g %14.6g %10d  %s%n", name, intercepts[k], objectives[k],
                    iterationCounts[k], weights));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return Checks.message("LinearSvmModel[classes=%s, features=%d, converged=%s]", Arrays.toString(classes),
                coefficients[0].length, converged);
    }
}
