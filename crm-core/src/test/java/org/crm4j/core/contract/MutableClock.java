package org.crm4j.core.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock for tests that stands still until told to move. Thread-safe. */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;

    /** @param start the initial time */
    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * Moves the clock forward.
     *
     * @param step how far
     * @return the new time
     */
    public Instant advance(Duration step) {
        return now.updateAndGet(t -> t.plus(step));
    }

    /** @param time the new time */
    public void set(Instant time) {
        now.set(time);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("MutableClock is UTC only");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
