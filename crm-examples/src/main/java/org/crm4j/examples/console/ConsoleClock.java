package org.crm4j.examples.console;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;
import org.crm4j.examples.demo.DemoClock;

/**
 * The console's clock, which crm4j is built on: the system's UTC clock, except while {@link ConsoleDemo} writes
 * the demo company's history at start, when it is the generator's {@link DemoClock} (the services stamp records
 * with their clock, and the generator moves it through the history). Thread-safe.
 */
final class ConsoleClock extends Clock {

    private final Clock system;
    private volatile Clock current;

    ConsoleClock(Clock system) {
        this.system = Objects.requireNonNull(system, "system");
        this.current = system;
    }

    /**
     * Runs work with the clock handed to a demo clock, then back to the system clock.
     *
     * @param demo the generator's clock
     * @param work the generation
     * @param <T>  its result
     * @return what the work returned
     */
    <T> T replaying(DemoClock demo, Supplier<T> work) {
        current = Objects.requireNonNull(demo, "demo");
        try {
            return work.get();
        } finally {
            current = system;
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** @throws UnsupportedOperationException always: the console's clock is UTC only */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the console's clock is UTC only");
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
