package org.crm4j.core.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.crm4j.core.contract.AdjustedRandIndex;
import org.junit.jupiter.api.Test;

/** The test helper {@link AdjustedRandIndex} agrees with scikit-learn ({@code insight/ari_references.csv}). */
class AdjustedRandIndexTest {

    @Test
    void of_agreesWithScikitLearn() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/insight/ari_references.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("truth")).toList();
        }
        assertEquals(7, lines.size());
        for (String line : lines) {
            String[] parts = line.split(";");
            assertEquals(Double.parseDouble(parts[2]), AdjustedRandIndex.of(labels(parts[0]), labels(parts[1])), 1e-12,
                    line);
        }
    }

    @Test
    void of_lengthsDiffer_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> AdjustedRandIndex.of(new int[] {0, 1}, new int[] {0}));
    }

    private static int[] labels(String text) {
        return Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
