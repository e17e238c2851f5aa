package org.crm4j.core.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.ValidationException;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditQuery;
import org.crm4j.core.audit.AuditSort;
import org.crm4j.core.audit.AuditTrail;
import org.crm4j.core.audit.ChainHead;

/**
 * {@link AuditTrail} over the store's entry map, in sequence order. The store's lock, held for the whole
 * transaction, is the head's lock.
 */
final class InMemoryAuditTrail implements AuditTrail {

    private static final String HEAD = "head";
    private static final Comparator<AuditEntry> BY_SEQUENCE = Comparator.comparingLong(AuditEntry::sequence);

    private final InMemoryStore store;

    InMemoryAuditTrail(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public ChainHead lockHead() {
        return head();
    }

    @Override
    public ChainHead head() {
        return store.locked(() -> store.auditHead.getOrDefault(HEAD, ChainHead.EMPTY));
    }

    @Override
    public void append(List<AuditEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        store.locked(() -> {
            ChainHead head = store.auditHead.getOrDefault(HEAD, ChainHead.EMPTY);
            for (AuditEntry entry : entries) {
                if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
                    throw new ValidationException("entries", "must follow the head of the chain", entry.sequence());
                }
                store.put(store.audit, entry.sequence(), entry);
                head = ChainHead.of(entry);
            }
            store.put(store.auditHead, HEAD, head);
            return null;
        });
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        return store.locked(() -> {
            List<AuditEntry> found = new ArrayList<>();
            for (AuditEntry entry : store.audit.tailMap(fromSequence, true).values()) {
                if (found.size() == limit) {
                    break;
                }
                found.add(entry);
            }
            return found;
        });
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest<AuditSort> request) {
        return store.locked(() -> InMemoryStore.page(store.audit.values(), query::matches, request,
                key -> switch (key) {
                    case ID -> BY_SEQUENCE;
                }, BY_SEQUENCE));
    }
}
