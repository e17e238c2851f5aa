package org.crm4j.core.audit;

import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Transactions;

/**
 * Reads and verifies the audit trail ({@code crm.audit()}; needs permission {@code AUDIT_READ} under a security
 * context). There is no operation that writes, changes or deletes an entry: the CRM appends them itself, one per
 * created, changed or deleted record and one per refused operation. Thread-safe.
 */
public interface AuditService {

    /**
     * @param trail        the port
     * @param transactions the transaction port
     * @return the service
     */
    static AuditService create(AuditTrail trail, Transactions transactions) {
        return new DefaultAuditService(trail, transactions);
    }

    /**
     * Searches entries by record, actor and period.
     *
     * @param query   the criteria
     * @param request the page, by sequence ascending
     * @return the page
     * @throws org.crm4j.core.ValidationException on field {@code "query"} or {@code "pageRequest"} if null
     */
    Page<AuditEntry> search(AuditQuery query, PageRequest<AuditSort> request);

    /**
     * Walks the whole chain from entry 1, a thousand entries per transaction: each entry must follow the one
     * before (sequence + 1), carry its hash as previous hash and hash to its own hash; the last must be the head.
     *
     * @return the first entry changed, removed or inserted behind crm4j's back, or intact
     */
    AuditVerification verify();
}
