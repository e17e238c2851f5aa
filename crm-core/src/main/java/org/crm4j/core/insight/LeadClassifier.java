package org.crm4j.core.insight;

import java.util.ArrayList;
import java.util.List;
import org.crm4j.analytics.bayes.CategoricalNaiveBayes;
import org.crm4j.analytics.bayes.CategoricalNaiveBayesModel;
import org.crm4j.analytics.regression.LinearRegression;
import org.crm4j.analytics.regression.LogisticModel;
import org.crm4j.analytics.regression.LogisticRegression;

/** A lead classifier fitted on category codes: the probability of converting and each value's log-odds part. */
interface LeadClassifier {

    /** @return P(converted | row) */
    double probability(int[] row);

    /** @return what value {@code code} of feature {@code feature} adds to the log-odds of converting */
    double logOdds(int feature, int code);

    /** @return the fitted model's summary */
    String summary();

    /**
     * Fits the chosen model.
     *
     * @param model  the model
     * @param x      category codes, n × d
     * @param y      1 converted, 0 disqualified
     * @param k      the number of categories of each feature
     * @param alpha  the naive Bayes smoothing
     * @return the classifier
     */
    static LeadClassifier fit(LeadModel model, int[][] x, int[] y, int[] k, double alpha) {
        return model == LeadModel.LOGISTIC ? logistic(x, y, k) : naiveBayes(x, y, k, alpha);
    }

    private static LeadClassifier naiveBayes(int[][] x, int[] y, int[] k, double alpha) {
        CategoricalNaiveBayesModel nb = CategoricalNaiveBayes.fit(x, y,
                CategoricalNaiveBayes.Options.of(alpha).withCategoryCounts(k));
        double[][][] log = new double[k.length][][];
        for (int j = 0; j < k.length; j++) {
            log[j] = nb.featureLogProbabilities(j);
        }
        return new LeadClassifier() {
            @Override
            public double probability(int[] row) {
                return nb.predictProbabilities(row)[1];
            }

            @Override
            public double logOdds(int feature, int code) {
                return log[feature][1][code] - log[feature][0][code];
            }

            @Override
            public String summary() {
                return nb.summary();
            }
        };
    }

    private static LeadClassifier logistic(int[][] x, int[] y, int[] k) {
        int n = x.length;
        int d = k.length;
        List<int[]> columns = new ArrayList<>(); // {feature, code}
        List<double[]> values = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            int[] total = new int[k[j]];
            int[] converted = new int[k[j]];
            for (int i = 0; i < n; i++) {
                total[x[i][j]]++;
                converted[x[i][j]] += y[i];
            }
            int reference = 0;
            for (int c = 1; c < k[j]; c++) {
                reference = total[c] > total[reference] ? c : reference;
            }
            for (int c = 0; c < k[j]; c++) {
                if (c == reference || converted[c] == 0 || converted[c] == total[c]) {
                    continue;
                }
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = x[i][j] == c ? 1 : 0;
                }
                if (!explained(column, values)) {
                    columns.add(new int[] {j, c});
                    values.add(column);
                }
            }
        }
        double[][] design = new double[n][values.size()];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < values.size(); c++) {
                design[i][c] = values.get(c)[i];
            }
        }
        LogisticModel fitted = LogisticRegression.fit(design, y, LogisticRegression.Options.defaults()
                .withStrict(true));
        double[] b = fitted.coefficients();
        double[][] part = new double[d][];
        for (int j = 0; j < d; j++) {
            part[j] = new double[k[j]];
        }
        for (int c = 0; c < columns.size(); c++) {
            part[columns.get(c)[0]][columns.get(c)[1]] = b[c + 1];
        }
        return new LeadClassifier() {
            @Override
            public double probability(int[] row) {
                double eta = b[0];
                for (int j = 0; j < d; j++) {
                    eta += part[j][row[j]];
                }
                return 1 / (1 + Math.exp(-eta));
            }

            @Override
            public double logOdds(int feature, int code) {
                return part[feature][code];
            }

            @Override
            public String summary() {
                return fitted.summary();
            }
        };
    }

    /** Whether an indicator is (almost) a linear combination of the kept ones and the intercept. */
    private static boolean explained(double[] column, List<double[]> kept) {
        if (kept.isEmpty()) {
            return false;
        }
        int n = column.length;
        double[][] x = new double[n][kept.size()];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < kept.size(); c++) {
                x[i][c] = kept.get(c)[i];
            }
        }
        return LinearRegression.fit(x, column).rSquared() >= 1 - 1e-9;
    }
}
