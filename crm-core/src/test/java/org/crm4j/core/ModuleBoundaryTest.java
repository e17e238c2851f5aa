package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** crm-core knows nothing of persistence frameworks: checked on its module descriptor and on its sources. */
class ModuleBoundaryTest {

    @Test
    void module_requiresOnlyAnalyticsAndSlf4j() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> requires = new TreeSet<>();
        descriptor.requires().forEach(r -> requires.add(r.name()));
        assertEquals(Set.of("java.base", "org.crm4j.analytics", "org.slf4j"), requires);
    }

    @Test
    void sources_importNoPersistenceFramework() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(ModuleBoundaryTest::assertNoFrameworkImport);
        }
    }

    private static void assertNoFrameworkImport(Path file) {
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("import jakarta.") || trimmed.startsWith("import javax.persistence")
                        || trimmed.startsWith("import org.hibernate.") || trimmed.startsWith("import java.sql.")) {
                    throw new AssertionError(file + " imports a persistence framework: " + trimmed);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
