package org.crm4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crm4j.core.Crm;
import org.crm4j.core.PageRequest;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call of the embedded CRM that returned has committed durably: a JVM that halts right after its calls return
 * (no close, no shutdown hook) loses none of them. Issue 14: H2's default write delay lost 1 to 20 of 20.
 */
class EmbeddedDurabilityTest {

    private static final int CUSTOMERS = 20;

    /** Child JVM: registers {@value #CUSTOMERS} customers in the directory {@code args[0]}, then halts. */
    public static void main(String[] args) {
        Crm crm = JpaCrm.embedded(Path.of(args[0]));
        for (int i = 0; i < CUSTOMERS; i++) {
            crm.customers().register(NewCustomer.of("Customer " + i, "c" + i + "@example.org"));
        }
        System.out.println("registered " + CUSTOMERS);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    @Test
    void embedded_jvmHaltedRightAfterTheCallsReturn_keepsEveryRegisteredCustomer(@TempDir Path temp)
            throws IOException, InterruptedException {
        for (int round = 0; round < 3; round++) {
            Path directory = temp.resolve("data" + round);
            Path log = temp.resolve("child" + round + ".log");
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", EmbeddedDurabilityTest.class.getName(),
                    directory.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("child JVM did not finish in 120 s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, child.exitValue(), output);
            assertEquals(true, output.contains("registered " + CUSTOMERS), output);
            try (Crm crm = JpaCrm.embedded(directory)) {
                long stored = crm.customers().search(CustomerQuery.all(), PageRequest.of(0, 100)).totalElements();
                assertEquals(CUSTOMERS, stored, "customers after a halt right after the calls returned, round "
                        + round);
            }
        }
    }
}
