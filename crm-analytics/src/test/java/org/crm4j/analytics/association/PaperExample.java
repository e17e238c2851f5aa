package org.crm4j.analytics.association;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A published worked example: its transactions, its threshold and its frequent itemsets with counts. */
record PaperExample(int minCount, List<Set<String>> transactions, Map<Set<String>, Integer> frequent) {

    static final String HAN_PEI_YIN_2000 = "han-pei-yin-2000.txt";
    static final String AGRAWAL_SRIKANT_1994 = "agrawal-srikant-1994.txt";

    static PaperExample load(String name) {
        try (InputStream in = PaperExample.class.getResourceAsStream("/association/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int minCount = 0;
            List<Set<String>> transactions = new ArrayList<>();
            Map<Set<String>, Integer> frequent = new HashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                switch (fields[0]) {
                    case "min_count" -> minCount = Integer.parseInt(fields[1]);
                    case "T" -> transactions.add(items(fields, 1));
                    case "F" -> frequent.put(items(fields, 2), Integer.parseInt(fields[1]));
                    default -> throw new IllegalStateException("bad fixture line: " + line);
                }
            }
            return new PaperExample(minCount, List.copyOf(transactions), Map.copyOf(frequent));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> items(String[] fields, int from) {
        return new LinkedHashSet<>(Arrays.asList(fields).subList(from, fields.length));
    }
}
