package org.crm4j.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The analytics module needs nothing but the JDK's base module, and hides its internals. */
class ModuleBoundaryTest {

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void module_requiresOnlyJavaBase() throws IOException {
        Set<String> requires = new TreeSet<>();
        descriptor().requires().forEach(r -> requires.add(r.name()));
        assertEquals(Set.of("java.base"), requires);
    }

    @Test
    void module_doesNotExportInternal() throws IOException {
        descriptor().exports().forEach(e -> {
            if (e.source().contains(".internal")) {
                throw new AssertionError("internal package exported: " + e.source());
            }
        });
        assertEquals("org.crm4j.analytics", descriptor().name());
    }
}
