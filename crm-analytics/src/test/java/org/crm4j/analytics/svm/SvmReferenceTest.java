package org.crm4j.analytics.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crm4j.analytics.cluster.Standardizer;
import org.crm4j.analytics.datasets.Datasets;
import org.junit.jupiter.api.Test;

/**
 * The linear SVM against scikit-learn 1.2.1's {@code LinearSVC} (LIBLINEAR) on standardised iris, wine, breast
 * cancer and digits, fitted on the committed training split ({@code src/test/resources/svm/svm_references.csv},
 * made by {@code make_references.py} there): the primal objective of every one-vs-rest problem, and the test
 * accuracy. The worst differences are printed.
 */
class SvmReferenceTest {

    /** The assignment's bar for the objective. */
    private static final double RELATIVE = 1e-4;

    /** A split of one data set, standardised with the training rows' means and deviations. */
    private record Split(double[][] xTrain, int[] yTrain, double[][] xTest, int[] yTest) {

        static Split of(String name) throws IOException {
            Datasets.Dataset data = Datasets.load(name);
            boolean[] test = new boolean[data.y().length];
            for (String[] cells : rows("/tree/split_" + name + ".txt")) {
                test[Integer.parseInt(cells[0].strip())] = true;
            }
            List<double[]> xTrain = new ArrayList<>();
            List<double[]> xTest = new ArrayList<>();
            List<Integer> yTrain = new ArrayList<>();
            List<Integer> yTest = new ArrayList<>();
            for (int i = 0; i < test.length; i++) {
                (test[i] ? xTest : xTrain).add(data.x()[i]);
                (test[i] ? yTest : yTrain).add(data.y()[i]);
            }
            double[][] train = xTrain.toArray(new double[0][]);
            Standardizer scaler = Standardizer.fit(train);
            return new Split(scaler.transform(train), yTrain.stream().mapToInt(Integer::intValue).toArray(),
                    scaler.transform(xTest.toArray(new double[0][])),
                    yTest.stream().mapToInt(Integer::intValue).toArray());
        }

        double accuracy(LinearSvmModel m) {
            int correct = 0;
            for (int i = 0; i < yTest.length; i++) {
                correct += m.predict(xTest[i]) == yTest[i] ? 1 : 0;
            }
            return (double) correct / yTest.length;
        }
    }

    @Test
    void fit_standardisedClassics_objectiveAndAccuracyAsScikitLearn() throws IOException {
        List<String[]> reference = rows("/svm/svm_references.csv");
        StringBuilder table = new StringBuilder();
        double worstVsTight = 0;
        double worstVsDefault = Double.NEGATIVE_INFINITY;
        for (String name : new String[] {"iris", "wine", "breast_cancer", "digits"}) {
            Split split = Split.of(name);
            // scikit-learn's default fit stops at max_iter = 1000 on digits before its tolerance is met (n_iter_ 1000,
            // a ConvergenceWarning, objectives up to 12 % above the optimum); so does ours, and it is compared with
            // the optimum after running to the same tolerance without that limit
            LinearSvmModel m = LinearSvm.fit(split.xTrain(), split.yTrain(), "digits".equals(name)
                    ? LinearSvm.Options.defaults().withMaxIterations(100_000) : LinearSvm.Options.defaults());
            double[] objective = m.objective();
            double sklearnAccuracy = Double.NaN;
            for (String[] r : reference) {
                if (!r[0].equals(name)) {
                    continue;
                }
                int k = Integer.parseInt(r[2]);
                double expected = Double.parseDouble(r[3]);
                double relative = (objective[k] - expected) / expected;
                if ("tight".equals(r[1])) {
                    worstVsTight = Math.max(worstVsTight, Math.abs(relative));
                    assertTrue(Math.abs(relative) < RELATIVE, name + " problem " + k + ": " + objective[k]
                            + " vs scikit-learn's optimum " + expected);
                } else {
                    worstVsDefault = Math.max(worstVsDefault, relative);
                    sklearnAccuracy = Double.parseDouble(r[5]);
                    assertTrue(relative < RELATIVE, name + " problem " + k + ": " + objective[k]
                            + " above scikit-learn's default fit " + expected);
                }
            }
            double accuracy = split.accuracy(m);
            table.append(String.format(Locale.ROOT, "%-14s accuracy %.4f (scikit-learn %.4f), iterations %d, %s%n",
                    name, accuracy, sklearnAccuracy, m.iterations(), m.converged() ? "converged" : "NOT converged"));
            assertTrue(accuracy >= sklearnAccuracy, name + " accuracy " + accuracy + " < " + sklearnAccuracy);
        }
        System.out.printf(Locale.ROOT, "LinearSvm vs LinearSVC: worst |relative objective difference| to the tight "
                + "optimum %.2e, largest relative excess over the default fit %.2e%n%s", worstVsTight, worstVsDefault,
                table);
        assertEquals(4, table.toString().lines().count());
    }

    @Test
    void fit_digitsWithTheDefaultBudget_runsOutOfIterationsAsScikitLearn() throws IOException {
        Split split = Split.of("digits");

        LinearSvmModel m = LinearSvm.fit(split.xTrain(), split.yTrain());

        assertEquals(false, m.converged());
        assertEquals(1000, m.iterations());
    }

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SvmReferenceTest.class.getResourceAsStream(resource)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.startsWith("dataset,")) {
                    rows.add(line.split(","));
                }
            }
        }
        return rows;
    }
}
