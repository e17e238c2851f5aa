package org.crm4j.core.guard;

import java.util.Objects;
import java.util.function.Supplier;
import org.crm4j.core.Transactions;

/**
 * The adapter's {@link Transactions} with the audit trail written at the end of each outermost unit of work,
 * inside it: what the unit recorded through {@link AuditingRepository} is appended by {@link AuditRecorder#flush()}
 * just before the commit, so the entries commit or roll back with the writes. A nested unit that throws drops what
 * it recorded (the in-memory adapter undoes its writes too). Thread-safe.
 */
public final class AuditedTransactions implements Transactions {

    private final Transactions delegate;
    private final AuditRecorder recorder;

    /**
     * @param delegate the adapter's transactions
     * @param recorder the recorder
     */
    public AuditedTransactions(Transactions delegate, AuditRecorder recorder) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (recorder.open()) {
            int mark = recorder.mark();
            try {
                return delegate.inTransaction(work);
            } catch (RuntimeException | Error e) {
                recorder.dropAfter(mark);
                throw e;
            }
        }
        return delegate.inTransaction(() -> {
            recorder.begin();
            try {
                T result = work.get();
                recorder.flush();
                return result;
            } finally {
                recorder.end();
            }
        });
    }

    @Override
    public boolean active() {
        return delegate.active();
    }
}
