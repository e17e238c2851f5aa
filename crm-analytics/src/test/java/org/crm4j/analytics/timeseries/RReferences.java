package org.crm4j.analytics.timeseries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the golden values written by {@code src/test/resources/timeseries/make_references.R} (R 4.2.2,
 * forecast 8.20). Lines starting with {@code #} are provenance comments; the first other line is the header.
 */
final class RReferences {

    private RReferences() {
    }

    /** @return the rows of {@code timeseries/NAME}, each a map from column name to cell */
    static List<Map<String, String>> table(String name) {
        String resource = "/timeseries/" + name;
        try (InputStream in = RReferences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                // a loop over an empty table would check nothing and pass
                throw new IllegalStateException("no rows in test resource " + resource);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the named series from {@code series.csv} */
    static double[] series(String name) {
        return table("series.csv").stream().filter(r -> r.get("series").equals(name))
                .mapToDouble(r -> Double.parseDouble(r.get("value"))).toArray();
    }

    /** @return the named series from the series table {@code file} (columns series, frequency, index, value) */
    static double[] series(String file, String name) {
        double[] y = table(file).stream().filter(r -> r.get("series").equals(name))
                .mapToDouble(r -> Double.parseDouble(r.get("value"))).toArray();
        if (y.length == 0) {
            throw new IllegalArgumentException("no series " + name + " in " + file);
        }
        return y;
    }

    /** @return the frequency of the named series */
    static int frequency(String name) {
        return table("series.csv").stream().filter(r -> r.get("series").equals(name))
                .mapToInt(r -> Integer.parseInt(r.get("frequency"))).findFirst().orElseThrow();
    }

    static double number(Map<String, String> row, String column) {
        String cell = row.get(column);
        return "NA".equals(cell) ? Double.NaN : Double.parseDouble(cell);
    }

    static int integer(Map<String, String> row, String column) {
        return Integer.parseInt(row.get(column));
    }
}
