package org.crm4j.examples.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.crm4j.core.Crm;
import org.crm4j.core.IdGenerator;
import org.crm4j.jpa.JpaCrm;

/**
 * Generates a demo company into an embedded H2 database and says how long it took:
 * <pre>{@code mvn -B -q -pl crm-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=org.crm4j.examples.demo.GenerateDemo -Dcrm4j.demo.size=LARGE}</pre>
 * System properties: {@code crm4j.demo.size} (SMALL, MEDIUM or LARGE; default SMALL), {@code crm4j.demo.dir}
 * (default {@code crm4j-demo}; must not hold a demo company yet) and {@code crm4j.demo.seed} (default 42). The
 * history ends at the start of the current UTC hour.
 */
public final class GenerateDemo {

    private GenerateDemo() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        DemoSize size = DemoSize.valueOf(System.getProperty("crm4j.demo.size", "SMALL").toUpperCase(Locale.ROOT));
        Path directory = Path.of(System.getProperty("crm4j.demo.dir", "crm4j-demo")).toAbsolutePath().normalize();
        long seed = Long.parseLong(System.getProperty("crm4j.demo.seed", "42"));
        PrintStream out = System.out;
        DemoClock clock = new DemoClock(Instant.now().truncatedTo(ChronoUnit.HOURS));
        long started = System.nanoTime();
        try (Crm crm = JpaCrm.builder().embedded(directory).clock(clock).ids(IdGenerator.seeded(seed))
                .ticketSettings(DemoCompany.ticketSettings()).build()) {
            DemoCompany company;
            try (ConsoleProgress progress = new ConsoleProgress("Demo " + size, out)) {
                company = DemoCompany.generate(crm, DemoOptions.of(size, clock), seed, progress);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            out.println(company);
            out.printf(Locale.ROOT, "Generated in %.1f s into %s%n", took.toMillis() / 1000.0, directory);
        }
    }
}
