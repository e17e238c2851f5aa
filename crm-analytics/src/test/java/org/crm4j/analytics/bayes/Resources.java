package org.crm4j.analytics.bayes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the committed test resources: CSV lines without comments and header, and the fixed test splits. */
final class Resources {

    private Resources() {
    }

    /** @return the comma-separated cells of every line of {@code resource} that is not a comment or the header */
    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#") && !line.startsWith("dataset,")) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * @param dataset the data set name
     * @param n       its number of rows
     * @return whether each row is in the committed test split ({@code tree/split_<name>.txt})
     */
    static boolean[] testRows(String dataset, int n) {
        boolean[] test = new boolean[n];
        for (String[] cells : rows("/tree/split_" + dataset + ".txt")) {
            test[Integer.parseInt(cells[0].strip())] = true;
        }
        return test;
    }

    /** @return the parsed cells {@code from..} of a row */
    static double[] numbers(String[] cells, int from) {
        double[] values = new double[cells.length - from];
        for (int i = 0; i < values.length; i++) {
            values[i] = Double.parseDouble(cells[from + i]);
        }
        return values;
    }
}
