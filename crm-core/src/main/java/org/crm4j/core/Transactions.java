package org.crm4j.core;

import java.util.function.Supplier;

/**
 * Port: runs a unit of work atomically. Every service operation runs inside {@link #inTransaction(Supplier)}, so
 * that an operation either changes everything it means to change or, when it throws, nothing at all, whatever the
 * adapter.
 *
 * <p>Contract for adapters:
 * <ul>
 *   <li>If {@code work} returns normally, its changes are committed before {@code inTransaction} returns.</li>
 *   <li>If {@code work} throws, its changes are rolled back and the same exception propagates (adapters translate
 *       their own persistence failures into {@link CrmException}s).</li>
 *   <li>A nested call joins the transaction already running on the current thread, and {@link #active()} tells
 *       whether one is running.</li>
 *   <li>A failure before the commit that may pass by itself (connection lost, deadlock, lock timeout,
 *       serialization failure) is a {@link TransientException}: nothing was written. A failure during the commit
 *       itself is a {@link CommitOutcomeUnknownException}: the changes may or may not have been written.</li>
 *   <li>Implementations are thread-safe; concurrent transactions are isolated at least as strongly as
 *       "read committed", and the atomic operations of the ports (such as a conditional stock decrement) stay
 *       atomic under concurrency.</li>
 * </ul>
 */
@FunctionalInterface
public interface Transactions {

    /**
     * Runs {@code work} in a transaction.
     *
     * @param work the unit of work, not null
     * @param <T>  the result type
     * @return what {@code work} returned, after commit
     * @throws RuntimeException whatever {@code work} threw, after rollback
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Whether the calling thread is inside a transaction of this port, which a call of
     * {@link #inTransaction(Supplier)} would join. A {@link RetryPolicy} repeats only outermost transactions.
     *
     * @return true inside a running transaction; the default, for adapters that cannot tell, is false
     */
    default boolean active() {
        return false;
    }

    /**
     * Runs {@code work}, which returns nothing, in a transaction.
     *
     * @param work the unit of work, not null
     */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
