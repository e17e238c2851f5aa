package org.crm4j.core.audit;

import java.util.List;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;

/**
 * Port: the append-only store of {@link AuditEntry}s. It has no update and no delete: entries are appended in
 * the transaction of the write they record, after {@link #lockHead()} made concurrent appenders wait, so the chain
 * has no fork and no gap. Implementations join the running transaction and are thread-safe.
 */
public interface AuditTrail {

    /**
     * Reads the end of the chain and locks it until the running transaction ends (crm-jpa: {@code SELECT ... FOR
     * UPDATE} of the one row of {@code crm_audit_head}).
     *
     * @return the head
     */
    ChainHead lockHead();

    /**
     * @return the end of the chain, not locked (for {@link AuditService#verify()})
     */
    ChainHead head();

    /**
     * Appends entries after the locked head and moves the head to the last of them.
     *
     * @param entries the entries, numbered from the head's sequence + 1 without gap, each linked to the one
     *                before; not empty
     */
    void append(List<AuditEntry> entries);

    /**
     * @param fromSequence the first sequence, at least 1
     * @param limit        the most entries, in [1, 1000]
     * @return the stored entries with a sequence of at least {@code fromSequence}, by sequence, at most
     *         {@code limit}
     */
    List<AuditEntry> read(long fromSequence, int limit);

    /**
     * @param query   the criteria, as {@link AuditQuery#matches(AuditEntry)} defines them
     * @param request the page, by sequence
     * @return the page
     */
    Page<AuditEntry> search(AuditQuery query, PageRequest<AuditSort> request);
}
