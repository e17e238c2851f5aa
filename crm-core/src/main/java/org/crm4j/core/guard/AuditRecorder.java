package org.crm4j.core.guard;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crm4j.core.UserId;
import org.crm4j.core.audit.AuditAction;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditEvent;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.audit.ChainHead;
import org.crm4j.core.audit.FieldChange;
import org.crm4j.core.security.Principal;

/**
 * Collects the audit events of the running outermost transaction on the calling thread and appends them to the
 * {@link AuditTrail} at its end, still inside it ({@link AuditedTransactions}): the chain's head is locked last,
 * for the shortest time. A unit of work that throws drops the events it recorded. More than
 * {@value #FLUSH_AT} events (a bulk import) are appended early, in the same transaction. Thread-safe.
 */
public final class AuditRecorder {

    /** Events held before an early append. */
    static final int FLUSH_AT = 1_000;

    private final AuditTrail trail;
    private final Clock clock;
    private final ThreadLocal<List<AuditEvent>> pending = new ThreadLocal<>();

    /**
     * @param trail the port
     * @param clock the source of the entries' times
     */
    public AuditRecorder(AuditTrail trail, Clock clock) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        // Loads the SHA-256 provider and the entry classes now rather than inside the first write's transaction.
        AuditEntry.link(1, new AuditEvent(clock.instant(), Principal.SYSTEM_USER, AuditAction.CREATE, "start",
                "crm", "-", List.of()), AuditEntry.GENESIS);
    }

    /** @return whether the calling thread runs a unit of work that records events */
    boolean open() {
        return pending.get() != null;
    }

    void begin() {
        pending.set(new ArrayList<>());
    }

    void end() {
        pending.remove();
    }

    /** @return the number of events recorded so far, to drop those of a nested unit that throws */
    int mark() {
        List<AuditEvent> events = pending.get();
        return events == null ? 0 : events.size();
    }

    void dropAfter(int mark) {
        List<AuditEvent> events = pending.get();
        if (events != null) {
            while (events.size() > mark) {
                events.remove(events.size() - 1);
            }
        }
    }

    /**
     * Records a write of the running unit of work, by the acting principal and operation ({@link Acting}).
     *
     * @param action     the kind of write
     * @param recordType the record's type
     * @param recordId   the record's id
     * @param changes    the changed fields
     * @throws IllegalStateException outside a unit of work of {@link AuditedTransactions}
     */
    void record(AuditAction action, String recordType, String recordId, List<FieldChange> changes) {
        List<AuditEvent> events = pending.get();
        if (events == null) {
            throw new IllegalStateException("a write must run in a transaction of the CRM to be audited");
        }
        Principal actor = Acting.current().orElse(Principal.SYSTEM);
        String operation = Acting.operation().orElse("port");
        events.add(new AuditEvent(clock.instant(), actor.user(), action, operation, recordType, recordId, changes));
        if (events.size() >= FLUSH_AT) {
            flush();
        }
    }

    /**
     * Records a refusal in a unit of work of its own, so that it stays when the caller's work does not happen.
     *
     * @param transactions the audited transactions
     * @param actor        the refused user
     * @param operation    the refused operation
     * @param recordType   the record's type, or {@code "-"}
     * @param recordId     the record's id, or {@code "-"}
     * @param what         the lacking permission or {@code "scope"}
     */
    void denied(AuditedTransactions transactions, UserId actor, String operation, String recordType,
            String recordId, String what) {
        transactions.run(() -> pending.get().add(new AuditEvent(clock.instant(), actor, AuditAction.DENIED,
                operation, recordType, recordId,
                List.of(new FieldChange("denied", Optional.empty(), Optional.of(what))))));
    }

    /** Appends the recorded events after the locked head of the chain; the caller's transaction is running. */
    void flush() {
        List<AuditEvent> events = pending.get();
        if (events == null || events.isEmpty()) {
            return;
        }
        ChainHead head = trail.lockHead();
        List<AuditEntry> entries = new ArrayList<>(events.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (AuditEvent event : events) {
            AuditEntry entry = AuditEntry.link(++sequence, event, previous);
            entries.add(entry);
            previous = entry.hash();
        }
        trail.append(entries);
        events.clear();
    }
}
