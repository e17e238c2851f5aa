package org.crm4j.analytics.lifetime;

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
 * The mpmath references of {@code src/test/resources/lifetime/references.csv} (made by {@code make_references.py}
 * next to it; see its docstring for how each kind is computed). Rows are {@code kind,arguments,value} with
 * {@code ;}-separated arguments.
 */
final class References {

    /** One reference value. */
    record Row(String kind, double[] arguments, double value) {
    }

    private static final List<Row> ROWS = load();
    private static final Map<String, Double> BY_KEY = index();

    private References() {
    }

    static List<Row> of(String kind) {
        return ROWS.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    /** @return the value of a row whose arguments are one name, e.g. {@code get("mle_bgnbd", "r")} */
    static double get(String kind, String name) {
        Double v = BY_KEY.get(kind + "," + name);
        if (v == null) {
            throw new IllegalArgumentException("no reference " + kind + "," + name);
        }
        return v;
    }

    private static Map<String, Double> index() {
        Map<String, Double> map = new LinkedHashMap<>();
        try (BufferedReader reader = open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("kind,")) {
                    continue;
                }
                int last = line.lastIndexOf(',');
                map.put(line.substring(0, last), Double.parseDouble(line.substring(last + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = open()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.startsWith("kind,")) {
                    continue;
                }
                String[] f = line.split(",");
                String[] parts = f[1].split(";");
                double[] args = new double[parts.length];
                boolean numeric = true;
                for (int i = 0; i < parts.length; i++) {
                    try {
                        args[i] = Double.parseDouble(parts[i]);
                    } catch (NumberFormatException e) {
                        numeric = false;
                    }
                }
                rows.add(new Row(f[0], numeric ? args : new double[0], Double.parseDouble(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static BufferedReader open() {
        InputStream in = References.class.getResourceAsStream("/lifetime/references.csv");
        if (in == null) {
            throw new IllegalStateException("missing test resource /lifetime/references.csv");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
