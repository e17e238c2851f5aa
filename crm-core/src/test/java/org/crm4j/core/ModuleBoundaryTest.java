package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * crm-core knows nothing of persistence frameworks: checked on its module descriptor here, and on the types its
 * compiled classes use in {@link ArchitectureTest}.
 */
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
}
