package org.crm4j.examples.console;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.NewCustomer;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.examples.demo.DemoClock;
import org.crm4j.examples.demo.DemoCompany;
import org.crm4j.examples.demo.DemoOptions;
import org.crm4j.examples.demo.DemoSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The console's start-up job: when the database holds no demo company yet, writes one
 * ({@link DemoCompany}, of the size {@code crm4j.console.demo} names: {@code TINY}, {@code SMALL} (the default),
 * {@code MEDIUM}, {@code LARGE}, or {@code NONE} for an empty console), explicitly as crm4j's system user
 * ({@link ConsoleSecurityContext#asSystem}): its records have no owner, so only the roles whose scope is ALL
 * (ADMIN, MARKETER, ANALYST) see its customers, leads, opportunities and tickets. Then each sales representative
 * registers a few accounts of their own ({@link #ACCOUNTS}), acting as that user, so that crm4j makes them their
 * owner, in the sales team. crm4j has no operation to hand an existing record to another owner (crm-core's
 * README, "Access control", "Not covered yet"), which is why the demo's imported customers stay the system's.
 */
@Component
class ConsoleDemo implements ApplicationRunner {

    /** The accounts each sales representative registers at start: user → names. */
    static final Map<String, List<String>> ACCOUNTS = Map.of(
            "rep1", List.of("Aalen Tea Room", "Bergen Coffee Bar", "Cork Deli"),
            "rep2", List.of("Dover Bakery", "Essen Office Kitchen", "Faro Guest House"));

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleDemo.class);

    private final Crm crm;
    private final ConsoleClock clock;
    private final Environment environment;

    ConsoleDemo(Crm crm, Clock clock, Environment environment) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = (ConsoleClock) Objects.requireNonNull(clock, "clock");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run(ApplicationArguments args) {
        String setting = environment.getProperty("crm4j.console.demo", "SMALL").strip().toUpperCase(Locale.ROOT);
        if (setting.equals("NONE")) {
            return;
        }
        DemoSize size = DemoSize.valueOf(setting);
        boolean generated = ConsoleSecurityContext.asSystem(() -> {
            if (DemoCompany.isGenerated(crm)) {
                return false;
            }
            DemoClock demo = new DemoClock(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            long started = System.nanoTime();
            DemoCompany company = clock.replaying(demo,
                    () -> DemoCompany.generate(crm, DemoOptions.of(size, demo), 42, ProgressListener.NONE));
            LOG.info("{} (in {} s)", company, (System.nanoTime() - started) / 1_000_000_000L);
            return true;
        });
        if (generated) {
            ACCOUNTS.forEach((username, names) -> {
                ConsoleUser rep = ConsoleUser.named(username).orElseThrow();
                ConsoleSecurityContext.actingAs(rep.principal(), () -> {
                    for (String name : names) {
                        crm.customers().register(NewCustomer.of(name, name.toLowerCase(Locale.ROOT)
                                .replace(' ', '.') + "@" + rep.username() + ".example"));
                    }
                    return null;
                });
            });
        }
    }
}
