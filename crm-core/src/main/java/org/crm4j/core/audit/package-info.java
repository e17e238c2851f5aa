/**
 * The audit trail: every created, changed or deleted record and every refused operation as an
 * {@link org.crm4j.core.audit.AuditEntry} (actor, time, operation, record type and id,
 * {@link org.crm4j.core.audit.FieldChange}s with personal values masked), appended in the transaction of the write
 * through the append-only {@link org.crm4j.core.audit.AuditTrail} port, each entry carrying the SHA-256 of the one
 * before; {@link org.crm4j.core.audit.AuditService} searches by record, actor and period and verifies the chain.
 */
package org.crm4j.core.audit;
