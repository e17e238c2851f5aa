package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What {@link RetryPolicy} repeats, and its bad settings. */
class RetryPolicyTest {

    @Test
    void maxAttempts_outsideOneToHundred_isRefused() {
        for (int bad : new int[] {0, -1, 101}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> RetryPolicy.of(bad, Duration.ZERO));
            assertEquals("maxAttempts", e.field());
            assertEquals("must be in [1, 100]", e.rule());
        }
    }

    @Test
    void backoff_negativeNullOrAboveTenSeconds_isRefused() {
        for (Duration bad : new Duration[] {Duration.ofMillis(-1), null, Duration.ofSeconds(11)}) {
            ValidationException e = assertThrows(ValidationException.class, () -> RetryPolicy.of(2, bad));
            assertEquals("backoff", e.field());
            assertEquals("must be in [0, 10 s]", e.rule());
        }
    }

    @Test
    void run_otherFailures_areNeverRepeated() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(ValidationException.class, () -> RetryPolicy.of(5, Duration.ZERO).run(() -> {
            calls.incrementAndGet();
            throw new ValidationException("x", "must be y", 1);
        }, true));
        assertEquals(1, calls.get());
    }

    @Test
    void run_unknownCommit_isRepeatedOnlyWhenIdempotent() {
        AtomicInteger calls = new AtomicInteger();
        RetryPolicy policy = RetryPolicy.of(4, Duration.ZERO);
        assertThrows(CommitOutcomeUnknownException.class, () -> policy.run(() -> {
            calls.incrementAndGet();
            throw new CommitOutcomeUnknownException("lost", null);
        }, false));
        assertEquals(1, calls.get());
        assertEquals("ok", policy.run(() -> {
            if (calls.incrementAndGet() < 4) {
                throw new CommitOutcomeUnknownException("lost", null);
            }
            return "ok";
        }, true));
        assertEquals(4, calls.get());
    }

    @Test
    void runIdempotent_transientFailure_isLeftToTheTransactions() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(TransientException.class, () -> RetryPolicy.of(4, Duration.ZERO).runIdempotent(() -> {
            calls.incrementAndGet();
            throw new TransientException("deadlock", null);
        }));
        assertEquals(1, calls.get());
    }
}
