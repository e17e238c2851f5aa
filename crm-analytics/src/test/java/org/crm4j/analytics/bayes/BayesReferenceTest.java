package org.crm4j.analytics.bayes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * Naive Bayes against scikit-learn 1.2.1 ({@code src/test/resources/bayes/}, made by {@code make_references.py}
 * there): {@code CategoricalNB} on categorical versions of iris and wine (quantile levels) with two smoothings and a
 * declared but unseen category, {@code GaussianNB} on iris (also with given priors), wine and breast cancer, each
 * fitted on the committed training split. Probabilities agree to 1e-9; the worst differences are printed.
 */
class BayesReferenceTest {

    /** scikit-learn's probabilities are computed in the same log-space steps; 1e-9 is the assignment's bar. */
    private static final double PROBABILITY = 1e-9;

    /** Fitted tables are sums and logs of the same numbers: they agree to rounding. */
    private static final double TABLE = 1e-12;

    @Test
    void categorical_probabilitiesAndTables_equalScikitLearns() {
        List<String[]> rows = Resources.rows("/bayes/categorical_nb.csv");
        double worst = 0;
        int compared = 0;
        for (String name : new String[] {"iris", "wine"}) {
            int levels = "iris".equals(name) ? 4 : 3;
            List<String[]> data = Resources.rows("/bayes/" + name + "_categorical.csv");
            int n = data.size();
            int d = data.get(0).length - 1;
            int[][] x = new int[n][d];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = Integer.parseInt(data.get(i)[j]);
                }
                y[i] = Integer.parseInt(data.get(i)[d]);
            }
            boolean[] test = Resources.testRows(name, n);
            List<int[]> xTrain = new ArrayList<>();
            List<Integer> yTrain = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!test[i]) {
                    xTrain.add(x[i]);
                    yTrain.add(y[i]);
                }
            }
            int[] counts = new int[d];
            java.util.Arrays.fill(counts, levels + 1);
            for (double alpha : new double[] {1.0, 0.5}) {
                CategoricalNaiveBayesModel m = CategoricalNaiveBayes.fit(xTrain.toArray(new int[0][]),
                        yTrain.stream().mapToInt(Integer::intValue).toArray(),
                        CategoricalNaiveBayes.Options.of(alpha).withCategoryCounts(counts));
                for (String[] r : rows) {
                    if (!r[0].equals(name) || Double.parseDouble(r[1]) != alpha) {
                        continue;
                    }
                    String kind = r[2];
                    int index = Integer.parseInt(r[3]);
                    double[] expected = Resources.numbers(r, 4);
                    String where = name + " alpha " + alpha + " " + kind + " " + index;
                    if ("logprior".equals(kind)) {
                        assertArrayEquals(expected, m.classLogPriors(), TABLE, where);
                    } else if (kind.startsWith("featurelogprob")) {
                        int feature = Integer.parseInt(kind.substring("featurelogprob".length()));
                        assertArrayEquals(expected, m.featureLogProbabilities(feature)[index], TABLE, where);
                    } else {
                        int[] row = "proba".equals(kind) ? x[index] : codes(expected, d);
                        double[] p = "proba".equals(kind) ? expected
                                : java.util.Arrays.copyOfRange(expected, d, expected.length);
                        worst = Math.max(worst, maxAbsDifference(p, m.predictProbabilities(row)));
                        assertArrayEquals(p, m.predictProbabilities(row), PROBABILITY, where);
                        compared++;
                    }
                }
            }
        }
        assertEquals(2 * (45 + 54) + 4 * 5, compared);
        System.out.printf(Locale.ROOT, "CategoricalNB: %d probability rows, worst absolute difference %.2e%n",
                compared, worst);
    }

    @Test
    void gaussian_probabilitiesMeansAndVariances_equalScikitLearns() {
        List<String[]> rows = Resources.rows("/bayes/gaussian_nb.csv");
        double worst = 0;
        double worstVariance = 0;
        int compared = 0;
        String[][] cases = {{"iris", "default"}, {"iris", "0.2/0.3/0.5"}, {"wine", "default"},
            {"breast_cancer", "default"}};
        for (String[] c : cases) {
            Datasets.Dataset data = Datasets.load(c[0]);
            boolean[] test = Resources.testRows(c[0], data.y().length);
            List<double[]> xTrain = new ArrayList<>();
            List<Integer> yTrain = new ArrayList<>();
            for (int i = 0; i < test.length; i++) {
                if (!test[i]) {
                    xTrain.add(data.x()[i]);
                    yTrain.add(data.y()[i]);
                }
            }
            GaussianNaiveBayes.Options options = GaussianNaiveBayes.Options.defaults();
            if (!"default".equals(c[1])) {
                options = options.withPriors(0.2, 0.3, 0.5);
            }
            GaussianNaiveBayesModel m = GaussianNaiveBayes.fit(xTrain.toArray(new double[0][]),
                    yTrain.stream().mapToInt(Integer::intValue).toArray(), options);
            for (String[] r : rows) {
                if (!r[0].equals(c[0]) || !r[1].equals(c[1])) {
                    continue;
                }
                int index = Integer.parseInt(r[3]);
                double[] expected = Resources.numbers(r, 4);
                String where = c[0] + " " + c[1] + " " + r[2] + " " + index;
                switch (r[2]) {
                    case "prior" -> assertArrayEquals(expected, m.priors(), TABLE, where);
                    case "epsilon" -> assertEquals(expected[0], m.epsilon(), TABLE * expected[0], where);
                    case "theta" -> {
                        double[] actual = m.means()[index];
                        for (int j = 0; j < expected.length; j++) {
                            assertEquals(expected[j], actual[j], TABLE * Math.abs(expected[j]), where + " " + j);
                        }
                    }
                    case "var" -> {
                        double[] actual = m.variances()[index];
                        for (int j = 0; j < expected.length; j++) {
                            double relative = Math.abs(actual[j] - expected[j]) / expected[j];
                            worstVariance = Math.max(worstVariance, relative);
                            assertTrue(relative < TABLE, where + " feature " + j + ": " + actual[j]);
                        }
                    }
                    default -> {
                        double[] actual = m.predictProbabilities(data.x()[index]);
                        worst = Math.max(worst, maxAbsDifference(expected, actual));
                        assertArrayEquals(expected, actual, PROBABILITY, where);
                        compared++;
                    }
                }
            }
        }
        assertEquals(2 * 45 + 54 + 171, compared);
        System.out.printf(Locale.ROOT, "GaussianNB: %d probability rows, worst absolute difference %.2e, "
                + "worst relative variance difference %.2e%n", compared, worst, worstVariance);
    }

    private static int[] codes(double[] values, int d) {
        int[] row = new int[d];
        for (int j = 0; j < d; j++) {
            row[j] = (int) values[j];
        }
        return row;
    }

    private static double maxAbsDifference(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }
}
