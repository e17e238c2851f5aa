package org.crm4j.core.audit;

/** What an {@link AuditEntry} records. */
public enum AuditAction {
    /** A record was created; the changes hold its fields (absent before). */
    CREATE,
    /** A record was changed; the changes hold the changed fields, before and after. */
    UPDATE,
    /** A record was deleted; the changes hold its fields (absent after). */
    DELETE,
    /** An operation was refused by access control; the change {@code "denied"} holds what was lacking. */
    DENIED
}
