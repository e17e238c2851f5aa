package org.crm4j.core.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: exact timestamps, and time that passes only when told.
 * Thread-safe.
 */
public final class AdjustableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private AdjustableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * @param start the instant the clock shows until it is moved
     * @return a clock in UTC
     */
    public static AdjustableClock at(Instant start) {
        return new AdjustableClock(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far, not negative
     * @return the new instant
     */
    public Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a clock only moves forward, was " + amount);
        }
        return now.updateAndGet(i -> i.plus(amount));
    }

    /**
     * Moves the clock to an instant, forward or back.
     *
     * @param instant the new instant
     */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new AdjustableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
