package org.crm4j.analytics.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.crm4j.analytics.datasets.Datasets;
import org.crm4j.analytics.datasets.Datasets.Dataset;

/**
 * The scikit-learn reference numbers of {@code src/test/resources/cluster/references.csv}, produced by
 * {@code make_references.py} next to it (scikit-learn 1.2.1, numpy 1.24.2; see the script for each quantity).
 */
final class References {

    private static final Map<String, Double> VALUES = load();

    private References() {
    }

    /**
     * @param dataset  the data set name, as in {@link Datasets#load}
     * @param k        the number of clusters
     * @param quantity the quantity's name in the file
     * @return the reference value
     */
    static double value(String dataset, int k, String quantity) {
        Double value = VALUES.get(dataset + "," + k + "," + quantity);
        if (value == null) {
            throw new IllegalArgumentException("no reference " + dataset + "," + k + "," + quantity);
        }
        return value;
    }

    /** @return the data set, loaded once per call */
    static Dataset dataset(String name) {
        return Datasets.load(name);
    }

    private static Map<String, Double> load() {
        Map<String, Double> values = new HashMap<>();
        try (InputStream in = References.class.getResourceAsStream("/cluster/references.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("dataset,")) {
                    continue;
                }
                int cut = line.lastIndexOf(',');
                values.put(line.substring(0, cut), Double.parseDouble(line.substring(cut + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
