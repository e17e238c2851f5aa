package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * crm-jpa's JDBC drivers are optional: the embedded CRM runs with H2 alone, and without H2 it says which
 * dependency to add. Each case runs in a child JVM whose class path lacks the drivers named.
 */
class OptionalDriversTest {

    /** Child JVM: opens the embedded CRM in {@code args[0]}, registers one customer, prints the outcome. */
    public static void main(String[] args) {
        try (Crm crm = JpaCrm.embedded(Path.of(args[0]))) {
            crm.customers().register(NewCustomer.of("Ada", "ada@example.org"));
            System.out.println("registered");
        } catch (RuntimeException e) {
            System.out.println("failed: " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    @Test
    void embedded_withH2AloneOfTheDrivers_works(@TempDir Path temp) throws IOException, InterruptedException {
        String output = child(temp, List.of("postgresql", "mariadb-java-client"));

        assertTrue(output.contains("registered"), output);
    }

    @Test
    void embedded_withoutH2_isIllegalStateNamingTheDependency(@TempDir Path temp)
            throws IOException, InterruptedException {
        String output = child(temp, List.of("h2"));

        assertTrue(output.contains("failed: java.lang.IllegalStateException: the embedded database needs the JDBC "
                + "driver org.h2.Driver"), output);
        assertTrue(output.contains("add the dependency com.h2database:h2"), output);
        assertFalse(Files.exists(temp.resolve("data").resolve("crm4j.mv.db")), "no database file was created");
    }

    /** Runs {@link #main} on the test class path less the jars whose names start with one of {@code artifacts}. */
    private static String child(Path temp, List<String> artifacts) throws IOException, InterruptedException {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        List<String> kept = Arrays.stream(entries).filter(entry -> !withoutDriver(entry, artifacts)).toList();
        assertEquals(entries.length - artifacts.size(), kept.size(), "driver jars on the test class path: "
                + Arrays.toString(entries));
        Path log = temp.resolve("child.log");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", kept.stream().collect(Collectors.joining(File.pathSeparator)),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", OptionalDriversTest.class.getName(),
                temp.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("child JVM did not finish in 120 s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), output);
        return output;
    }

    private static boolean withoutDriver(String entry, List<String> artifacts) {
        String file = Path.of(entry).getFileName().toString();
        return artifacts.stream().anyMatch(artifact -> file.matches("\\Q" + artifact + "\\E-\\d.*\\.jar"));
    }
}
