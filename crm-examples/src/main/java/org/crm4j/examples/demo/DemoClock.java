package org.crm4j.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that stands still until it is set: the clock a CRM must be built on for {@link DemoCompany} to write
 * three years of history through the services, which stamp tickets, answers and stage changes with their clock's
 * time. The generator moves it to each event's time and leaves it at the end of the history. Thread-safe.
 */
public final class DemoClock extends Clock {

    private final AtomicReference<Instant> now;

    /**
     * @param start the time the clock shows until it is set, not null
     * @throws NullPointerException if {@code start} is null
     */
    public DemoClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    /**
     * @param time the time the clock shows from now on, not null (earlier or later than the current one)
     * @throws NullPointerException if {@code time} is null
     */
    public void set(Instant time) {
        now.set(Objects.requireNonNull(time, "time"));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** @throws UnsupportedOperationException always: the demo clock is UTC only */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("DemoClock is UTC only");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
