package org.crm4j.analytics.tree;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crm4j.analytics.datasets.Datasets;

/**
 * Reads the scikit-learn references of {@code src/test/resources/tree/}, produced by {@code make_references.py}
 * there, and the fixed train/test splits.
 */
final class References {

    private References() {
    }

    /** @return the non-comment lines of a resource, header line first */
    static List<String> lines(String resource) {
        try (var reader = new BufferedReader(new InputStreamReader(
                References.class.getResourceAsStream("/tree/" + resource), StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the CSV rows of a resource without its header */
    static List<String[]> csv(String resource) {
        List<String> lines = lines(resource);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
    }

    /** A data set cut into the committed training and test rows. */
    record Split(double[][] xTrain, int[] yTrain, double[][] xTest, int[] yTest) {
    }

    static Split split(Datasets.Dataset d) {
        boolean[] test = new boolean[d.y().length];
        for (String line : lines("split_" + d.name() + ".txt")) {
            test[Integer.parseInt(line.strip())] = true;
        }
        List<double[]> xTrain = new ArrayList<>();
        List<double[]> xTest = new ArrayList<>();
        List<Integer> yTrain = new ArrayList<>();
        List<Integer> yTest = new ArrayList<>();
        for (int i = 0; i < test.length; i++) {
            (test[i] ? xTest : xTrain).add(d.x()[i]);
            (test[i] ? yTest : yTrain).add(d.y()[i]);
        }
        return new Split(xTrain.toArray(new double[0][]), yTrain.stream().mapToInt(Integer::intValue).toArray(),
                xTest.toArray(new double[0][]), yTest.stream().mapToInt(Integer::intValue).toArray());
    }

    static double accuracy(DecisionTreeModel model, double[][] x, int[] y) {
        int correct = 0;
        for (int i = 0; i < y.length; i++) {
            if (model.predict(x[i]) == y[i]) {
                correct++;
            }
        }
        return (double) correct / y.length;
    }

    static double[] column(List<String[]> rows, int column) {
        return rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).toArray();
    }

    static String describe(double[] values) {
        return Arrays.toString(values);
    }
}
