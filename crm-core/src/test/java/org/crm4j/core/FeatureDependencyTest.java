package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The campaign and relationship features know customers (by id and through the customer port) and nothing else
 * of the other features or of the adapters. Checked on the sources.
 */
class FeatureDependencyTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "crm4j", "core");

    private static List<String> importsOf(String feature, String otherPackage) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(feature))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(FeatureDependencyTest::lines)
                    .filter(line -> line.startsWith("import org.crm4j.core." + otherPackage + "."))
                    .toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void campaign_dependsOnCustomersOnly() throws IOException {
        for (String other : List.of("product", "sales", "report", "relationship", "inmemory")) {
            assertEquals(List.of(), importsOf("campaign", other), other);
        }
    }

    @Test
    void relationship_dependsOnCustomersOnly() throws IOException {
        for (String other : List.of("product", "sales", "report", "campaign", "inmemory")) {
            assertEquals(List.of(), importsOf("relationship", other), other);
        }
    }

    @Test
    void customer_knowsNeitherCampaignsNorRelationships() throws IOException {
        assertEquals(List.of(), importsOf("customer", "campaign"));
        assertEquals(List.of(), importsOf("customer", "relationship"));
    }
}
