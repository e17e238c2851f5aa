package org.crm4j.examples.console;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.Crm;
import org.crm4j.core.UserId;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.insight.ProgressListener;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
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
 * ({@link ConsoleSecurityContext#asSystem}), whose records get no owner; then hands its customers out to the sales
 * representatives with {@code crm.access().assign} (as the system user too; each assignment is an audited UPDATE):
 * a third to rep1, a third to rep2 (a third of those shared with the team), a third left to the house, which only
 * the roles of scope ALL see. Its leads, opportunities and tickets stay without owner.
 */
@Component
class ConsoleDemo implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleDemo.class);

    private final Crm crm;
    private final ConsoleClock clock;
    private final Environment environment;

    ConsoleDemo(Crm crm, ConsoleClock clock, Environment environment) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public void run(ApplicationArguments args) {
        String setting = environment.getProperty("crm4j.console.demo", "SMALL").strip().toUpperCase(Locale.ROOT);
        if (setting.equals("NONE")) {
            return;
        }
        DemoSize size = DemoSize.valueOf(setting);
        ConsoleSecurityContext.asSystem(() -> {
            if (DemoCompany.isGenerated(crm)) {
                return null;
            }
            DemoClock demo = new DemoClock(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            long started = System.nanoTime();
            DemoCompany company = clock.replaying(demo,
                    () -> DemoCompany.generate(crm, DemoOptions.of(size, demo), 42, ProgressListener.NONE));
            handOut(List.copyOf(company.personas().keySet()));
            LOG.info("{} (in {} s)", company, (System.nanoTime() - started) / 1_000_000_000L);
            return null;
        });
    }

    /**
     * Gives the demo company's customers their owners, in generation order: the first of every three to rep1, the
     * second to rep2 (every third of those shared with the team, so rep1 sees them too), the third stays the house's
     * (no owner: only the roles of scope ALL see it); rep1's and rep2's in team north.
     */
    private void handOut(List<CustomerId> customers) {
        for (int i = 0; i < customers.size(); i++) {
            if (i % 3 == 2) {
                continue;
            }
            String rep = i % 3 == 0 ? "rep1" : "rep2";
            crm.access().assign(new RecordRef(RecordType.CUSTOMER, customers.get(i).value()),
                    new Ownership(UserId.of(rep), Optional.of(ConsoleUser.TEAM), i % 9 == 4));
        }
    }
}
