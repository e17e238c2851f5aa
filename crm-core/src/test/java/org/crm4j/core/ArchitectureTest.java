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
 * The dependencies between core's feature packages, checked on the sources: features know at most customers (by id
 * and through the customer port), sales know products and customers, nothing knows the in-memory adapter.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "crm4j", "core");

    private static List<String> importsOf(String feature, String forbiddenPackage) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(feature))) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(ArchitectureTest::lines)
                    .filter(line -> line.startsWith("import org.crm4j.core." + forbiddenPackage + "."))
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
    void customer_dependsOnNoOtherFeature() throws IOException {
        for (String other : List.of("product", "sales", "report", "inmemory")) {
            assertEquals(List.of(), importsOf("customer", other), other);
        }
    }

    @Test
    void product_dependsOnNoOtherFeature() throws IOException {
        for (String other : List.of("customer", "sales", "report", "inmemory")) {
            assertEquals(List.of(), importsOf("product", other), other);
        }
    }

    @Test
    void sales_dependsNotOnReportsOrAdapters() throws IOException {
        assertEquals(List.of(), importsOf("sales", "report"));
        assertEquals(List.of(), importsOf("sales", "inmemory"));
    }

    @Test
    void report_dependsNotOnAdapters() throws IOException {
        assertEquals(List.of(), importsOf("report", "inmemory"));
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
