package org.crm4j.core;

import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where new ids come from. Services take an {@code IdGenerator} instead of calling {@link UUID#randomUUID()}, so
 * that tests can predict every id. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IdGenerator {

    /** @return a fresh id, never returned before by this generator */
    UUID next();

    /** @return random (version 4) UUIDs from a cryptographically strong source; for production */
    static IdGenerator random() {
        return UUID::randomUUID;
    }

    /**
     * UUIDs {@code 00000000-0000-0000-0000-000000000001}, {@code ...002}, ...: readable ids for tests.
     *
     * @return a new sequence starting at 1; thread-safe
     */
    static IdGenerator sequence() {
        AtomicLong counter = new AtomicLong();
        return () -> new UUID(0L, counter.incrementAndGet());
    }

    /**
     * Reproducible random-looking version 4 UUIDs: the same seed gives the same ids in the same order.
     *
     * @param seed the seed
     * @return a new generator; thread-safe (calls are serialised)
     */
    static IdGenerator seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return () -> {
            long most;
            long least;
            synchronized (random) {
                most = random.nextLong();
                least = random.nextLong();
            }
            most = (most & ~0xF000L) | 0x4000L;
            least = (least & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(most, least);
        };
    }
}
