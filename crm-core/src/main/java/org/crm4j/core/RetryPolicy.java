package org.crm4j.core;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Opt-in retries of operations that failed with a {@link TransientException} (nothing was written, so repeating is
 * safe), given to {@link Crm.Builder#retryPolicy(RetryPolicy)}. Every service operation is repeated after a
 * transient failure of its outermost transaction, up to {@link #maxAttempts()} attempts in all, waiting
 * {@code backoff × attempt} between attempts (linear back-off: 0 waits not at all). A sale recorded with a request
 * id is also repeated after a {@link CommitOutcomeUnknownException}, because its repetition returns the stored
 * sale if the commit did succeed. Other failures are never repeated. The default, {@link #none()}, repeats nothing.
 *
 * @param maxAttempts the number of attempts in all, in [1, 100]; 1 means no retry
 * @param backoff     the wait after the first failed attempt, in [0, 10 s]; the n-th wait is n times as long
 */
public record RetryPolicy(int maxAttempts, Duration backoff) {

    /** Largest {@link #maxAttempts()}. */
    public static final int MAX_ATTEMPTS = 100;
    /** Largest {@link #backoff()}. */
    public static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    /**
     * Checks the settings.
     *
     * @throws ValidationException {@code maxAttempts} outside [1, 100] or {@code backoff} null, negative or above
     *                             10 s
     */
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
            throw new ValidationException("maxAttempts", "must be in [1, " + MAX_ATTEMPTS + "]", maxAttempts);
        }
        if (backoff == null || backoff.isNegative() || backoff.compareTo(MAX_BACKOFF) > 0) {
            throw new ValidationException("backoff", "must be in [0, 10 s]", backoff);
        }
    }

    /** @return the policy that repeats nothing (one attempt), the default of a {@link Crm} */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO);
    }

    /**
     * @param maxAttempts the number of attempts in all, in [1, 100]
     * @param backoff     the wait after the first failed attempt, in [0, 10 s]
     * @return the policy
     */
    public static RetryPolicy of(int maxAttempts, Duration backoff) {
        return new RetryPolicy(maxAttempts, backoff);
    }

    /**
     * Runs {@code attempt} until it returns, fails with an exception that is not to be repeated, or has been run
     * {@link #maxAttempts()} times; the last failure then propagates, with the earlier ones suppressed. A
     * {@link TransientException} is always repeated.
     *
     * @param attempt          one attempt of the operation (a whole transaction), not null
     * @param idempotentCommit whether repeating after a {@link CommitOutcomeUnknownException} is safe as well
     * @param <T>              the result type
     * @return what the successful attempt returned
     * @throws CrmException the last failure; a {@link TransientException} after an interrupted back-off
     */
    public <T> T run(Supplier<T> attempt, boolean idempotentCommit) {
        return attempts(attempt, true, idempotentCommit);
    }

    /**
     * Runs an idempotent {@code attempt}, repeating it only after a {@link CommitOutcomeUnknownException} (for
     * callers whose transactions already repeat transient failures), at most {@link #maxAttempts()} times.
     *
     * @param attempt one attempt of an operation that is safe to repeat after an unknown commit, not null
     * @param <T>     the result type
     * @return what the successful attempt returned
     * @throws CrmException the last failure
     */
    public <T> T runIdempotent(Supplier<T> attempt) {
        return attempts(attempt, false, true);
    }

    private <T> T attempts(Supplier<T> attempt, boolean transients, boolean unknownCommits) {
        Objects.requireNonNull(attempt, "attempt");
        RuntimeException previous = null;
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (TransientException | CommitOutcomeUnknownException e) {
                boolean repeatable = e instanceof TransientException ? transients : unknownCommits;
                if (previous != null) {
                    e.addSuppressed(previous);
                }
                previous = e;
                if (!repeatable || n >= maxAttempts) {
                    throw e;
                }
                pause(n, e);
            }
        }
    }

    private void pause(int attempt, RuntimeException failure) {
        long millis = backoff.toMillis() * attempt;
        if (millis == 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            TransientException stop = new TransientException(String.format(Locale.ROOT,
                    "interrupted while waiting to retry after attempt %d: %s", attempt, failure.getMessage()),
                    failure);
            throw stop;
        }
    }
}
