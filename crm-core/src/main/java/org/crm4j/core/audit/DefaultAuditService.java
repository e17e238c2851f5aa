package org.crm4j.core.audit;

import java.util.List;
import java.util.Objects;
import org.crm4j.core.CrmException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;

/** The audit service over the port; see {@link AuditService}. */
final class DefaultAuditService implements AuditService {

    private static final int BATCH = 1_000;

    private final AuditTrail trail;
    private final Transactions transactions;

    DefaultAuditService(AuditTrail trail, Transactions transactions) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest<AuditSort> request) {
        Require.nonNull("query", query);
        Require.nonNull("pageRequest", request);
        return transactions.inTransaction(() -> trail.search(query, request));
    }

    /** A batch from {@code from} could not be read: reads it one entry at a time to name the first bad one. */
    private AuditVerification malformed(long from, long last) {
        for (long sequence = from; sequence <= last; sequence++) {
            long at = sequence;
            try {
                transactions.inTransaction(() -> trail.read(at, 1));
            } catch (CrmException unreadable) {
                return AuditVerification.broken(sequence - 1, sequence, "is malformed (" + unreadable.getMessage()
                        + ")");
            }
        }
        return AuditVerification.broken(from - 1, from, "cannot be read");
    }

    @Override
    public AuditVerification verify() {
        ChainHead head = transactions.inTransaction(trail::head);
        long expected = 1;
        String previous = AuditEntry.GENESIS;
        while (expected <= head.sequence()) {
            long from = expected;
            List<AuditEntry> batch;
            try {
                batch = transactions.inTransaction(() -> trail.read(from, BATCH));
            } catch (CrmException unreadable) {
                return malformed(from, head.sequence());
            }
            if (batch.isEmpty()) {
                return AuditVerification.broken(expected - 1, expected, "missing (the head is entry "
                        + head.sequence() + ")");
            }
            for (AuditEntry entry : batch) {
                if (entry.sequence() != expected) {
                    return AuditVerification.broken(expected - 1, expected, "missing (found entry "
                            + entry.sequence() + " next)");
                }
                if (!entry.previousHash().equals(previous)) {
                    return AuditVerification.broken(expected - 1, expected,
                            "previous hash is not the hash of the entry before");
                }
                if (!entry.hashMatches()) {
                    return AuditVerification.broken(expected - 1, expected, "hash does not match its content");
                }
                previous = entry.hash();
                expected++;
                if (expected > head.sequence()) {
                    break;
                }
            }
        }
        if (!previous.equals(head.hash())) {
            return AuditVerification.broken(head.sequence() - 1, head.sequence(), "is not the head of the chain");
        }
        List<AuditEntry> beyond = transactions.inTransaction(() -> trail.read(head.sequence() + 1, 1));
        if (!beyond.isEmpty()) {
            return AuditVerification.broken(head.sequence(), beyond.get(0).sequence(), "lies beyond the head");
        }
        return AuditVerification.intact(head.sequence());
    }
}
