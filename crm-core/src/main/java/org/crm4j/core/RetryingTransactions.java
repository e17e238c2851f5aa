package org.crm4j.core;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@link Transactions} port with a {@link RetryPolicy}: an outermost transaction that fails with a
 * {@link TransientException} is run again (nothing was written); a call inside a running transaction is never
 * repeated on its own, because the failure belongs to the enclosing one.
 */
final class RetryingTransactions implements Transactions {

    private final Transactions delegate;
    private final RetryPolicy policy;
    /** Depth of this wrapper's calls on the calling thread, for adapters whose {@code active()} cannot tell. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    RetryingTransactions(Transactions delegate, RetryPolicy policy) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        int[] calls = depth.get();
        boolean nested = calls[0] > 0 || delegate.active();
        calls[0]++;
        try {
            return nested ? delegate.inTransaction(work) : policy.run(() -> delegate.inTransaction(work), false);
        } finally {
            calls[0]--;
        }
    }

    @Override
    public boolean active() {
        return depth.get()[0] > 0 || delegate.active();
    }
}
